/*
 * check.c: what `meldsim check` verifies. Static checks of the scenes first
 * (feedback, decisions that do not discriminate, steps never scored, missing
 * translations, critical mistakes marked alike), then the exact analysis of
 * every path over the state graph (check_paths.c).
 */
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_paths.h"
#include "state_graph.h"
#include "strategy.h"

#define CHECK_MAX_ISSUES 200

void check_default_options(CheckOptions *opt)
{
    opt->max_states = STATE_GRAPH_MAX_STATES;
    opt->pass_work = CHECK_PASS_WORK;
    opt->pass_work_per_state = 64;
}

void check_issue(CheckReport *r, CheckSeverity sev, const char *fmt, ...)
{
    if (sev == CHECK_ERROR)
        r->errors++;
    else
        r->warnings++;
    if (r->issue_count >= CHECK_MAX_ISSUES)
        return;
    CheckIssue *i = &r->issues[r->issue_count++];
    i->severity = sev;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(i->message, sizeof i->message, fmt, ap);
    va_end(ap);
}

/* Where a text is: "the case", "scene 'x'", "scene 'x', choice 2", ... (formatted only when a
 * text there is missing: a case has many thousands of texts). */
typedef struct TextPlace {
    const char *kind; /* "the case", "character", "scene", "ending" */
    const char *id;   /* NULL for the case */
    size_t choice;    /* 1-based, 0 for none */
} TextPlace;

/* Reports a text missing in a declared language. */
static void need_text(const Scenario *sc, CheckReport *r, const MsText *t, TextPlace at,
                      const char *field)
{
    for (int l = 0; l < MS_LANG_COUNT; l++)
        if (sc->languages[l] && !ms_text_empty(t) && !ms_text_has(t, (MsLang)l)) {
            char where[160], gap[160]; /* gap: "feedback has no en text" or "... in en" */
            if (!at.id)
                snprintf(where, sizeof where, "%s", at.kind);
            else if (!at.choice)
                snprintf(where, sizeof where, "%s '%s'", at.kind, at.id);
            else
                snprintf(where, sizeof where, "%s '%s', choice %zu", at.kind, at.id, at.choice);
            check_issue(r, CHECK_ERROR, "%s: %s (the case declares languages %s%s%s)", where,
                        ms_text_gap(t, (MsLang)l, field, gap, sizeof gap),
                        sc->languages[MS_LANG_NL] ? "nl" : "",
                        sc->languages[MS_LANG_NL] && sc->languages[MS_LANG_EN] ? "+" : "",
                        sc->languages[MS_LANG_EN] ? "en" : "");
        }
}

static void check_texts(const Scenario *sc, CheckReport *r)
{
    TextPlace at = {"the case", NULL, 0};
    need_text(sc, r, &sc->title, at, "title");
    need_text(sc, r, &sc->summary, at, "summary");
    need_text(sc, r, &sc->audience, at, "audience");
    need_text(sc, r, &sc->debrief, at, "debrief");
    for (int s = 0; s < MS_STEP_COUNT; s++)
        need_text(sc, r, &sc->not_applicable[s], at, "not_applicable");
    for (size_t i = 0; i < sc->character_count; i++) {
        at = (TextPlace){"character", sc->characters[i].id, 0};
        need_text(sc, r, &sc->characters[i].name, at, "name");
        need_text(sc, r, &sc->characters[i].role, at, "role");
    }
    for (size_t i = 0; i < sc->scene_count; i++) {
        const ScenarioScene *s = &sc->scenes[i];
        need_text(sc, r, &s->text, (TextPlace){"scene", s->id, 0}, "text");
        for (size_t c = 0; c < s->choice_count; c++) {
            at = (TextPlace){"scene", s->id, c + 1};
            need_text(sc, r, &s->choices[c].text, at, "text");
            need_text(sc, r, &s->choices[c].feedback, at, "feedback");
            need_text(sc, r, &s->choices[c].critical.explanation, at, "critical explanation");
        }
    }
    for (size_t i = 0; i < sc->ending_count; i++) {
        const ScenarioEnding *e = &sc->endings[i];
        at = (TextPlace){"ending", e->id, 0};
        need_text(sc, r, &e->title, at, "title");
        need_text(sc, r, &e->text, at, "text");
        need_text(sc, r, &e->debrief, at, "debrief");
        need_text(sc, r, &e->history, at, "history");
    }
}

static bool scene_is_conditional(const ScenarioScene *s)
{
    for (size_t c = 0; c < s->choice_count; c++)
        if (s->choices[c].condition_count > 0)
            return true;
    return false;
}

static void check_scenes(const Scenario *sc, CheckReport *r)
{
    bool scored[MS_STEP_COUNT] = {false};
    for (size_t i = 0; i < sc->scene_count; i++) {
        const ScenarioScene *s = &sc->scenes[i];
        bool differ = false;
        for (size_t c = 0; c < s->choice_count; c++) {
            const ScenarioChoice *ch = &s->choices[c];
            if (ms_text_empty(&ch->feedback))
                check_issue(r, CHECK_ERROR,
                      "scene '%s', choice %zu: no feedback: say why this option "
                      "is good or wrong",
                      s->id, c + 1);
            if (ch->points != s->choices[0].points)
                differ = true;
        }
        bool conditional = scene_is_conditional(s);
        if (s->choice_count >= 2) {
            r->decisions++;
            scored[s->step] = true;
            /* with conditions, what is offered together is judged per path (enumerate) */
            if (!differ && !conditional)
                check_issue(r, CHECK_ERROR,
                      "scene '%s': all %zu options score %d points; a decision must tell "
                      "the better option from the worse",
                      s->id, s->choice_count, s->choices[0].points);
        }
    }
    for (int st = 0; st < MS_STEP_COUNT; st++) {
        bool na = !ms_text_empty(&sc->not_applicable[st]);
        if (!scored[st] && !na)
            check_issue(r, CHECK_ERROR,
                  "step '%s' is never scored: no decision belongs to it (add one, or say why "
                  "in `not_applicable`)",
                  meldcode_step_id((MsStep)st));
        if (scored[st] && na)
            check_issue(r, CHECK_WARNING, "step '%s' is marked not applicable but has decisions",
                  meldcode_step_id((MsStep)st));
    }
}

