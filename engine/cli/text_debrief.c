/*
 * text_debrief.c: score per step, critical mistakes, the choices with their
 * feedback, and the learner's route beside the correct one, each actor with
 * what it does. Plain text that a screen reader reads in order.
 */
#include "text_debrief.h"

#include <string.h>

#include "debrief.h"
#include "score.h"
#include "text_wrap.h"

static const char *tr(const Session *s, const Cli *cli, const MsText *t)
{
    return ms_text_get(t, cli->lang, session_scenario(s)->language);
}

static void bar(FILE *out, int earned, int possible)
{
    int filled = possible > 0 && earned > 0 ? (earned * 20 + possible / 2) / possible : 0;
    if (filled > 20)
        filled = 20;
    fputc('[', out);
    for (int i = 0; i < 20; i++)
        fputc(i < filled ? '#' : '.', out);
    fputc(']', out);
}

static void heading(FILE *out, const char *title)
{
    fprintf(out, "\n== %s ==\n", title);
}

static void print_steps(FILE *out, const Cli *cli, const Session *s, const ScoreResult *r)
{
    const Scenario *sc = session_scenario(s);
    char line[256];
    heading(out, cli_str(cli, "text.debrief.scores"));
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        const MeldcodeStep *step = meldcode_step(sc->meldcode, (MsStep)i);
        fprintf(out, "  %d. %-14s ", i + 1, tr(s, cli, &step->short_name));
        if (r->steps[i].possible == 0 && !ms_text_empty(&sc->not_applicable[i])) {
            fprintf(out, "%s\n", cli_str(cli, "text.debrief.not_applicable"));
            continue;
        }
        bar(out, r->steps[i].earned, r->steps[i].possible);
        fprintf(out, " %d / %d\n", r->steps[i].earned, r->steps[i].possible);
    }
    char pct[16], mark[16];
    snprintf(pct, sizeof pct, "%d%%", score_percent(r->scaled));
    snprintf(mark, sizeof mark, "%.0f%%", sc->pass_mark * 100.0);
    fprintf(out, "  %-17s %d / %d (%s)\n", cli_str(cli, "cli.total"), r->earned, r->possible, pct);
    strings_fill(cli_str(cli, r->passed ? "text.debrief.passed" : "text.debrief.failed"), pct, mark,
                 NULL, line, sizeof line);
    fprintf(out, "  %s\n", line);
}

static void print_critical(FILE *out, const Cli *cli, const Session *s, const ScoreResult *r,
                           int width)
{
    const Scenario *sc = session_scenario(s);
    if (r->critical_count == 0)
        return;
    heading(out, cli_str(cli, "text.debrief.critical"));
    for (size_t i = 0; i < r->critical_count; i++) {
        const ScenarioCritical *c = r->critical[i].critical;
        const char *name = c->type >= 0
                               ? tr(s, cli, &meldcode_mistake(sc->meldcode, (size_t)c->type)->name)
                               : c->id;
        fprintf(out, "  ! %s\n", name);
        text_wrap_print(out, tr(s, cli, &c->explanation), width - 4, "    ");
    }
}

static void print_choices(FILE *out, const Cli *cli, const Session *s, int width)
{
    const Scenario *sc = session_scenario(s);
    heading(out, cli_str(cli, "text.debrief.choices"));
    for (size_t i = 0; i < session_history_count(s); i++) {
        const SessionStep *h = session_history(s, i);
        if (h->choice < 0)
            continue;
        const ScenarioScene *scene = &sc->scenes[h->scene];
        const ScenarioChoice *ch = &scene->choices[h->choice];
        const MeldcodeStep *step = meldcode_step(sc->meldcode, scene->step);
        if (h->decision)
            fprintf(out, "  %s %d · %s: %d / %d\n", cli_str(cli, "text.step"), scene->step + 1,
                    tr(s, cli, &step->short_name), h->points, h->best_points);
        else
            fprintf(out, "  %s %d · %s\n", cli_str(cli, "text.step"), scene->step + 1,
                    tr(s, cli, &step->short_name));
        text_wrap_print(out, tr(s, cli, &ch->text), width - 4, "    > ");
        text_wrap_print(out, tr(s, cli, &ch->feedback), width - 4, "    ");
    }
}

