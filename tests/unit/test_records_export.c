/*
 * test_records_export.c: the exports and the group report from records made by
 * real attempts: the CSV header and quoting (RFC 4180, formula guard), the xAPI
 * fields a learning record store requires, stable statement ids, pseudonyms that
 * hide the name, and the report adding exports up (repeats counted once).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "export.h"
#include "report.h"
#include "test_records_support.h"
#include "uuid.h"

/* Anna: oefenen a3 (critical), back, a1 c1 d1 (passed); toets a2 c2 d3 (failed). */
static void record_two_attempts(RecFixture *fx)
{
    Attempt *a = rec_begin(fx, MODE_OEFENEN);
    rec_play(a, (int[]){3}, 1);
    assert_int_equal(attempt_back(a, NULL), MS_OK);
    rec_play(a, (int[]){1, 1, 1}, 3);
    attempt_free(a);
    a = rec_begin(fx, MODE_TOETS);
    rec_play(a, (int[]){2, 2, 2}, 3);
    attempt_free(a);
}

static char *export_text(RecFixture *fx, bool xapi, bool pseudonymise, const char *learner)
{
    ExportOptions o = {learner, pseudonymise, "https://school.example/meldsim", fx->mc,
                       "meldsim test", false};
    StrBuf b;
    ExportCounts counts;
    MsError err;
    strbuf_init(&b);
    MsStatus st = xapi ? export_xapi(fx->r, &o, &b, &counts, &err)
                       : export_csv(fx->r, &o, &b, &counts, &err);
    if (st != MS_OK)
        fprintf(stderr, "export: %s\n", err.message);
    assert_int_equal(st, MS_OK);
    return strbuf_take(&b, NULL);
}

/* Splits one CSV record at p into fields (quotes removed); returns the start of the next. */
static const char *csv_record(const char *p, char fields[64][256], int *count)
{
    *count = 0;
    for (;;) {
        char *out = fields[(*count)++];
        size_t n = 0;
        if (*p == '"') {
            for (p++; *p && !(*p == '"' && p[1] != '"'); p++) {
                if (*p == '"')
                    p++;
                if (n < 255)
                    out[n++] = *p;
            }
            p++; /* closing quote */
        } else {
            while (*p && *p != ',' && *p != '\r')
                if (n < 255)
                    out[n++] = *p++;
                else
                    p++;
        }
        out[n] = '\0';
        if (*p == ',') {
            p++;
            continue;
        }
        assert_true(p[0] == '\r' && p[1] == '\n'); /* RFC 4180: CRLF */
        return p + 2;
    }
}

static void csv_has_documented_columns_and_quotes(void **state)
{
    RecFixture *fx = *state;
    RecordsLearner l;
    assert_int_equal(records_learner_add(fx->r, "=cmd|' /C calc'!A0, \"x\"", &l, NULL), MS_OK);
    record_two_attempts(fx);
    AttemptSetup setup = {fx->r, l.id, MODE_TOETS, MS_LANG_NL};
    Attempt *a = NULL;
    assert_int_equal(attempt_begin(fx->sc, &setup, &a, NULL), MS_OK);
    rec_play(a, (int[]){2}, 1); /* unfinished: a choice row, no case row */
    attempt_free(a);
    char *csv = export_text(fx, false, false, NULL);
    static char fields[64][256];
    int n;
    const char *p = csv_record(csv, fields, &n);
    size_t columns = export_csv_column_count();
    assert_int_equal(n, (int)columns);
    assert_int_equal(columns, 45);
    for (size_t i = 0; i < columns; i++)
        assert_string_equal(fields[i], EXPORT_CSV_COLUMNS[i]);
    int choices = 0, cases = 0, undone = 0, guarded = 0;
    while (*p) {
        p = csv_record(p, fields, &n);
        assert_int_equal(n, (int)columns);
        if (strcmp(fields[0], "choice") == 0) {
            choices++;
            undone += strcmp(fields[23], "1") == 0;
            assert_true(fields[15][0] >= '1' && fields[15][0] <= '9'); /* choice, 1-based */
            if (strcmp(fields[13], "a") == 0 && strcmp(fields[15], "1") == 0)
                assert_string_equal(fields[17], "a1, met \"komma\"");
            if (strcmp(fields[13], "a") == 0 && strcmp(fields[15], "2") == 0)
                assert_string_equal(fields[17], "'=a2"); /* no formula in a spreadsheet */
            assert_string_equal(fields[25], ""); /* case columns empty */
        } else {
            assert_string_equal(fields[0], "case");
            cases++;
            assert_string_equal(fields[11], ""); /* choice columns empty */
            assert_true(strcmp(fields[32], "0") == 0 || strcmp(fields[32], "1") == 0);
            assert_string_equal(fields[9], "finished");
        }
        if (strncmp(fields[1], "'=cmd", 5) == 0)
            guarded++;
    }
    assert_int_equal(choices, 4 + 3 + 1);
    assert_int_equal(cases, 2);
    assert_int_equal(undone, 1);
    assert_int_equal(guarded, 1);
    free(csv);
}

