/*
 * check.c: what `meldsim check` verifies. Static checks first (reachability,
 * feedback, decisions that do not discriminate, steps never scored, missing
 * translations), then the best-strategy playthrough, then a bounded
 * depth-first enumeration of every path with an explicit stack, so a case of
 * 10,000 scenes neither overflows the C stack nor runs for ever.
 */
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strategy.h"

#define CHECK_MAX_ISSUES 200

void check_default_options(CheckOptions *opt)
{
    /* Enough to enumerate every shipped case in full (Pieter en Suzan has 29.6 million paths)
     * while a generated case of 10,000 scenes still checks in well under a second. */
    opt->max_paths = 32000000;
    opt->max_visits = 40000000;
}

static void issue(CheckReport *r, CheckSeverity sev, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void issue(CheckReport *r, CheckSeverity sev, const char *fmt, ...)
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

static void check_reachable(const Scenario *sc, CheckReport *r)
{
    bool *seen_scene = calloc(sc->scene_count, sizeof *seen_scene);
    bool *seen_ending = calloc(sc->ending_count, sizeof *seen_ending);
    int *queue = malloc(sizeof *queue * sc->scene_count);
    if (!seen_scene || !seen_ending || !queue)
        goto done;
    size_t head = 0, tail = 0;
    seen_scene[sc->start] = true;
    queue[tail++] = sc->start;
    while (head < tail) {
        const ScenarioScene *s = &sc->scenes[queue[head++]];
        size_t n = s->has_next ? 1 : s->choice_count;
        for (size_t i = 0; i < n; i++) {
            ScenarioTarget t = s->has_next ? s->next : s->choices[i].next;
            if (t.kind == SCENARIO_TARGET_ENDING) {
                seen_ending[t.index] = true;
            } else if (!seen_scene[t.index]) {
                seen_scene[t.index] = true;
                queue[tail++] = t.index;
            }
        }
    }
    for (size_t i = 0; i < sc->scene_count; i++)
        if (!seen_scene[i])
            issue(r, CHECK_ERROR, "scene '%s' cannot be reached from the start scene '%s'",
                  sc->scenes[i].id, sc->scenes[sc->start].id);
    for (size_t i = 0; i < sc->ending_count; i++)
        if (!seen_ending[i])
            issue(r, CHECK_ERROR, "ending '%s' cannot be reached from the start scene",
                  sc->endings[i].id);
done:
    free(seen_scene);
    free(seen_ending);
    free(queue);
}

/* Reports a text missing in a declared language. */
static void need_text(const Scenario *sc, CheckReport *r, const MsText *t, const char *where,
                      const char *field)
{
    for (int l = 0; l < MS_LANG_COUNT; l++)
        if (sc->languages[l] && !ms_text_empty(t) && !ms_text_has(t, (MsLang)l))
            issue(r, CHECK_ERROR, "%s: %s has no %s text (the case declares languages %s%s%s)",
                  where, field, ms_lang_code((MsLang)l), sc->languages[MS_LANG_NL] ? "nl" : "",
                  sc->languages[MS_LANG_NL] && sc->languages[MS_LANG_EN] ? "+" : "",
                  sc->languages[MS_LANG_EN] ? "en" : "");
}

static void check_texts(const Scenario *sc, CheckReport *r)
{
    char where[160];
    need_text(sc, r, &sc->title, "the case", "title");
    need_text(sc, r, &sc->summary, "the case", "summary");
    need_text(sc, r, &sc->audience, "the case", "audience");
    need_text(sc, r, &sc->debrief, "the case", "debrief");
    for (int s = 0; s < MS_STEP_COUNT; s++)
        need_text(sc, r, &sc->not_applicable[s], "the case", "not_applicable");
    for (size_t i = 0; i < sc->character_count; i++) {
        snprintf(where, sizeof where, "character '%s'", sc->characters[i].id);
        need_text(sc, r, &sc->characters[i].name, where, "name");
        need_text(sc, r, &sc->characters[i].role, where, "role");
    }
    for (size_t i = 0; i < sc->scene_count; i++) {
        const ScenarioScene *s = &sc->scenes[i];
        snprintf(where, sizeof where, "scene '%s'", s->id);
        need_text(sc, r, &s->text, where, "text");
        for (size_t c = 0; c < s->choice_count; c++) {
            snprintf(where, sizeof where, "scene '%s', choice %zu", s->id, c + 1);
            need_text(sc, r, &s->choices[c].text, where, "text");
            need_text(sc, r, &s->choices[c].feedback, where, "feedback");
            need_text(sc, r, &s->choices[c].critical.explanation, where, "critical explanation");
        }
    }
    for (size_t i = 0; i < sc->ending_count; i++) {
        const ScenarioEnding *e = &sc->endings[i];
        snprintf(where, sizeof where, "ending '%s'", e->id);
        need_text(sc, r, &e->title, where, "title");
        need_text(sc, r, &e->text, where, "text");
        need_text(sc, r, &e->debrief, where, "debrief");
        need_text(sc, r, &e->history, where, "history");
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
                issue(r, CHECK_ERROR,
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
                issue(r, CHECK_ERROR,
                      "scene '%s': all %zu options score %d points; a decision must tell "
                      "the better option from the worse",
                      s->id, s->choice_count, s->choices[0].points);
        }
    }
    for (int st = 0; st < MS_STEP_COUNT; st++) {
        bool na = !ms_text_empty(&sc->not_applicable[st]);
        if (!scored[st] && !na)
            issue(r, CHECK_ERROR,
                  "step '%s' is never scored: no decision belongs to it (add one, or say why "
                  "in `not_applicable`)",
                  meldcode_step_id((MsStep)st));
        if (scored[st] && na)
            issue(r, CHECK_WARNING, "step '%s' is marked not applicable but has decisions",
                  meldcode_step_id((MsStep)st));
    }
}

static void route_text(const Scenario *sc, const int *route, size_t n, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && len < cap; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? " > " : "",
                                meldcode_actor(sc->meldcode, (size_t)route[i])->id);
}

