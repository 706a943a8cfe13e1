/*
 * generated_case.h: a case of any number of scenes, built in memory for scripts/bench.
 */
#ifndef GENERATED_CASE_H
#define GENERATED_CASE_H

#include <stddef.h>

#include "scenario.h"

/* A valid case of about scene_count scenes (at least 5, odd); NULL when out of memory.
 * mc must outlive it; free with scenario_free. */
Scenario *generated_case_build(size_t scene_count, const Meldcode *mc);

#endif
