/*
 * export.h: the learner records as CSV (one row per choice and one per finished
 * case) or as xAPI 1.0.3 statements (a JSON array for a learning record store).
 * docs/records.md describes both. Exports read only the records, never the case
 * files: the texts were stored when the choices were made.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "meldcode.h"
#include "records.h"
#include "strbuf.h"

/* Where xAPI ids and extension keys live unless --base says otherwise. The reserved .invalid
 * domain promises that nobody else will ever own these IRIs. */
#define EXPORT_DEFAULT_BASE "https://meldsim.invalid"

typedef struct ExportOptions {
    const char *learner;      /* NULL: every learner */
    bool pseudonymise;        /* a salted hash instead of the learner's name */
    const char *base;         /* xAPI: IRI base without a trailing slash; NULL for the default */
    const Meldcode *meldcode; /* names of steps and mistakes */
    const char *platform;     /* xAPI context.platform, e.g. "meldsim 0.1.0" */
    bool closed_only;         /* xAPI: leave out open attempts, whose answers may still be taken
                                 back (a statement sent to a store can never change) */
} ExportOptions;

typedef struct ExportCounts {
    size_t attempts;
    size_t choices;
    size_t finished;
    size_t items; /* CSV rows without the header, or xAPI statements */
} ExportCounts;

/* Appends the export to out. MS_ERR_NOT_FOUND when options->learner is not in the records. */
MsStatus export_csv(Records *r, const ExportOptions *options, StrBuf *out, ExportCounts *counts,
                    MsError *err);
MsStatus export_xapi(Records *r, const ExportOptions *options, StrBuf *out, ExportCounts *counts,
                     MsError *err);

/* The CSV header, for documentation and tests. */
extern const char *const EXPORT_CSV_COLUMNS[];
size_t export_csv_column_count(void);

#endif
