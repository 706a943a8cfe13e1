/*
 * coverage.c: one pass over scenes and endings. Ids beyond COVERAGE_MAX_IDS
 * cannot occur: the Meldcode data has far fewer actors, outcomes and mistakes.
 */
#include "coverage.h"

#include <string.h>

static void mark(bool *set, int index)
{
    if (index >= 0 && index < COVERAGE_MAX_IDS)
        set[index] = true;
}

void coverage_of(const Scenario *sc, Coverage *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < sc->scene_count; i++) {
        const ScenarioScene *s = &sc->scenes[i];
        if (s->choice_count >= 2)
            out->decisions[s->step]++;
        for (size_t c = 0; c < s->choice_count; c++) {
            const ScenarioChoice *ch = &s->choices[c];
            for (size_t a = 0; a < ch->actor_count; a++)
                mark(out->actors, ch->actors[a]);
            if (ch->critical.id)
                mark(out->mistakes, ch->critical.type);
            if (ch->critical.id && ch->critical.type < 0)
                out->own_critical++;
            mark(out->mistakes, ch->mistake);
        }
    }
    for (size_t i = 0; i < sc->ending_count; i++) {
        const ScenarioEnding *e = &sc->endings[i];
        mark(out->outcomes, e->outcome);
        for (size_t a = 0; a < e->route_count; a++) {
            mark(out->actors, e->route[a]);
            mark(out->routes, e->route[a]);
        }
    }
}

void coverage_merge(Coverage *a, const Coverage *b)
{
    for (int s = 0; s < MS_STEP_COUNT; s++)
        a->decisions[s] += b->decisions[s];
    a->own_critical += b->own_critical;
    for (int i = 0; i < COVERAGE_MAX_IDS; i++) {
        a->actors[i] |= b->actors[i];
        a->routes[i] |= b->routes[i];
        a->outcomes[i] |= b->outcomes[i];
        a->mistakes[i] |= b->mistakes[i];
    }
}
