/*
 * debrief.c: merging the two routes for presenters.
 */
#include "debrief.h"

static int position(const int *route, size_t n, int actor)
{
    for (size_t i = 0; i < n; i++)
        if (route[i] == actor)
            return (int)i;
    return -1;
}

size_t debrief_route_compare(const ScoreResult *r, const ScenarioEnding *ending,
                             DebriefActor out[DEBRIEF_MAX_ACTORS])
{
    size_t n = 0;
    for (size_t i = 0; i < ending->route_count && n < DEBRIEF_MAX_ACTORS; i++) {
        int a = ending->route[i];
        out[n++] = (DebriefActor){
            .actor = a, .learner_pos = position(r->route, r->route_count, a), .correct_pos = (int)i};
    }
    for (size_t i = 0; i < r->route_count && n < DEBRIEF_MAX_ACTORS; i++) {
        int a = r->route[i];
        if (position(ending->route, ending->route_count, a) < 0)
            out[n++] = (DebriefActor){.actor = a, .learner_pos = (int)i, .correct_pos = -1};
    }
    /* Order among the shared actors only: one actor too many early on moves nobody. */
    int correct_rank = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i].correct_pos < 0 || out[i].learner_pos < 0)
            continue;
        int learner_rank = 0;
        for (int k = 0; k < out[i].learner_pos; k++)
            if (position(ending->route, ending->route_count, r->route[k]) >= 0)
                learner_rank++;
        out[i].moved = learner_rank != correct_rank++;
    }
    return n;
}

const char *debrief_actor_mark(const DebriefActor *a)
{
    return a->correct_pos < 0   ? "text.debrief.actor_extra"
           : a->learner_pos < 0 ? "text.debrief.actor_missed"
           : a->moved           ? "text.debrief.actor_moved"
                                : "text.debrief.actor_ok";
}

DebriefRouteVerdict debrief_route_verdict(const ScoreResult *r, const ScenarioEnding *ending)
{
    if (score_route_matches(r, ending))
        return DEBRIEF_ROUTE_SAME;
    if (r->route_count != ending->route_count)
        return DEBRIEF_ROUTE_DIFFERS;
    for (size_t i = 0; i < r->route_count; i++)
        if (position(ending->route, ending->route_count, r->route[i]) < 0)
            return DEBRIEF_ROUTE_DIFFERS;
    return DEBRIEF_ROUTE_ORDER;
}
