/*
 * test_text.c: UTF-8 validation, the markup, the string tables (every key in
 * Dutch and English) and the Meldcode data the scenarios refer to.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "markup.h"
#include "ms_strings.h"
#include "test_support.h"
#include "utf8.h"

static void utf8_accepts_dutch_and_rejects_bad_bytes(void **state)
{
    (void)state;
    const char *ok = "Suzan’s ‘cijfers’ — ë ï é ü €";
    assert_true(utf8_valid(ok, strlen(ok), NULL));
    size_t bad = 99;
    assert_false(utf8_valid("ab\xC3", 3, &bad)); /* truncated */
    assert_int_equal(bad, 2);
    assert_false(utf8_valid("\xC0\xAF", 2, &bad));         /* overlong */
    assert_false(utf8_valid("\xED\xA0\x80", 3, &bad));     /* surrogate */
    assert_false(utf8_valid("\xF4\x90\x80\x80", 4, &bad)); /* past U+10FFFF */
    assert_false(utf8_valid("x\x80", 2, &bad));            /* lone continuation */
    assert_int_equal(bad, 1);
    unsigned cp;
    assert_int_equal(utf8_decode("\xC3\xAB", &cp), 2);
    assert_int_equal(cp, 0xEB);
    assert_int_equal(utf8_length("één"), 3);
}

static void markup_strips_and_validates(void **state)
{
    (void)state;
    char out[64];
    markup_strip("een *klein* en **groot** \\* teken", out, sizeof out);
    assert_string_equal(out, "een klein en groot * teken");
    const char *why;
    size_t at;
    assert_true(markup_valid("*a* **b** \\*", &why, &at));
    assert_false(markup_valid("een *open", &why, &at));
    assert_int_equal(at, 4);
    assert_false(markup_valid("**sterk *", &why, &at));
    /* truncation keeps a terminated string and reports the full length */
    assert_int_equal(markup_strip("abcdef", out, 4), 6);
    assert_string_equal(out, "abc");
}

typedef struct Runs {
    unsigned styles[8];
    size_t count;
} Runs;

static void collect(void *user, const char *text, size_t len, unsigned style)
{
    Runs *r = user;
    (void)text;
    (void)len;
    if (r->count < 8)
        r->styles[r->count++] = style;
}

static void markup_walk_gives_styles(void **state)
{
    (void)state;
    Runs r = {{0}, 0};
    markup_walk("a *b* **c**", collect, &r);
    assert_int_equal(r.count, 4);
    assert_int_equal(r.styles[0], 0);
    assert_int_equal(r.styles[1], MARKUP_EM);
    assert_int_equal(r.styles[3], MARKUP_STRONG);
}

static void string_tables_complete_in_both_languages(void **state)
{
    (void)state;
    static const char *const files[] = {"text.json", "ui.json"};
    Strings *st = strings_create();
    size_t loaded = 0;
    for (size_t f = 0; f < 2; f++) {
        char path[512];
        snprintf(path, sizeof path, "%s/assets/strings/%s", MELDSIM_SOURCE_ROOT, files[f]);
        size_t len;
        char *json = support_read_file(path, &len);
        if (!json)
            continue; /* ui.json comes with the window */
        MsError err;
        if (strings_add_json(st, json, len, files[f], &err) != MS_OK)
            fail_msg("%s: %s", files[f], err.message);
        free(json);
        loaded++;
    }
    assert_true(loaded >= 1);
    assert_true(strings_count(st) > 30);
    for (size_t i = 0; i < strings_count(st); i++) {
        const MsText *t = strings_text(st, strings_key(st, i));
        if (!ms_text_has(t, MS_LANG_NL) || !ms_text_has(t, MS_LANG_EN))
            fail_msg("string '%s' lacks Dutch or English", strings_key(st, i));
    }
    assert_string_equal(strings_get(st, "text.step", MS_LANG_EN), "Step");
    assert_string_equal(strings_get(st, "no.such.key", MS_LANG_NL), "no.such.key");
    strings_free(st);
}

