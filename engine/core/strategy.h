/*
 * strategy.h: automatic players for headless runs and checks.
 * best and worst take the highest and lowest scoring option at each decision
 * (the first such option on a tie); random is seeded and reproducible.
 */
#ifndef STRATEGY_H
#define STRATEGY_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

typedef enum { STRATEGY_BEST, STRATEGY_WORST, STRATEGY_RANDOM, STRATEGY_COUNT } Strategy;

/* The option (0-based among session_options) the strategy takes at the current scene. */
size_t strategy_pick(const Session *s, Strategy strategy, uint64_t *rng_state);
/* Plays until the end or max_steps; MS_ERR_INVALID when it does not end in time. */
MsStatus strategy_play(Session *s, Strategy strategy, uint64_t seed, size_t max_steps,
                       MsError *err);
int strategy_parse(const char *name); /* -1 when unknown */

#endif
