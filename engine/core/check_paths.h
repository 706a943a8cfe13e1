/*
 * check_paths.h: the exact analysis behind `meldsim check`: over the state
 * graph, the figures of every path and the proofs about them (see check.h).
 */
#ifndef CHECK_PATHS_H
#define CHECK_PATHS_H

#include "check.h"

/* Fills the analysis part of r (r's arrays are allocated by the caller). MS_ERR_NOMEM only. */
MsStatus check_paths(const Scenario *sc, const CheckOptions *opt, CheckReport *r);

#endif