static const cJSON *get(const cJSON *o, const char *key)
{
    return cJSON_GetObjectItemCaseSensitive(o, key);
}

static const char *text_of(const cJSON *o, const char *key)
{
    const cJSON *v = get(o, key);
    assert_true(cJSON_IsString(v));
    return v->valuestring;
}

static bool is_iri(const char *s)
{
    return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0;
}

static bool is_timestamp(const char *s)
{
    int64_t secs;
    return wallclock_parse_iso(s, &secs) && strlen(s) == 24;
}

/* No null anywhere outside extensions (xAPI 2.2.s4.b1.b1). */
static void assert_no_null(const cJSON *o)
{
    for (const cJSON *c = o->child; c; c = c->next) {
        assert_false(cJSON_IsNull(c));
        if (c->string && strcmp(c->string, "extensions") == 0)
            continue;
        if (cJSON_IsObject(c) || cJSON_IsArray(c))
            assert_no_null(c);
    }
}

static void check_extension_keys(const cJSON *parent)
{
    const cJSON *ext = get(parent, "extensions");
    for (const cJSON *e = ext ? ext->child : NULL; e; e = e->next)
        assert_true(is_iri(e->string));
}

static void check_score(const cJSON *score)
{
    double scaled = get(score, "scaled")->valuedouble, raw = get(score, "raw")->valuedouble;
    assert_true(scaled >= -1 && scaled <= 1);
    const cJSON *min = get(score, "min"), *max = get(score, "max");
    assert_true((min == NULL) == (max == NULL));
    if (min) {
        assert_true(min->valuedouble < max->valuedouble);
        assert_true(raw >= min->valuedouble && raw <= max->valuedouble);
    }
}

static void xapi_statements_have_required_fields(void **state)
{
    RecFixture *fx = *state;
    record_two_attempts(fx);
    char *text = export_text(fx, true, false, "Anna de Vries");
    cJSON *arr = cJSON_Parse(text);
    assert_true(cJSON_IsArray(arr));
    int answered = 0, completed = 0, passed = 0, failed = 0;
    const char *registration = NULL;
    for (const cJSON *s = arr->child; s; s = s->next) {
        assert_no_null(s);
        assert_true(uuid_valid(text_of(s, "id")));
        assert_true(is_timestamp(text_of(s, "timestamp")));
        assert_null(get(s, "version")); /* left to the store */
        const cJSON *actor = get(s, "actor");
        assert_string_equal(text_of(actor, "objectType"), "Agent");
        assert_string_equal(text_of(get(actor, "account"), "homePage"),
                            "https://school.example/meldsim");
        assert_string_equal(text_of(get(actor, "account"), "name"), "Anna de Vries");
        assert_null(get(actor, "mbox"));
        const char *verb = text_of(get(s, "verb"), "id");
        assert_non_null(text_of(get(get(s, "verb"), "display"), "nl-NL"));
        const cJSON *object = get(s, "object"), *result = get(s, "result");
        const cJSON *context = get(s, "context");
        assert_true(is_iri(text_of(object, "id")));
        assert_true(uuid_valid(text_of(context, "registration")));
        assert_string_equal(text_of(context, "language"), "nl-NL");
        check_extension_keys(result);
        check_extension_keys(context);
        check_score(get(result, "score"));
        if (strcmp(verb, "http://adlnet.gov/expapi/verbs/answered") == 0) {
            answered++;
            const cJSON *def = get(object, "definition");
            assert_string_equal(text_of(def, "type"),
                                "http://adlnet.gov/expapi/activities/cmi.interaction");
            assert_string_equal(text_of(def, "interactionType"), "choice");
            const char *response = text_of(result, "response");
            bool listed = false;
            for (const cJSON *c = get(def, "choices")->child; c; c = c->next) {
                assert_null(strchr(text_of(c, "id"), ' '));
                listed |= strcmp(text_of(c, "id"), response) == 0;
            }
            assert_true(listed);
            assert_true(cJSON_IsBool(get(result, "success")));
            const cJSON *parent = get(get(context, "contextActivities"), "parent");
            assert_true(cJSON_IsArray(parent));
            assert_true(is_iri(text_of(parent->child, "id")));
            bool step = false, critical = false;
            for (const cJSON *e = get(result, "extensions")->child; e; e = e->next) {
                step |= strstr(e->string, "/xapi/extension/meldcode-step") != NULL;
                critical |= strstr(e->string, "/xapi/extension/critical-mistake") != NULL;
            }
            assert_true(step);
            if (strcmp(response, "choice-3") == 0 && strstr(text_of(object, "id"), "/decision/a"))
                assert_true(critical);
            if (!registration)
                registration = text_of(context, "registration");
        } else if (strcmp(verb, "http://adlnet.gov/expapi/verbs/completed") == 0) {
            completed++;
            assert_true(cJSON_IsTrue(get(result, "completion")));
            assert_int_equal(strncmp(text_of(result, "duration"), "PT", 2), 0);
            assert_string_equal(text_of(get(object, "definition"), "type"),
                                "http://adlnet.gov/expapi/activities/simulation");
            assert_non_null(get(get(result, "extensions"),
                                "https://school.example/meldsim/xapi/extension/step-scores"));
        } else if (strcmp(verb, "http://adlnet.gov/expapi/verbs/passed") == 0) {
            passed++;
            assert_true(cJSON_IsTrue(get(result, "success")));
            assert_true(get(get(result, "score"), "scaled")->valuedouble >= 0.75);
        } else {
            assert_string_equal(verb, "http://adlnet.gov/expapi/verbs/failed");
            failed++;
            assert_true(cJSON_IsFalse(get(result, "success")));
        }
    }
    assert_int_equal(answered, 4 + 3);
    assert_int_equal(completed, 2);
    assert_int_equal(passed, 1);
    assert_int_equal(failed, 1);
    /* the first attempt's statements share one registration; the second has another */
    assert_string_equal(text_of(get(arr->child, "context"), "registration"), registration);
    const cJSON *last = cJSON_GetArrayItem(arr, cJSON_GetArraySize(arr) - 1);
    assert_string_not_equal(text_of(get(last, "context"), "registration"), registration);
    cJSON_Delete(arr);
    /* the same records export with the same ids */
    char *again = export_text(fx, true, false, "Anna de Vries");
    assert_string_equal(text, again);
    free(again);
    free(text);
}

