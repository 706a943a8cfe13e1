/*
 * export_csv.c: RFC 4180 CSV: CRLF line ends, a header row, fields with a comma,
 * quote or line break in double quotes, quotes doubled. Free text (names, option
 * texts, titles) that starts with = + - @ gets a leading apostrophe so a
 * spreadsheet shows it instead of running it as a formula.
 */
#include "export_priv.h"

#include <stdio.h>
#include <string.h>

#include "score.h"

const char *const EXPORT_CSV_COLUMNS[] = {"record",
                                          "learner",
                                          "attempt",
                                          "registration",
                                          "case",
                                          "case_version",
                                          "case_title",
                                          "mode",
                                          "lang",
                                          "status",
                                          "started_at",
                                          "seq",
                                          "answered_at",
                                          "scene",
                                          "step",
                                          "choice",
                                          "option",
                                          "choice_text",
                                          "points",
                                          "best",
                                          "worst",
                                          "decision",
                                          "critical",
                                          "undone",
                                          "think_ms",
                                          "finished_at",
                                          "ending",
                                          "outcome",
                                          "earned",
                                          "possible",
                                          "minimum",
                                          "scaled",
                                          "passed",
                                          "critical_count",
                                          "duration_ms",
                                          "signalen_earned",
                                          "signalen_possible",
                                          "consultatie_earned",
                                          "consultatie_possible",
                                          "gesprek_earned",
                                          "gesprek_possible",
                                          "wegen_earned",
                                          "wegen_possible",
                                          "beslissen_earned",
                                          "beslissen_possible",
                                          NULL};

size_t export_csv_column_count(void)
{
    size_t n = 0;
    while (EXPORT_CSV_COLUMNS[n])
        n++;
    return n;
}

typedef struct Row {
    StrBuf *out;
    int fields;
} Row;

static void field(Row *row, const char *s, bool text)
{
    if (row->fields++)
        strbuf_puts(row->out, ",");
    if (!s)
        return;
    bool guard = text && s[0] && strchr("=+-@\t\r", s[0]) != NULL;
    bool quote = guard || strpbrk(s, ",\"\r\n") != NULL;
    if (!quote) {
        strbuf_puts(row->out, s);
        return;
    }
    strbuf_puts(row->out, guard ? "\"'" : "\"");
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            strbuf_puts(row->out, "\"\"");
        else
            strbuf_append(row->out, p, 1);
    }
    strbuf_puts(row->out, "\"");
}

static void number(Row *row, long long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    field(row, buf, false);
}

static void end_row(Row *row)
{
    strbuf_puts(row->out, "\r\n");
    row->fields = 0;
}

/* The columns every row of an attempt shares, record to started_at. Texts are in the language
 * the learner played in. */
static void attempt_fields(Row *row, const char *record, const ExportAttempt *a)
{
    field(row, record, false);
    field(row, a->actor, true);
    number(row, a->row.id);
    field(row, a->row.registration, false);
    field(row, a->row.scenario, false);
    field(row, a->row.version, false);
    field(row, a->row.title[a->row.title[a->row.lang][0] ? a->row.lang : MS_LANG_NL], true);
    field(row, mode_id(a->row.mode), false);
    field(row, ms_lang_code(a->row.lang), false);
    field(row, records_status_id(a->row.status), false);
    field(row, a->row.started_at, false);
}

static void choice_row(Row *row, Records *r, const ExportAttempt *a, const RecordsChoice *c)
{
    Arena *arena = arena_create();
    RecordsSceneTexts texts = {0};
    if (arena)
        export_scene_texts(r, a, c, arena, &texts);
    const char *text =
        c->choice >= 0 && (size_t)c->choice < texts.choice_count
            ? export_plain(arena, ms_text_get(&texts.choices[c->choice], a->row.lang, MS_LANG_NL))
            : "";
    attempt_fields(row, "choice", a);
    number(row, c->seq);
    field(row, c->answered_at, false);
    field(row, c->scene, false);
    field(row, meldcode_step_id(c->step), false);
    number(row, c->choice + 1);
    number(row, c->option + 1);
    field(row, text, true);
    number(row, c->points);
    number(row, c->best);
    number(row, c->worst);
    number(row, c->decision);
    field(row, c->critical, false);
    number(row, c->undone);
    number(row, c->think_ms);
    for (size_t i = export_csv_column_count() - 25; i > 0; i--) /* the case columns stay empty */
        field(row, NULL, false);
    end_row(row);
    arena_free(arena);
}

static void case_row(Row *row, const ExportAttempt *a)
{
    const RecordsResult *res = &a->row.result;
    char scaled[32];
    snprintf(scaled, sizeof scaled, "%.4f", res->scaled);
    attempt_fields(row, "case", a);
    for (int i = 0; i < 14; i++) /* seq to think_ms */
        field(row, NULL, false);
    field(row, a->row.finished_at, false);
    field(row, res->ending, false);
    field(row, res->outcome, false);
    number(row, res->earned);
    number(row, res->possible);
    number(row, res->minimum);
    field(row, scaled, false);
    number(row, res->passed);
    number(row, res->critical_count);
    number(row, res->duration_ms);
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        number(row, res->steps[i].earned);
        number(row, res->steps[i].possible);
    }
    end_row(row);
}

MsStatus export_csv(Records *r, const ExportOptions *o, StrBuf *out, ExportCounts *counts,
                    MsError *err)
{
    memset(counts, 0, sizeof *counts);
    ExportSet set;
    MsStatus st = export_set_load(r, o, &set, err);
    if (st != MS_OK)
        return st;
    Row row = {out, 0};
    for (size_t i = 0; EXPORT_CSV_COLUMNS[i]; i++)
        field(&row, EXPORT_CSV_COLUMNS[i], false);
    end_row(&row);
    for (size_t i = 0; i < set.count; i++) {
        const ExportAttempt *a = &set.attempts[i];
        counts->attempts++;
        for (size_t k = 0; k < a->choice_count; k++) {
            choice_row(&row, r, a, &a->choices[k]);
            counts->choices++;
            counts->items++;
        }
        if (a->row.status == RECORDS_FINISHED) {
            case_row(&row, a);
            counts->finished++;
            counts->items++;
        }
    }
    export_set_free(&set);
    if (out->failed)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    return MS_OK;
}
