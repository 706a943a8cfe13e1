/*
 * check.h: content checks of a loaded scenario, beyond what the loader refuses.
 * Static checks walk the graph once; then every path is enumerated (bounded by
 * a path and a work budget, so a 10,000-scene case still checks in a second)
 * for the number of paths, the endings reached and the range of scores.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"
#include "score.h"

typedef enum { CHECK_ERROR, CHECK_WARNING } CheckSeverity;

typedef struct CheckIssue {
    CheckSeverity severity;
    char message[400]; /* "scene 'gesprek', choice 2: no feedback" */
} CheckIssue;

typedef struct CheckOptions {
    size_t max_paths;  /* stop enumerating after this many complete paths (default 32,000,000) */
    size_t max_visits; /* stop after this many scene visits (default 40,000,000) */
} CheckOptions;

typedef struct CheckReport {
    CheckIssue *issues;
    size_t issue_count;
    size_t errors;
    size_t warnings;
    size_t decisions;    /* scenes with two or more choices */
    size_t paths;        /* complete paths enumerated */
    size_t paths_passed; /* of those, paths that pass */
    size_t visits;
    bool cut; /* enumeration stopped at a budget */
    const char *cut_reason;
    size_t longest;       /* steps in the longest path */
    size_t *ending_paths; /* per ending: paths that end there */
    double min_scaled;
    double max_scaled;
    ScoreResult best; /* the best-strategy playthrough */
    bool best_completed;
} CheckReport;

void check_default_options(CheckOptions *opt);
/* Fills report (free with check_report_free). Returns MS_ERR_NOMEM only; content problems are
 * issues in the report. */
MsStatus check_scenario(const Scenario *sc, const CheckOptions *opt, CheckReport *report);
void check_report_free(CheckReport *report);

#endif