/* "  Jouw route : School > Zorgteam > ...", wrapped under itself. */
static void print_route_line(FILE *out, const Cli *cli, const Session *s, const char *label,
                             const int *route, size_t n, int width)
{
    const Meldcode *mc = session_scenario(s)->meldcode;
    char line[2048], first[64];
    size_t len = 0;
    line[0] = '\0';
    for (size_t i = 0; i < n && len < sizeof line; i++)
        len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", i ? " > " : "",
                                tr(s, cli, &meldcode_actor(mc, (size_t)route[i])->name));
    snprintf(first, sizeof first, "  %s: ", cli_str(cli, label));
    text_wrap_print_hanging(out, n ? line : "-", width, first);
}

static void print_route(FILE *out, const Cli *cli, const Session *s, const ScoreResult *r,
                        int width)
{
    const Scenario *sc = session_scenario(s);
    const Meldcode *mc = sc->meldcode;
    const ScenarioEnding *e = &sc->endings[r->ending];
    heading(out, cli_str(cli, "text.debrief.route"));
    print_route_line(out, cli, s, "text.debrief.your_route", r->route, r->route_count, width);
    print_route_line(out, cli, s, "text.debrief.correct_route", e->route, e->route_count, width);
    static const char *const verdict[] = {"text.debrief.route_same", "text.debrief.route_order",
                                          "text.debrief.route_differs"};
    fprintf(out, "  %s\n\n", cli_str(cli, verdict[debrief_route_verdict(r, e)]));
    DebriefActor actors[DEBRIEF_MAX_ACTORS];
    size_t n = debrief_route_compare(r, e, actors);
    for (size_t i = 0; i < n; i++) {
        const MeldcodeActor *a = meldcode_actor(mc, (size_t)actors[i].actor);
        const char *mark = debrief_actor_mark(&actors[i]);
        fprintf(out, "  %s %s\n", cli_str(cli, mark), tr(s, cli, &a->name));
        text_wrap_print(out, tr(s, cli, &a->role), width - 6, "      ");
    }
}

void text_debrief_print(FILE *out, const Cli *cli, const Session *s, int width)
{
    const Scenario *sc = session_scenario(s);
    ScoreResult r;
    score_session(s, &r);
    if (!r.completed)
        return;
    const ScenarioEnding *e = &sc->endings[r.ending];
    const MeldcodeOutcome *o = meldcode_outcome(sc->meldcode, (size_t)e->outcome);
    fprintf(out, "\n==== %s: %s ====\n", cli_str(cli, "text.debrief.title"), tr(s, cli, &e->title));
    text_wrap_print(out, tr(s, cli, &e->text), width, "");
    print_steps(out, cli, s, &r);
    print_critical(out, cli, s, &r, width);
    print_choices(out, cli, s, width);
    print_route(out, cli, s, &r, width);
    heading(out, cli_str(cli, "text.debrief.afweging"));
    fprintf(out, "  %s\n", tr(s, cli, &o->name));
    text_wrap_print(out, tr(s, cli, &o->explanation), width - 2, "  ");
    heading(out, cli_str(cli, "text.debrief.next"));
    text_wrap_print(out, tr(s, cli, &e->debrief), width - 2, "  ");
    if (!ms_text_empty(&e->history)) {
        heading(out, cli_str(cli, "text.debrief.history"));
        text_wrap_print(out, tr(s, cli, &e->history), width - 2, "  ");
    }
    if (!ms_text_empty(&sc->debrief)) {
        fputc('\n', out);
        text_wrap_print(out, tr(s, cli, &sc->debrief), width - 2, "  ");
    }
}
