/*
 * strategy.c: best, worst and random players. The random player uses
 * splitmix64 so a seed gives the same path on every machine.
 */
#include "strategy.h"

#include <string.h>

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

size_t strategy_pick(const Session *s, Strategy strategy, uint64_t *rng_state)
{
    int options[SESSION_MAX_CHOICES];
    size_t n = session_options(s, options);
    if (n <= 1)
        return 0;
    if (strategy == STRATEGY_RANDOM)
        return (size_t)(splitmix64(rng_state) % n);
    const ScenarioScene *scene = &session_scenario(s)->scenes[session_scene(s)];
    size_t pick = 0;
    for (size_t i = 1; i < n; i++) {
        int p = scene->choices[options[i]].points, q = scene->choices[options[pick]].points;
        if (strategy == STRATEGY_BEST ? p > q : p < q)
            pick = i;
    }
    return pick;
}

MsStatus strategy_play(Session *s, Strategy strategy, uint64_t seed, size_t max_steps, MsError *err)
{
    uint64_t rng = seed;
    for (size_t step = 0; !session_ended(s); step++) {
        if (step >= max_steps)
            return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                                "the playthrough did not end after %zu steps", max_steps);
        MsStatus st = session_choose(s, strategy_pick(s, strategy, &rng), err);
        if (st != MS_OK)
            return st;
    }
    return MS_OK;
}

int strategy_parse(const char *name)
{
    static const char *const names[STRATEGY_COUNT] = {"best", "worst", "random"};
    for (int i = 0; i < STRATEGY_COUNT; i++)
        if (name && strcmp(name, names[i]) == 0)
            return i;
    return -1;
}
