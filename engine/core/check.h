/*
 * check.h: content checks of a loaded scenario, beyond what the loader refuses.
 * Static checks read the scenes once; then the reachable state graph
 * (state_graph.h) is built and every figure is computed exactly over it by
 * dynamic programming: the number of paths, how many pass, the lowest score,
 * and proofs about every path, each failed proof with a counterexample path.
 * Nothing is enumerated and nothing is cut off at a budget.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "path_count.h"
#include "scenario.h"
#include "score.h"

typedef enum { CHECK_ERROR, CHECK_WARNING } CheckSeverity;

typedef struct CheckIssue {
    CheckSeverity severity;
    char message[1024]; /* "scene 'gesprek', choice 2: no feedback" */
} CheckIssue;

#define CHECK_PASS_WORK 4000000u

typedef struct CheckOptions {
    size_t max_states; /* memory guard for hostile packs (default STATE_GRAPH_MAX_STATES) */
    /* Time guard of the pass count: pass_work additions plus pass_work_per_state for each state
     * and edge (defaults CHECK_PASS_WORK, 64); past it only that count is missing. */
    size_t pass_work;
    size_t pass_work_per_state;
} CheckOptions;

typedef struct CheckStepRange {
    bool met;          /* some path meets a decision of this step */
    double min_scaled; /* exact, over the paths that meet the step */
    double max_scaled;
} CheckStepRange;

typedef struct CheckReport {
    CheckIssue *issues;
    size_t issue_count;
    size_t errors;
    size_t warnings;
    size_t decisions; /* scenes with two or more choices */
    bool analysed;    /* the state graph was built and is acyclic: the figures below hold */
    size_t states;    /* reachable (scene, variables, route) states */
    size_t edges;
    PathCount paths;        /* complete paths, exactly */
    PathCount paths_passed; /* of those, paths that pass */
    bool passed_counted;    /* false when the pass count was refused by its memory guard */
    PathCount *ending_paths; /* per ending: paths that end there */
    size_t ending_count;
    size_t longest;          /* scenes on the longest path */
    double min_scaled;       /* exact lowest and highest scaled score over all paths */
    double max_scaled;
    CheckStepRange steps[MS_STEP_COUNT];
    /* What the analysis saw, for `meldsim graph`: per scene, per choice (scene's choice_base +
     * index), per ending. */
    bool *scene_reached;
    size_t *choice_base;
    bool *choice_offered;
    bool *choice_best; /* on some best-scoring path */
    bool *ending_reached;
    size_t graph_bytes; /* memory the state graph held */
    ScoreResult best;   /* the best-strategy playthrough */
    bool best_completed;
} CheckReport;

void check_default_options(CheckOptions *opt);
/* Fills report (free with check_report_free). opt may be NULL for the defaults. Returns
 * MS_ERR_NOMEM only; content problems are issues in the report. */
MsStatus check_scenario(const Scenario *sc, const CheckOptions *opt, CheckReport *report);
void check_report_free(CheckReport *report);

/* For check.c and check_paths.c: adds an issue to the report. */
void check_issue(CheckReport *r, CheckSeverity sev, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
