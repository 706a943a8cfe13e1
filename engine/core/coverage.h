/*
 * coverage.h: what a case teaches, in Meldcode terms, for the library table
 * of `meldsim check --coverage`: decisions per step, the actors it involves,
 * the afwegingskader outcomes of its endings, and the mistake types it tests.
 */
#ifndef COVERAGE_H
#define COVERAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"

#define COVERAGE_MAX_IDS 64

typedef struct Coverage {
    int decisions[MS_STEP_COUNT];
    bool actors[COVERAGE_MAX_IDS];   /* by Meldcode actor index: in a choice or a correct route */
    bool routes[COVERAGE_MAX_IDS];   /* by actor index: in some ending's correct route */
    bool outcomes[COVERAGE_MAX_IDS]; /* by outcome index */
    bool mistakes[COVERAGE_MAX_IDS]; /* by mistake type index, critical or not */
    int own_critical; /* critical mistakes with the case's own id, not a Meldcode type */
} Coverage;

void coverage_of(const Scenario *sc, Coverage *out);
/* Adds b into a (for the library's total). */
void coverage_merge(Coverage *a, const Coverage *b);

#endif
