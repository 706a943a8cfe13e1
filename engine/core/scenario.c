/*
 * scenario.c: queries on a loaded scenario; the model itself is never changed.
 */
#include "scenario.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "library.h"

void scenario_free(Scenario *sc)
{
    if (!sc)
        return;
    if (sc->pack_path)
        library_release(sc->pack_path);
    arena_free(sc->arena);
    free(sc);
}

int scenario_scene_find(const Scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->scene_count; i++)
        if (strcmp(sc->scenes[i].id, id) == 0)
            return (int)i;
    return -1;
}

int scenario_ending_find(const Scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->ending_count; i++)
        if (strcmp(sc->endings[i].id, id) == 0)
            return (int)i;
    return -1;
}

bool scenario_choice_available(const ScenarioChoice *choice, const double *vars)
{
    for (size_t i = 0; i < choice->condition_count; i++) {
        const ScenarioCondition *c = &choice->conditions[i];
        double v = vars[c->var];
        bool ok = c->op == SCENARIO_COND_EQ    ? v == c->value
                  : c->op == SCENARIO_COND_MIN ? v >= c->value
                                               : v <= c->value;
        if (!ok)
            return false;
    }
    return true;
}

void scenario_choice_apply(const ScenarioChoice *choice, double *vars)
{
    for (size_t i = 0; i < choice->effect_count; i++) {
        const ScenarioEffect *e = &choice->effects[i];
        vars[e->var] = e->op == SCENARIO_EFFECT_SET ? e->value : vars[e->var] + e->value;
    }
}
