/*
 * report.h: the group report: xAPI exports of many learners (the laptops of a
 * training day) added up per case, per Meldcode step, per decision and per
 * critical mistake. It reads xAPI only, because that is what a learning record
 * store gives back too: a JSON array of statements, or an object whose
 * "statements" holds one. Statements seen twice (same id) count once.
 */
#ifndef REPORT_H
#define REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "meldcode.h"
#include "ms_error.h"
#include "ms_strings.h"
#include "ms_text.h"
#include "strbuf.h"

typedef struct ReportOption {
    const char *id;   /* the xAPI choice id, "choice-2" */
    const char *text; /* its description in the report's language; may be "" */
    int count;        /* answers that were not taken back */
    int points;
    bool has_points;
    bool best; /* the highest points at this decision */
} ReportOption;

typedef struct ReportDecision {
    const char *id;       /* the activity IRI */
    const char *scene;    /* the scene id, decoded from the IRI */
    const char *question; /* the description in the report's language; may be "" */
    int step;             /* MsStep, or -1 when the statements do not say */
    size_t order;         /* when it was first seen, for a stable order within a step */
    ReportOption *options;
    size_t option_count;
    int answers; /* not taken back */
    int undone;  /* taken back in practice mode */
} ReportDecision;

typedef struct ReportCount {
    const char *id;
    const char *name;
    int count;
} ReportCount;

typedef struct ReportCase {
    const char *id;    /* the activity IRI */
    const char *title; /* in the report's language, else the id */
    int attempts;      /* completed statements */
    int passed;
    int failed;
    int learners;
    double scaled_sum;
    double step_sum[MS_STEP_COUNT]; /* sum of per-attempt step scores (0..1) */
    int step_n[MS_STEP_COUNT];      /* attempts where the step could score */
    double seconds_sum;
    int seconds_n;
    size_t *decisions; /* indices into report_decision, sorted by step then first seen */
    size_t decision_count;
    ReportCount *critical; /* most frequent first */
    size_t critical_count;
} ReportCase;

typedef struct Report Report;

Report *report_create(MsLang lang); /* caller frees; NULL when out of memory */
void report_free(Report *rp);
/* Adds one export file's text; source names it in errors. MS_ERR_INVALID when it is not JSON
 * or not a list of statements. */
MsStatus report_add_json(Report *rp, const char *json, size_t len, const char *source,
                         MsError *err);
/* Sorts everything; call once after the last report_add_json. */
MsStatus report_finish(Report *rp, MsError *err);

size_t report_case_count(const Report *rp);
const ReportCase *report_case(const Report *rp, size_t index); /* in title order */
const ReportDecision *report_decision(const Report *rp, size_t index);
size_t report_critical_count(const Report *rp);
const ReportCount *report_critical(const Report *rp, size_t index); /* most frequent first */
size_t report_learner_count(const Report *rp);
size_t report_file_count(const Report *rp);
size_t report_statement_count(const Report *rp); /* used, after dropping repeats */
size_t report_duplicate_count(const Report *rp);
size_t report_ignored_count(const Report *rp); /* statements the report does not use */

/* The report as a self-contained HTML page. */
MsStatus report_html_write(const Report *rp, const Meldcode *mc, const Strings *st, MsLang lang,
                           const char *generated_at, StrBuf *out, MsError *err);

#endif
