/*
 * score.c: scores are derived from the history, never stored, so a replayed
 * or resumed session always scores the same.
 */
#include "score.h"

#include <math.h>
#include <string.h>

double score_scale(int earned, int possible)
{
    if (possible <= 0)
        return 1.0;
    double v = (double)earned / (double)possible;
    return v < 0 ? 0 : (v > 1 ? 1 : v);
}

void score_pass_fraction(double pass_mark, int64_t *num, int64_t *den)
{
    int64_t a = (int64_t)floor(pass_mark * 10000.0 + 0.5), b = 10000, x = a, y = b;
    while (y) { /* x becomes the greatest common divisor */
        int64_t t = x % y;
        x = y;
        y = t;
    }
    *num = x > 1 ? a / x : a;
    *den = x > 1 ? b / x : b;
}

bool score_reaches(int earned, int possible, double pass_mark)
{
    if (possible <= 0)
        return true; /* nothing was possible: scaled is 1 */
    int64_t num, den;
    score_pass_fraction(pass_mark, &num, &den);
    return den * earned >= num * possible;
}

int score_percent(double scaled)
{
    return (int)floor(scaled * 100.0 + 1e-9);
}

static void route_add(ScoreResult *r, int actor)
{
    for (size_t i = 0; i < r->route_count; i++)
        if (r->route[i] == actor)
            return;
    if (r->route_count < SCORE_MAX_ROUTE)
        r->route[r->route_count++] = actor;
}

void score_session(const Session *s, ScoreResult *out)
{
    const Scenario *sc = session_scenario(s);
    memset(out, 0, sizeof *out);
    out->ending = session_ending(s);
    out->completed = session_ended(s);
    /* The learner is the school's staff member: every route starts at school. */
    int school = meldcode_actor_find(sc->meldcode, "school");
    if (school >= 0)
        route_add(out, school);
    for (size_t i = 0; i < session_history_count(s); i++) {
        const SessionStep *h = session_history(s, i);
        if (h->choice < 0)
            continue;
        const ScenarioScene *scene = &sc->scenes[h->scene];
        const ScenarioChoice *c = &scene->choices[h->choice];
        for (size_t a = 0; a < c->actor_count; a++)
            route_add(out, c->actors[a]);
        if (c->critical.id && out->critical_count < SCORE_MAX_CRITICAL) {
            ScoreCritical *k = &out->critical[out->critical_count++];
            k->scene = h->scene;
            k->choice = h->choice;
            k->critical = &c->critical;
        }
        if (!h->decision)
            continue;
        ScoreStep *st = &out->steps[scene->step];
        st->earned += h->points;
        st->possible += h->best_points;
        st->decisions++;
    }
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        out->earned += out->steps[i].earned;
        out->possible += out->steps[i].possible;
    }
    out->scaled = score_scale(out->earned, out->possible);
    out->passed = out->completed && out->critical_count == 0 &&
                  score_reaches(out->earned, out->possible, sc->pass_mark);
}

bool score_route_matches(const ScoreResult *r, const ScenarioEnding *ending)
{
    if (r->route_count != ending->route_count)
        return false;
    for (size_t i = 0; i < r->route_count; i++)
        if (r->route[i] != ending->route[i])
            return false;
    return true;
}