static void check_best(const Scenario *sc, CheckReport *r, size_t max_steps)
{
    Session *s = session_create(sc);
    MsError err;
    if (!s)
        return;
    if (strategy_play(s, STRATEGY_BEST, 0, max_steps, &err) != MS_OK) {
        issue(r, CHECK_ERROR, "the best-scoring path does not end: %s", err.message);
        session_free(s);
        return;
    }
    score_session(s, &r->best);
    r->best_completed = true;
    const ScenarioEnding *e = &sc->endings[r->best.ending];
    if (!score_route_matches(&r->best, e)) {
        char took[400], correct[400];
        route_text(sc, r->best.route, r->best.route_count, took, sizeof took);
        route_text(sc, e->route, e->route_count, correct, sizeof correct);
        issue(r, CHECK_ERROR,
              "the best-scoring path ends at '%s' with route %s, but that ending's correct "
              "route is %s",
              e->id, took[0] ? took : "(none)", correct);
    }
    if (r->best.critical_count)
        issue(r, CHECK_ERROR, "the best-scoring path makes the critical mistake '%s'",
              r->best.critical[0].critical->id);
    else if (!r->best.passed)
        issue(r, CHECK_ERROR, "the best-scoring path does not pass (%.2f, pass mark %.2f)",
              r->best.scaled, sc->pass_mark);
    session_free(s);
}

/* One frame of the enumeration: a scene reached with these variables and totals. */
typedef struct Frame {
    int scene;
    int options[SESSION_MAX_CHOICES];
    int option_count;
    int next;
    int earned;
    int possible;
    int critical;
} Frame;