static void pseudonymised_exports_hide_the_name(void **state)
{
    RecFixture *fx = *state;
    record_two_attempts(fx);
    char *named = export_text(fx, true, false, NULL);
    char *hidden = export_text(fx, true, true, NULL);
    char *csv = export_text(fx, false, true, NULL);
    assert_non_null(strstr(named, "Anna de Vries"));
    assert_null(strstr(hidden, "Anna"));
    assert_null(strstr(csv, "Anna"));
    char hash[33];
    assert_int_equal(records_learner_hash(fx->r, "Anna de Vries", hash, NULL), MS_OK);
    assert_non_null(strstr(hidden, hash));
    assert_non_null(strstr(csv, hash));
    cJSON *a = cJSON_Parse(named), *b = cJSON_Parse(hidden);
    assert_string_not_equal(text_of(a->child, "id"), text_of(b->child, "id"));
    assert_null(get(get(b->child, "actor"), "name"));
    cJSON_Delete(a);
    cJSON_Delete(b);
    free(named);
    free(hidden);
    free(csv);
    StrBuf buf;
    strbuf_init(&buf);
    ExportCounts counts;
    ExportOptions o = {"niemand", false, NULL, fx->mc, NULL, false};
    assert_int_equal(export_csv(fx->r, &o, &buf, &counts, NULL), MS_ERR_NOT_FOUND);
    strbuf_free(&buf);
}

