/*
 * test_loader.c: scenario.lua to model: what loads, and every refusal with
 * the place it names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "test_support.h"

static Meldcode *mc;

static int setup(void **state)
{
    (void)state;
    mc = support_meldcode();
    return mc ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    meldcode_free(mc);
    return 0;
}

/* Two decisions and a narration scene, used by most tests. */
#define VALID_BODY                                                                                 \
    " characters = { mentor = { name = 'Anna', role = { nl = 'mentor', en = 'mentor' } } },\n"     \
    " variables = { beloofd = false, n = 0 },\n"                                                   \
    " scenes = {\n"                                                                                \
    "  { id = 'a', step = 'signalen', speaker = 'mentor', text = 'Zie *dit*.', choices = {\n"      \
    "    { text = 'goed', next = 'b', points = 2, feedback = 'ja', actors = { 'school' } },\n"     \
    "    { text = 'fout', next = 'b', points = -1, feedback = 'nee', set = { beloofd = true },\n"  \
    "      add = { n = 2 }, critical = { id = 'geheim_beloven' } } } },\n"                         \
    "  { id = 'b', step = 'gesprek', text = 'B', next = 'c' },\n"                                  \
    "  { id = 'c', step = 'beslissen', text = 'C', choices = {\n"                                  \
    "    { text = 'x', next = 'einde', points = 3, feedback = 'f', actors = { 'veilig_thuis' } "   \
    "},\n"                                                                                         \
    "    { text = 'y', next = 'einde', points = 0, feedback = 'g', condition = { n = { min = 1 } " \
    "} } } },\n"                                                                                   \
    " },\n"                                                                                        \
    " endings = { { id = 'einde', title = 'E', text = 'E', outcome = 'melden_structureel',\n"      \
    "   route = { 'school', 'veilig_thuis' }, debrief = 'D' } },\n"                                \
    "}\n"

static void loads_valid_scenario(void **state)
{
    (void)state;
    Scenario *sc;
    MsError err;
    assert_int_equal(support_load(mc, TEST_HEAD VALID_BODY, &sc, &err), MS_OK);
    assert_string_equal(sc->id, "t");
    assert_int_equal(sc->scene_count, 3);
    assert_int_equal(sc->ending_count, 1);
    assert_int_equal(sc->start, 0);
    assert_true(sc->pass_mark > 0.69 && sc->pass_mark < 0.71);
    const ScenarioScene *a = &sc->scenes[0];
    assert_int_equal(a->step, MS_STEP_SIGNALEN);
    assert_int_equal(a->speaker, 0);
    assert_string_equal(a->text.s[MS_LANG_NL], "Zie *dit*.");
    assert_int_equal(a->choice_count, 2);
    assert_int_equal(a->choices[1].points, -1);
    assert_string_equal(a->choices[1].critical.id, "geheim_beloven");
    assert_true(a->choices[1].critical.type >= 0);
    assert_false(ms_text_empty(&a->choices[1].critical.explanation)); /* from the Meldcode data */
    assert_int_equal(a->choices[1].effect_count, 2);
    assert_true(sc->scenes[1].has_next);
    assert_int_equal(sc->scenes[1].next.kind, SCENARIO_TARGET_SCENE);
    assert_int_equal(sc->scenes[2].choices[0].next.kind, SCENARIO_TARGET_ENDING);
    assert_int_equal(sc->endings[0].route_count, 2);
    /* a plain-string name is the same in every language */
    assert_string_equal(sc->characters[0].name.s[MS_LANG_EN], "Anna");
    scenario_free(sc);
}

/* Loads src and expects status with a message containing want. */
static void expect_error(const char *src, MsStatus status, const char *want, int line)
{
    Scenario *sc = NULL;
    MsError err;
    MsStatus st = support_load(mc, src, &sc, &err);
    if (st != status || !strstr(err.message, want) || (line && err.line != line))
        fail_msg("expected status %d with '%s' (line %d), got %d: %s (line %d)", status, want, line,
                 st, err.message, err.line);
    assert_null(sc);
    assert_string_equal(err.file, TEST_CHUNK);
}

