/*
 * fuzz_report.c: libFuzzer target for the xAPI reader of `meldsim report`: the bytes as
 * one export file, and when they are read, the report finished and written as HTML.
 */
#include "fuzz_support.h"

#include "meldcode.h"
#include "ms_strings.h"
#include "report.h"

static Meldcode *mc;
static Strings *st;

static void add_strings(const char *path, const char *name)
{
    size_t len = 0;
    char *json = fuzz_read_file(path, &len);
    MsError err;
    if (strings_add_json(st, json, len, name, &err) != MS_OK)
        abort();
    free(json);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    mc = fuzz_meldcode();
    st = strings_create();
    add_strings(MELDSIM_SOURCE_ROOT "/assets/strings/text.json", "text.json");
    add_strings(MELDSIM_SOURCE_ROOT "/assets/strings/ui.json", "ui.json");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the first byte picks the report's language, so both are walked */
    MsLang lang = size > 0 && (data[0] & 1) ? MS_LANG_EN : MS_LANG_NL;
    Report *rp = report_create(lang);
    if (rp == NULL)
        abort();
    MsError err;
    ms_error_clear(&err);
    if (report_add_json(rp, (const char *)data, size, "fuzz/export.json", &err) == MS_OK &&
        report_finish(rp, &err) == MS_OK) {
        for (size_t i = 0; i < report_case_count(rp); i++) {
            const ReportCase *c = report_case(rp, i);
            for (size_t d = 0; d < c->decision_count; d++)
                if (report_decision(rp, c->decisions[d]) == NULL)
                    abort();
        }
        StrBuf out;
        strbuf_init(&out);
        report_html_write(rp, mc, st, lang, "2026-12-03T10:00:00Z", &out, &err);
        strbuf_free(&out);
    }
    report_free(rp);
    return 0;
}