static void enumerate(const Scenario *sc, const CheckOptions *opt, CheckReport *r)
{
    size_t nv = sc->var_count ? sc->var_count : 1;
    size_t max_depth = sc->scene_count * 2 + 16;
    if (max_depth > 50000)
        max_depth = 50000;
    Frame *frames = malloc(sizeof *frames * max_depth);
    double *vars = malloc(sizeof *vars * nv * max_depth);
    bool reported_loop = false, reported_dead = false;
    bool *reported_same = calloc(sc->scene_count, sizeof *reported_same);
    r->min_scaled = 1.0;
    r->max_scaled = 0.0;
    if (!frames || !vars || !reported_same)
        goto done;
    for (size_t i = 0; i < sc->var_count; i++)
        vars[i] = sc->vars[i].initial;
    size_t depth = 0;
    Frame *f = &frames[0];
    memset(f, 0, sizeof *f);
    f->scene = sc->start;
    f->option_count = -1; /* options not computed yet */
    while (true) {
        f = &frames[depth];
        const ScenarioScene *scene = &sc->scenes[f->scene];
        double *v = vars + nv * depth;
        if (f->option_count < 0) {
            r->visits++;
            f->option_count = 0;
            f->next = 0;
            if (scene->has_next) {
                f->options[f->option_count++] = -1;
            } else {
                for (size_t c = 0; c < scene->choice_count; c++)
                    if (scenario_choice_available(&scene->choices[c], v))
                        f->options[f->option_count++] = (int)c;
                if (f->option_count >= 2 && !reported_same[f->scene] &&
                    scene_is_conditional(scene)) {
                    bool differ = false;
                    for (int k = 1; k < f->option_count; k++)
                        differ = differ || scene->choices[f->options[k]].points !=
                                               scene->choices[f->options[0]].points;
                    if (!differ) {
                        reported_same[f->scene] = true;
                        issue(r, CHECK_ERROR,
                              "scene '%s': on some path all %d options offered score the same; "
                              "a decision must tell the better option from the worse",
                              scene->id, f->option_count);
                    }
                }
                if (f->option_count == 0 && !reported_dead) {
                    reported_dead = true;
                    issue(r, CHECK_ERROR,
                          "scene '%s': on some path no option is available (check the "
                          "conditions): the learner is stuck",
                          scene->id);
                }
            }
        }
        if (r->paths >= opt->max_paths || r->visits >= opt->max_visits) {
            r->cut = true;
            r->cut_reason = r->paths >= opt->max_paths ? "path limit" : "work limit";
            break;
        }
        if (f->next >= f->option_count) { /* this scene is done: back up */
            if (depth == 0)
                break;
            depth--;
            continue;
        }
        int c = f->options[f->next++];
        ScenarioTarget t;
        int earned = f->earned, possible = f->possible, critical = f->critical;
        if (c < 0) {
            t = scene->next;
        } else {
            const ScenarioChoice *ch = &scene->choices[c];
            t = ch->next;
            if (f->option_count >= 2) {
                int best = ch->points;
                for (int k = 0; k < f->option_count; k++)
                    if (scene->choices[f->options[k]].points > best)
                        best = scene->choices[f->options[k]].points;
                earned += ch->points;
                possible += best;
            }
            critical += ch->critical.id != NULL;
        }
        if (t.kind == SCENARIO_TARGET_ENDING) {
            double scaled = score_scale(earned, possible);
            r->paths++;
            r->ending_paths[t.index]++;
            if (scaled < r->min_scaled)
                r->min_scaled = scaled;
            if (scaled > r->max_scaled)
                r->max_scaled = scaled;
            if (critical == 0 && scaled >= sc->pass_mark - 1e-9)
                r->paths_passed++;
            if (depth + 1 > r->longest)
                r->longest = depth + 1;
            continue;
        }
        if (depth + 1 >= max_depth) {
            if (!reported_loop) {
                reported_loop = true;
                issue(r, CHECK_ERROR,
                      "a path runs longer than %zu steps without ending (a loop through scene "
                      "'%s'?)",
                      max_depth, scene->id);
            }
            continue;
        }
        Frame *n = &frames[depth + 1];
        double *nvars = vars + nv * (depth + 1);
        memcpy(nvars, v, sizeof *v * nv);
        if (c >= 0)
            scenario_choice_apply(&scene->choices[c], nvars);
        n->scene = t.index;
        n->option_count = -1;
        n->earned = earned;
        n->possible = possible;
        n->critical = critical;
        depth++;
    }
    if (r->paths == 0) {
        r->min_scaled = 0;
        r->max_scaled = 0;
    }
done:
    free(frames);
    free(vars);
    free(reported_same);
}

static void widen_range(const Scenario *sc, CheckReport *r, size_t max_steps)
{
    if (r->best_completed && r->best.scaled > r->max_scaled)
        r->max_scaled = r->best.scaled;
    Session *s = session_create(sc);
    if (s && strategy_play(s, STRATEGY_WORST, 0, max_steps, NULL) == MS_OK) {
        ScoreResult worst;
        score_session(s, &worst);
        if (worst.scaled < r->min_scaled)
            r->min_scaled = worst.scaled;
    }
    session_free(s);
}

MsStatus check_scenario(const Scenario *sc, const CheckOptions *opt, CheckReport *r)
{
    CheckOptions defaults;
    if (!opt) {
        check_default_options(&defaults);
        opt = &defaults;
    }
    memset(r, 0, sizeof *r);
    r->issues = calloc(CHECK_MAX_ISSUES, sizeof *r->issues);
    r->ending_paths = calloc(sc->ending_count, sizeof *r->ending_paths);
    if (!r->issues || !r->ending_paths) {
        check_report_free(r);
        return MS_ERR_NOMEM;
    }
    check_reachable(sc, r);
    check_scenes(sc, r);
    check_texts(sc, r);
    check_best(sc, r, sc->scene_count * 2 + 16);
    enumerate(sc, opt, r);
    if (r->cut) /* the enumeration did not see every path: the strategies bound the range */
        widen_range(sc, r, sc->scene_count * 2 + 16);
    return MS_OK;
}

void check_report_free(CheckReport *r)
{
    free(r->issues);
    free(r->ending_paths);
    memset(r, 0, sizeof *r);
}