static void strings_reject_duplicates_and_bad_entries(void **state)
{
    (void)state;
    Strings *st = strings_create();
    MsError err;
    const char *a = "{\"k\": {\"nl\": \"x\", \"en\": \"y\"}}";
    assert_int_equal(strings_add_json(st, a, strlen(a), "a.json", &err), MS_OK);
    assert_int_equal(strings_add_json(st, a, strlen(a), "b.json", &err), MS_ERR_INTERNAL);
    assert_non_null(strstr(err.message, "'k' is defined twice"));
    const char *b = "{\"m\": {\"en\": \"only English\"}}";
    assert_int_equal(strings_add_json(st, b, strlen(b), "c.json", &err), MS_ERR_INTERNAL);
    assert_non_null(strstr(err.message, "Dutch"));
    strings_free(st);
}

static void fill_replaces_placeholders(void **state)
{
    (void)state;
    char out[64];
    strings_fill("Stap {1} van 5: {2}", "3", "Gesprek", NULL, out, sizeof out);
    assert_string_equal(out, "Stap 3 van 5: Gesprek");
    strings_fill("{1}{1}{3}", "ab", NULL, NULL, out, 4);
    assert_string_equal(out, "aba");
}

static void meldcode_data_is_complete(void **state)
{
    (void)state;
    Meldcode *mc = support_meldcode();
    assert_non_null(mc);
    static const char *const steps[] = {"signalen", "consultatie", "gesprek", "wegen", "beslissen"};
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        assert_string_equal(meldcode_step(mc, (MsStep)i)->id, steps[i]);
        assert_true(ms_text_has(&meldcode_step(mc, (MsStep)i)->name, MS_LANG_EN));
        assert_int_equal(meldcode_step_find(steps[i]), i);
    }
    static const char *const core[] = {"school",       "zorgteam", "buurtteam",
                                       "veilig_thuis", "save",     "raad"};
    for (size_t i = 0; i < 6; i++) {
        int a = meldcode_actor_find(mc, core[i]);
        assert_true(a >= 0);
        assert_true(meldcode_actor(mc, (size_t)a)->core);
    }
    assert_false(meldcode_actor(mc, (size_t)meldcode_actor_find(mc, "politie"))->core);
    int o = meldcode_outcome_find(mc, "melden_structureel");
    assert_true(meldcode_outcome(mc, (size_t)o)->report);
    assert_int_equal(meldcode_outcome(mc, (size_t)o)->point, 2);
    assert_false(meldcode_outcome(mc, (size_t)meldcode_outcome_find(mc, "hulp_afsluiten"))->report);
    int m = meldcode_mistake_find(mc, "geheim_beloven");
    assert_true(meldcode_mistake(mc, (size_t)m)->critical);
    assert_false(
        meldcode_mistake(mc, (size_t)meldcode_mistake_find(mc, "interpreteren"))->critical);
    meldcode_free(mc);
}

static void meldcode_rejects_broken_data(void **state)
{
    (void)state;
    Meldcode *mc = NULL;
    MsError err;
    const char *j = "{\"steps\": []}";
    assert_int_equal(meldcode_parse(j, strlen(j), "m.json", &mc, &err), MS_ERR_INTERNAL);
    assert_null(mc);
    assert_non_null(strstr(err.message, "five steps"));
    assert_int_equal(meldcode_parse("{", 1, "m.json", &mc, &err), MS_ERR_INTERNAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_accepts_dutch_and_rejects_bad_bytes),
        cmocka_unit_test(markup_strips_and_validates),
        cmocka_unit_test(markup_walk_gives_styles),
        cmocka_unit_test(string_tables_complete_in_both_languages),
        cmocka_unit_test(strings_reject_duplicates_and_bad_entries),
        cmocka_unit_test(fill_replaces_placeholders),
        cmocka_unit_test(meldcode_data_is_complete),
        cmocka_unit_test(meldcode_rejects_broken_data),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
