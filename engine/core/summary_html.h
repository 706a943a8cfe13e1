/*
 * summary_html.h: one finished attempt as a self-contained, printable HTML page
 * (the debrief plus who, when and in which mode), usable as proof of completion.
 */
#ifndef SUMMARY_HTML_H
#define SUMMARY_HTML_H

#include "ms_strings.h"
#include "records.h"
#include "session.h"
#include "strbuf.h"

typedef struct SummaryInput {
    const Session *session;        /* the recorded choices replayed; must have ended */
    const RecordsAttempt *attempt; /* who, when, mode, registration */
    const Strings *strings;
    MsLang lang;
    const char *generated_at; /* wallclock_now_iso */
    const char *generator;    /* "meldsim 0.1.0" */
} SummaryInput;

/* Appends the page to b. MS_ERR_INVALID when the session has not ended. */
MsStatus summary_html_write(StrBuf *b, const SummaryInput *in, MsError *err);

#endif
