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
        out[n++] = (DebriefActor){a, position(r->route, r->route_count, a), (int)i};
    }
    for (size_t i = 0; i < r->route_count && n < DEBRIEF_MAX_ACTORS; i++) {
        int a = r->route[i];
        if (position(ending->route, ending->route_count, a) < 0)
            out[n++] = (DebriefActor){a, (int)i, -1};
    }
    return n;
}