static void missing_target_names_scene_and_choice(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = {\n"
                           "  { id = 'a', step = 'signalen', text = 'A', choices = {\n"
                           "    { text = 'x', next = 'b', points = 1, feedback = 'f' },\n"
                           "    { text = 'y', next = 'ouders2', points = 0, feedback = 'f' } } },\n"
                           "  { id = 'b', step = 'gesprek', text = 'B', next = 'e' } },\n"
                           " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                           "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID,
                 "scenario 't', scene 'a', choice 2: next scene 'ouders2' does not exist", 0);
}

static void lua_syntax_error_has_line(void **state)
{
    (void)state;
    expect_error("return {\n id = 't',\n title = = 'x'\n}", MS_ERR_INVALID, "unexpected symbol", 3);
}

static void lua_runtime_error_has_line(void **state)
{
    (void)state;
    expect_error("local x = 1\nlocal y = 2\nerror('kapot')\nreturn {}", MS_ERR_INVALID, "kapot", 3);
}

static void must_return_table(void **state)
{
    (void)state;
    expect_error("return 42", MS_ERR_INVALID, "must return a table (it returned number)", 0);
    expect_error("local x = 1", MS_ERR_INVALID, "must return a table (it returned nil)", 0);
}

static void unknown_field_is_error(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = {\n"
                           "  { id = 'a', step = 'signalen', text = 'A', choices = {\n"
                           "    { text = 'x', next = 'e', points = 1, feeback = 'f' } } } },\n"
                           " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                           "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID, "scene 'a', choice 1: unknown field 'feeback' in a choice", 0);
}

static void invalid_utf8_is_error(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = { { id = 'a', step = 'signalen', text = 'caf\\xe9', next = "
                           "'e' } },\n endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                           "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID, "scene 'a': text (nl) is not valid UTF-8 (byte 4)", 0);
}

static void unclosed_markup_is_error(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = { { id = 'a', step = 'signalen', text = 'een *open tekst', "
                           "next = 'e' } },\n endings = { { id = 'e', title = 'E', text = 'E', "
                           "outcome = 'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID, "never closed", 0);
}

static void unknown_ids_are_errors(void **state)
{
    (void)state;
    const char *tail = " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                       "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }";
    char src[2048];
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'stap9', text = 'A', next = 'e' } },\n%s", TEST_HEAD,
             tail);
    expect_error(src, MS_ERR_INVALID, "step 'stap9' is not a Meldcode step", 0);
    snprintf(
        src, sizeof src,
        "%s scenes = { { id = 'a', step = 'wegen', text = 'A', choices = { { text = 'x', "
        "next = 'e', points = 1, feedback = 'f', actors = { 'politie', 'jeugdzorg' } } } } },\n%s",
        TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "actors 2: 'jeugdzorg' is not a Meldcode actor", 0);
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'wegen', text = 'A', speaker = 'niemand', next = "
             "'e' } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "speaker 'niemand' is not one of the characters", 0);
    expect_error(TEST_HEAD " scenes = { { id = 'a', step = 'wegen', text = 'A', next = 'e' } },\n"
                           " endings = { { id = 'e', title = 'E', text = 'E', outcome = 'zomaar', "
                           "route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID, "outcome 'zomaar' is not an afwegingskader outcome", 0);
}

static void duplicate_id_is_error(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = { { id = 'a', step = 'wegen', text = 'A', next = 'a2' },\n"
                           "  { id = 'a2', step = 'wegen', text = 'A', next = 'e' },\n"
                           "  { id = 'e', step = 'wegen', text = 'A', next = 'e' } },\n"
                           " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                           "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID, "the id 'e' is used twice", 0);
}

static void scene_without_way_on_is_error(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = { { id = 'a', step = 'wegen', text = 'A' } },\n"
                           " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                           "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }",
                 MS_ERR_INVALID, "scene 'a': the scene has neither `choices` nor `next`", 0);
}

