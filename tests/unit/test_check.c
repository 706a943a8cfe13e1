/*
 * test_check.c: `meldsim check` content rules on small scenarios: each rule
 * fires on a scenario that breaks it, and a clean scenario has no issue.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "check.h"
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

/* One decision per step, each 2 / 0, straight to an ending. `extra` goes into the table. */
static char *build(const char *decision_c, const char *extra, const char *route)
{
    static char buf[8192];
    snprintf(
        buf, sizeof buf,
        TEST_HEAD
        "%s\n scenes = {\n"
        "  { id = 'a', step = 'signalen', text = 'A', choices = {\n"
        "    { text = 'x', next = 'b', points = 2, feedback = 'f', actors = { 'school' } },\n"
        "    { text = 'y', next = 'b', points = 0, feedback = 'f' } } },\n"
        "  { id = 'b', step = 'consultatie', text = 'B', choices = {\n"
        "    { text = 'x', next = 'c', points = 2, feedback = 'f', actors = { 'zorgteam' } },\n"
        "    { text = 'y', next = 'c', points = 0, feedback = 'f' } } },\n"
        "  %s,\n"
        "  { id = 'd', step = 'wegen', text = 'D', choices = {\n"
        "    { text = 'x', next = 'e', points = 2, feedback = 'f' },\n"
        "    { text = 'y', next = 'e', points = 0, feedback = 'f' } } },\n"
        "  { id = 'e', step = 'beslissen', text = 'E', choices = {\n"
        "    { text = 'x', next = 'eind', points = 2, feedback = 'f', actors = { 'veilig_thuis' } "
        "},\n"
        "    { text = 'y', next = 'eind', points = 0, feedback = 'f' } } },\n"
        " },\n"
        " endings = { { id = 'eind', title = 'E', text = 'E', outcome = 'melden_structureel',\n"
        "   route = { %s }, debrief = 'D' } },\n}\n",
        extra, decision_c, route);
    return buf;
}

#define GOOD_C                                                                                     \
    "{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"                                      \
    "    { text = 'x', next = 'd', points = 2, feedback = 'f' },\n"                                \
    "    { text = 'y', next = 'd', points = 0, feedback = 'f' } } }"
#define GOOD_ROUTE "'school', 'zorgteam', 'veilig_thuis'"

static void run_check(const char *src, CheckReport *r)
{
    Scenario *sc = NULL;
    MsError err;
    if (support_load(mc, src, &sc, &err) != MS_OK)
        fail_msg("load failed: %s", err.message);
    assert_int_equal(check_scenario(sc, NULL, r), MS_OK);
    /* the report keeps no pointer into the scenario but the best-path criticals */
    scenario_free(sc);
}

static bool has_issue(const CheckReport *r, CheckSeverity sev, const char *text)
{
    for (size_t i = 0; i < r->issue_count; i++)
        if (r->issues[i].severity == sev && strstr(r->issues[i].message, text))
            return true;
    return false;
}

static void clean_scenario_counts_paths(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build(GOOD_C, "", GOOD_ROUTE), &r);
    assert_int_equal(r.errors, 0);
    assert_int_equal(r.decisions, 5);
    assert_int_equal(r.paths, 32); /* 2^5 */
    assert_false(r.cut);
    assert_int_equal(r.ending_paths[0], 32);
    assert_true(r.min_scaled == 0.0);
    assert_true(r.max_scaled == 1.0);
    assert_int_equal(r.paths_passed, 6); /* 5/5 and the five 4/5 paths reach 0.7 */
    assert_int_equal(r.longest, 5);
    assert_true(r.best_completed);
    check_report_free(&r);
}

static void same_scores_missing_feedback_unreachable(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 1, feedback = 'f' },\n"
                    "  { text = 'y', next = 'd', points = 1 } } },\n"
                    "  { id = 'los', step = 'wegen', text = 'L', next = 'eind' }",
                    "", GOOD_ROUTE),
              &r);
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'c': all 2 options score 1 points"));
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'c', choice 2: no feedback"));
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'los' cannot be reached"));
    /* gesprek has a decision, but none that scores apart: still "scored" as a step */
    assert_int_equal(r.errors, 3);
    check_report_free(&r);
}