/* The best-strategy playthrough, for the report; what it could get wrong, every best-scoring
 * path is proved against in check_paths.c. */
static void play_best(const Scenario *sc, CheckReport *r)
{
    Session *s = session_create(sc);
    if (!s)
        return;
    if (strategy_play(s, STRATEGY_BEST, 0, sc->scene_count * 2 + 16, NULL) == MS_OK) {
        score_session(s, &r->best);
        r->best_completed = true;
    }
    session_free(s);
}

/* One critical mistake id is one kind of mistake: it is a Meldcode type, and every choice that
 * makes it scores the same. */
static void check_criticals(const Scenario *sc, CheckReport *r)
{
    typedef struct Seen {
        const char *id;
        const ScenarioScene *scene;
        const ScenarioChoice *choice;
        size_t index;
    } Seen;
    size_t cap = 0;
    for (size_t i = 0; i < sc->scene_count; i++)
        cap += sc->scenes[i].choice_count;
    Seen *seen = calloc(cap ? cap : 1, sizeof *seen);
    size_t n = 0;
    if (!seen)
        return;
    for (size_t i = 0; i < sc->scene_count; i++) {
        const ScenarioScene *scene = &sc->scenes[i];
        for (size_t c = 0; c < scene->choice_count; c++) {
            const ScenarioChoice *ch = &scene->choices[c];
            if (!ch->critical.id)
                continue;
            const Seen *first = NULL;
            for (size_t k = 0; k < n && !first; k++)
                if (strcmp(seen[k].id, ch->critical.id) == 0)
                    first = &seen[k];
            if (!first) {
                seen[n++] = (Seen){ch->critical.id, scene, ch, c};
                if (ch->critical.type < 0)
                    check_issue(r, CHECK_WARNING,
                                "scene '%s', choice %zu: critical mistake '%s' is none of the "
                                "Meldcode's critical mistakes (assets/meldcode.json); use one of "
                                "them, or propose a new one there",
                                scene->id, c + 1, ch->critical.id);
                continue;
            }
            if (first->choice->points != ch->points)
                check_issue(r, CHECK_WARNING,
                            "critical mistake '%s' scores %d points in scene '%s' (choice %zu) but "
                            "%d in scene '%s' (choice %zu): score one mistake alike",
                            ch->critical.id, first->choice->points, first->scene->id,
                            first->index + 1, ch->points, scene->id, c + 1);
        }
    }
    free(seen);
}

MsStatus check_scenario(const Scenario *sc, const CheckOptions *opt, CheckReport *r)
{
    CheckOptions defaults; /* a guard left at 0 takes its default */
    check_default_options(&defaults);
    if (opt) {
        defaults.max_states = opt->max_states ? opt->max_states : defaults.max_states;
        defaults.pass_work = opt->pass_work ? opt->pass_work : defaults.pass_work;
        if (opt->pass_work_per_state)
            defaults.pass_work_per_state = opt->pass_work_per_state;
    }
    opt = &defaults;
    memset(r, 0, sizeof *r);
    size_t choices = 0;
    r->issues = calloc(CHECK_MAX_ISSUES, sizeof *r->issues);
    r->ending_paths = calloc(sc->ending_count, sizeof *r->ending_paths);
    r->ending_count = sc->ending_count;
    r->scene_reached = calloc(sc->scene_count, sizeof *r->scene_reached);
    r->choice_base = calloc(sc->scene_count, sizeof *r->choice_base);
    r->ending_reached = calloc(sc->ending_count, sizeof *r->ending_reached);
    for (size_t i = 0; r->choice_base && i < sc->scene_count; i++) {
        r->choice_base[i] = choices;
        choices += sc->scenes[i].choice_count;
    }
    r->choice_offered = calloc(choices + 1, sizeof *r->choice_offered);
    r->choice_best = calloc(choices + 1, sizeof *r->choice_best);
    if (!r->issues || !r->ending_paths || !r->scene_reached || !r->choice_base ||
        !r->ending_reached || !r->choice_offered || !r->choice_best) {
        check_report_free(r);
        return MS_ERR_NOMEM;
    }
    check_scenes(sc, r);
    check_criticals(sc, r);
    check_texts(sc, r);
    MsStatus st = check_paths(sc, opt, r);
    if (st != MS_OK) {
        check_report_free(r);
        return st;
    }
    if (r->analysed)
        play_best(sc, r);
    return MS_OK;
}

void check_report_free(CheckReport *r)
{
    free(r->issues);
    for (size_t i = 0; r->ending_paths && i < r->ending_count; i++)
        path_count_free(&r->ending_paths[i]);
    path_count_free(&r->paths);
    path_count_free(&r->paths_passed);
    free(r->ending_paths);
    free(r->scene_reached);
    free(r->choice_base);
    free(r->choice_offered);
    free(r->choice_best);
    free(r->ending_reached);
    memset(r, 0, sizeof *r);
}