static void wrong_types_are_errors(void **state)
{
    (void)state;
    const char *tail = " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                       "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }";
    char src[2048];
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'wegen', text = 'A', choices = { { text = 'x', "
             "next = 'e', points = 1.5, feedback = 'f' } } } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "field 'points' must be an integer (got a fraction)", 0);
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'wegen', text = function() end, next = 'e' } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "field 'text' must be a text", 0);
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'wegen', text = { nl = 'x', de = 'y' }, next = "
             "'e' } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "languages are \"nl\" and \"en\"", 0);
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'wegen', text = 'A', choices = { { text = 'x', "
             "next = 'e', points = 500, feedback = 'f' } } } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "field 'points' must be between -100 and 100", 0);
}

static void variables_are_typed(void **state)
{
    (void)state;
    const char *tail = " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                       "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }";
    char src[2048];
    snprintf(src, sizeof src,
             "%s variables = { v = false },\n scenes = { { id = 'a', step = 'wegen', text = 'A', "
             "choices = { { text = 'x', next = 'e', points = 1, feedback = 'f', set = { w = true "
             "} } } } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "set: 'w' is not declared in `variables`", 0);
    snprintf(src, sizeof src,
             "%s variables = { v = false },\n scenes = { { id = 'a', step = 'wegen', text = 'A', "
             "choices = { { text = 'x', next = 'e', points = 1, feedback = 'f', add = { v = 1 } "
             "} } } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "'v' is a boolean variable", 0);
}

static void critical_needs_known_type_or_explanation(void **state)
{
    (void)state;
    const char *tail = " endings = { { id = 'e', title = 'E', text = 'E', outcome = "
                       "'geen_vermoeden', route = { 'school' }, debrief = 'D' } } }";
    char src[2048];
    snprintf(
        src, sizeof src,
        "%s scenes = { { id = 'a', step = 'wegen', text = 'A', choices = { { text = 'x', "
        "next = 'e', points = 1, feedback = 'f', critical = { id = 'eigen_fout' } } } } },\n%s",
        TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "critical mistake 'eigen_fout' is the case's own", 0);
    snprintf(
        src, sizeof src,
        "%s scenes = { { id = 'a', step = 'wegen', text = 'A', choices = { { text = 'x', "
        "next = 'e', points = 1, feedback = 'f', critical = { id = 'interpreteren' } } } } },\n%s",
        TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "'interpreteren' is not a critical mistake", 0);
    snprintf(src, sizeof src,
             "%s scenes = { { id = 'a', step = 'wegen', text = 'A', choices = { { text = 'x', "
             "next = 'e', points = 1, feedback = 'f', mistake = 'verhoren' } } } },\n%s",
             TEST_HEAD, tail);
    expect_error(src, MS_ERR_INVALID, "'verhoren' is a critical mistake", 0);
}

static void missing_required_fields(void **state)
{
    (void)state;
    expect_error("return { format = 1, id = 't' }", MS_ERR_INVALID, "scenario 't': field", 0);
    expect_error("return { format = 1, id = 'T!' }", MS_ERR_INVALID, "field 'id' must be", 0);
    expect_error("return { format = 2, id = 't' }", MS_ERR_INVALID,
                 "field 'format' must be between 1 and 1", 0);
}

/* A scene with one text of the caller's: the scene's `text` field. */
#define ONE_SCENE(text)                                                                            \
    " scenes = { { id = 'a', step = 'wegen', text = " text ", next = 'e' } },\n"                   \
    " endings = { { id = 'e', title = 'E', text = 'E', outcome = 'geen_vermoeden',\n"              \
    "   route = { 'school' }, debrief = 'D' } } }\n"

/* A required text that is absent, "" or {} gets a message saying which the author wrote. */
static void empty_and_missing_text_are_told_apart(void **state)
{
    (void)state;
    expect_error(TEST_HEAD " scenes = { { id = 'a', step = 'wegen', next = 'e' } },\n"
                           " endings = { { id = 'e', title = 'E', text = 'E', outcome = 'geen_vermoeden',\n"
                           "   route = { 'school' }, debrief = 'D' } } }\n",
                 MS_ERR_INVALID, "scene 'a': field 'text' is missing", 0);
    expect_error(TEST_HEAD ONE_SCENE("''"), MS_ERR_INVALID, "scene 'a': field 'text' is an empty string", 0);
    expect_error(TEST_HEAD ONE_SCENE("{ nl = '', en = '' }"), MS_ERR_INVALID,
                 "scene 'a': field 'text' is an empty string", 0);
    expect_error(TEST_HEAD ONE_SCENE("{}"), MS_ERR_INVALID, "scene 'a': field 'text' is an empty table", 0);
}

/* An optional language left out and one written as "" load alike, but the text remembers which,
 * so `check` can say "is an empty string in en" rather than "has no en text". */
static void blank_language_is_remembered(void **state)
{
    (void)state;
    Scenario *sc;
    MsError err;
    char gap[128];
    assert_int_equal(support_load(mc, TEST_HEAD ONE_SCENE("{ nl = 'Tekst', en = '' }"), &sc, &err), MS_OK);
    const MsText *t = &sc->scenes[0].text;
    assert_null(t->s[MS_LANG_EN]);
    assert_true(t->blank[MS_LANG_EN]);
    assert_false(t->blank[MS_LANG_NL]);
    assert_false(ms_text_has(t, MS_LANG_EN));
    assert_string_equal(ms_text_gap(t, MS_LANG_EN, "text", gap, sizeof gap), "text is an empty string in en");
    scenario_free(sc);
    assert_int_equal(support_load(mc, TEST_HEAD ONE_SCENE("{ nl = 'Tekst' }"), &sc, &err), MS_OK);
    t = &sc->scenes[0].text;
    assert_false(t->blank[MS_LANG_EN]);
    assert_string_equal(ms_text_gap(t, MS_LANG_EN, "text", gap, sizeof gap), "text has no en text");
    scenario_free(sc);
}

static void oversized_file_refused(void **state)
{
    (void)state;
    Scenario *sc = NULL;
    MsError err;
    size_t n = SCENARIO_FILE_MAX + 1;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, ' ', n);
    assert_int_equal(scenario_load_buffer(big, n, TEST_CHUNK, mc, &sc, &err), MS_ERR_REFUSED);
    assert_non_null(strstr(err.message, "larger than"));
    free(big);
}

static void scenario_lookup_by_id(void **state)
{
    (void)state;
    Scenario *sc;
    MsError err;
    assert_int_equal(support_load(mc, TEST_HEAD VALID_BODY, &sc, &err), MS_OK);
    assert_int_equal(scenario_scene_find(sc, "c"), 2);
    assert_int_equal(scenario_scene_find(sc, "zz"), -1);
    assert_int_equal(scenario_ending_find(sc, "einde"), 0);
    scenario_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_valid_scenario),
        cmocka_unit_test(missing_target_names_scene_and_choice),
        cmocka_unit_test(lua_syntax_error_has_line),
        cmocka_unit_test(lua_runtime_error_has_line),
        cmocka_unit_test(must_return_table),
        cmocka_unit_test(unknown_field_is_error),
        cmocka_unit_test(invalid_utf8_is_error),
        cmocka_unit_test(unclosed_markup_is_error),
        cmocka_unit_test(unknown_ids_are_errors),
        cmocka_unit_test(duplicate_id_is_error),
        cmocka_unit_test(scene_without_way_on_is_error),
        cmocka_unit_test(wrong_types_are_errors),
        cmocka_unit_test(variables_are_typed),
        cmocka_unit_test(critical_needs_known_type_or_explanation),
        cmocka_unit_test(missing_required_fields),
        cmocka_unit_test(empty_and_missing_text_are_told_apart),
        cmocka_unit_test(blank_language_is_remembered),
        cmocka_unit_test(oversized_file_refused),
        cmocka_unit_test(scenario_lookup_by_id),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