static void step_never_scored_unless_not_applicable(void **state)
{
    (void)state;
    CheckReport r;
    const char *narration = "{ id = 'c', step = 'gesprek', text = 'C', next = 'd' }";
    run_check(build(narration, "", GOOD_ROUTE), &r);
    assert_true(has_issue(&r, CHECK_ERROR, "step 'gesprek' is never scored"));
    check_report_free(&r);
    run_check(
        build(narration, " not_applicable = { gesprek = 'Geen gesprek: reden.' },", GOOD_ROUTE),
        &r);
    assert_int_equal(r.errors, 0);
    check_report_free(&r);
}

static void best_path_must_end_on_its_route(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build(GOOD_C, "", "'school', 'buurtteam'"), &r);
    assert_true(has_issue(&r, CHECK_ERROR,
                          "ends at 'eind' with route school > zorgteam > veilig_thuis, but that "
                          "ending's correct route is school > buurtteam"));
    check_report_free(&r);
}

static void best_path_with_critical_mistake_is_error(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 3, feedback = 'f',\n"
                    "    critical = { id = 'verhoren' } },\n"
                    "  { text = 'y', next = 'd', points = 0, feedback = 'f' } } }",
                    "", GOOD_ROUTE),
              &r);
    assert_true(has_issue(&r, CHECK_ERROR, "makes the critical mistake 'verhoren'"));
    check_report_free(&r);
}

static void endless_loop_and_stuck_scene(void **state)
{
    (void)state;
    CheckReport r;
    /* c loops back to itself on option y; b->c only. The best path leaves the loop. */
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 2, feedback = 'f' },\n"
                    "  { text = 'y', next = 'c', points = 0, feedback = 'f' } } }",
                    "", GOOD_ROUTE),
              &r);
    assert_true(has_issue(&r, CHECK_ERROR, "runs longer than"));
    check_report_free(&r);
    run_check(
        build(
            "{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
            "  { text = 'x', next = 'd', points = 2, feedback = 'f', condition = { v = true } },\n"
            "  { text = 'y', next = 'd', points = 0, feedback = 'f', condition = { v = true } } } "
            "}",
            " variables = { v = false },", GOOD_ROUTE),
        &r);
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'c': on some path no option is available"));
    check_report_free(&r);
}

static void missing_translation_reported(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build(GOOD_C, " languages = { 'nl', 'en' },", GOOD_ROUTE), &r);
    assert_true(has_issue(&r, CHECK_ERROR, "the case: title has no en text"));
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'a', choice 1: feedback has no en text"));
    check_report_free(&r);
}

static void path_limit_cuts_and_says_so(void **state)
{
    (void)state;
    Scenario *sc = NULL;
    MsError err;
    assert_int_equal(support_load(mc, build(GOOD_C, "", GOOD_ROUTE), &sc, &err), MS_OK);
    CheckOptions opt = {.max_paths = 5, .max_visits = 1000};
    CheckReport r;
    assert_int_equal(check_scenario(sc, &opt, &r), MS_OK);
    assert_true(r.cut);
    assert_int_equal(r.paths, 5);
    assert_string_equal(r.cut_reason, "path limit");
    assert_true(r.max_scaled == 1.0); /* the best strategy widens the range */
    assert_true(r.min_scaled == 0.0);
    check_report_free(&r);
    scenario_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_scenario_counts_paths),
        cmocka_unit_test(same_scores_missing_feedback_unreachable),
        cmocka_unit_test(step_never_scored_unless_not_applicable),
        cmocka_unit_test(best_path_must_end_on_its_route),
        cmocka_unit_test(best_path_with_critical_mistake_is_error),
        cmocka_unit_test(endless_loop_and_stuck_scene),
        cmocka_unit_test(missing_translation_reported),
        cmocka_unit_test(path_limit_cuts_and_says_so),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