static void report_adds_up_and_counts_repeats_once(void **state)
{
    RecFixture *fx = *state;
    record_two_attempts(fx);
    RecordsLearner l;
    assert_int_equal(records_learner_add(fx->r, "Bram", &l, NULL), MS_OK);
    AttemptSetup setup = {fx->r, l.id, MODE_TOETS, MS_LANG_NL};
    Attempt *a = NULL;
    assert_int_equal(attempt_begin(fx->sc, &setup, &a, NULL), MS_OK);
    rec_play(a, (int[]){3, 1, 1}, 3); /* critical mistake, then the best path */
    attempt_free(a);
    char *text = export_text(fx, true, true, NULL);
    Report *rp = report_create(MS_LANG_NL);
    assert_int_equal(report_add_json(rp, text, strlen(text), "a.json", NULL), MS_OK);
    assert_int_equal(report_add_json(rp, text, strlen(text), "a-again.json", NULL), MS_OK);
    assert_int_equal(report_finish(rp, NULL), MS_OK);
    assert_int_equal(report_file_count(rp), 2);
    assert_int_equal(report_duplicate_count(rp), report_statement_count(rp));
    assert_int_equal(report_learner_count(rp), 2);
    assert_int_equal(report_case_count(rp), 1);
    const ReportCase *c = report_case(rp, 0);
    assert_string_equal(c->title, "T");
    assert_int_equal(c->attempts, 3);
    assert_int_equal(c->passed, 1);
    assert_int_equal(c->failed, 2);
    assert_int_equal(c->learners, 2);
    assert_int_equal(c->decision_count, 3);
    const ReportDecision *d = report_decision(rp, c->decisions[0]);
    assert_string_equal(d->scene, "a");
    assert_int_equal(d->step, MS_STEP_SIGNALEN);
    assert_string_equal(d->question, "Wat zie je?"); /* markup stripped */
    assert_int_equal(d->option_count, 3);
    assert_int_equal(d->answers, 3); /* the undone answer is not counted ... */
    assert_int_equal(d->undone, 1);  /* ... but shown */
    assert_int_equal(d->options[0].count, 1);
    assert_int_equal(d->options[1].count, 1);
    assert_int_equal(d->options[2].count, 1);
    assert_true(d->options[0].best);
    assert_false(d->options[2].best);
    assert_string_equal(d->options[0].text, "a1, met \"komma\"");
    assert_int_equal(report_critical_count(rp), 1);
    assert_string_equal(report_critical(rp, 0)->id, "alleen_handelen");
    assert_int_equal(report_critical(rp, 0)->count, 1); /* Anna's undone one does not count */
    /* signalen: Anna 3/3, Anna 1/3, Bram -2/3 -> 0 */
    assert_int_equal(c->step_n[MS_STEP_SIGNALEN], 3);
    assert_true(c->step_sum[MS_STEP_SIGNALEN] > 1.333 && c->step_sum[MS_STEP_SIGNALEN] < 1.334);
    assert_int_equal(c->step_n[MS_STEP_GESPREK], 0);
    Strings *st = strings_create();
    StrBuf page;
    strbuf_init(&page);
    assert_int_equal(
        report_html_write(rp, fx->mc, st, MS_LANG_NL, "2024-05-01T10:00:00.000Z", &page, NULL),
        MS_OK);
    assert_non_null(strstr(page.data, "<svg"));
    assert_non_null(strstr(page.data, "a1, met &quot;komma&quot;"));
    assert_null(strstr(page.data, "<script"));
    strbuf_free(&page);
    strings_free(st);
    report_free(rp);
    free(text);
}

static void report_refuses_what_is_not_an_export(void **state)
{
    (void)state;
    Report *rp = report_create(MS_LANG_NL);
    MsError err;
    const char *bad = "[{\"id\": 1,";
    assert_int_equal(report_add_json(rp, bad, strlen(bad), "kapot.json", &err), MS_ERR_INVALID);
    assert_string_equal(err.file, "kapot.json");
    const char *obj = "{\"hello\": 1}";
    assert_int_equal(report_add_json(rp, obj, strlen(obj), "x.json", &err), MS_ERR_INVALID);
    const char *lrs = "{\"statements\": [{\"verb\": {\"id\": \"http://example.com/liked\"}}]}";
    assert_int_equal(report_add_json(rp, lrs, strlen(lrs), "lrs.json", &err), MS_OK);
    assert_int_equal(report_ignored_count(rp), 1);
    report_free(rp);
}

/* Found by fuzz_report: an export with no statements left every list empty (NULL), and
 * report_finish handed those to qsort, whose pointer must never be NULL (UBSan stops there). */
static void report_of_an_empty_export_is_empty(void **state)
{
    (void)state;
    Report *rp = report_create(MS_LANG_NL);
    MsError err;
    assert_int_equal(report_add_json(rp, "[]", 2, "leeg.json", &err), MS_OK);
    assert_int_equal(report_finish(rp, &err), MS_OK);
    assert_int_equal(report_case_count(rp), 0);
    assert_int_equal(report_critical_count(rp), 0);
    assert_int_equal(report_statement_count(rp), 0);
    assert_int_equal(report_file_count(rp), 1);
    report_free(rp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(csv_has_documented_columns_and_quotes, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(xapi_statements_have_required_fields, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(pseudonymised_exports_hide_the_name, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(report_adds_up_and_counts_repeats_once, rec_setup,
                                        rec_teardown),
        cmocka_unit_test(report_refuses_what_is_not_an_export),
        cmocka_unit_test(report_of_an_empty_export_is_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
