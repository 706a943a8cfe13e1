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
    assert_true(r.analysed);
    assert_int_equal(r.paths.small, 32); /* 2^5 */
    assert_int_equal(r.ending_paths[0].small, 32);
    assert_true(r.min_scaled == 0.0);
    assert_true(r.max_scaled == 1.0);
    assert_int_equal(r.paths_passed.small, 6); /* 5/5 and the five 4/5 paths reach 0.7 */
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
    assert_true(has_issue(&r, CHECK_ERROR, "a learner can go round for ever: c > c"));
    assert_false(r.analysed);
    check_report_free(&r);
    run_check(
        build(
            "{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
            "  { text = 'x', next = 'd', points = 2, feedback = 'f', condition = { v = true } },\n"
            "  { text = 'y', next = 'd', points = 0, feedback = 'f', condition = { v = true } } } "
            "}",
            " variables = { v = false },", GOOD_ROUTE),
        &r);
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'c': on some path no option is available (check the conditions): the learner is stuck: a (1) > b (1) > c"));
    check_report_free(&r);
}

/* A loop is allowed where a variable changes on the way round: the state graph stays acyclic. */
static void loop_through_variables_is_fine(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 2, feedback = 'f' },\n"
                    "  { text = 'y', next = 'c', points = 0, feedback = 'f', condition = { v = false },\n"
                    "    set = { v = true } } } }",
                    " variables = { v = false },", GOOD_ROUTE),
              &r);
    assert_int_equal(r.errors, 0);
    assert_true(r.analysed);
    assert_int_equal(r.paths.small, 32); /* round c once at most: x, or y then x (no decision) */
    check_report_free(&r);
}

static void unreachable_ending_and_option(void **state)
{
    (void)state;
    CheckReport r;
    /* option y of c needs v, which nothing sets: never offered, and its ending never reached */
    const char *src =
        TEST_HEAD " variables = { v = false },\n scenes = {\n"
        "  { id = 'a', step = 'signalen', text = 'A', choices = {\n"
        "    { text = 'x', next = 'eind', points = 2, feedback = 'f', actors = { 'zorgteam' } },\n"
        "    { text = 'y', next = 'eind', points = 0, feedback = 'f' },\n"
        "    { text = 'z', next = 'los', points = 0, feedback = 'f', condition = { v = true } } } },\n"
        " },\n endings = {\n"
        "  { id = 'eind', title = 'E', text = 'E', outcome = 'melden_structureel',\n"
        "    route = { 'school', 'zorgteam' }, debrief = 'D' },\n"
        "  { id = 'los', title = 'L', text = 'L', outcome = 'melden_structureel',\n"
        "    route = { 'school' }, debrief = 'D' } },\n"
        " not_applicable = { consultatie = 'n', gesprek = 'n', wegen = 'n', beslissen = 'n' },\n}\n";
    run_check(src, &r);
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'a', choice 3 is never offered"));
    assert_true(has_issue(&r, CHECK_ERROR, "ending 'los' cannot be reached"));
    assert_int_equal(r.errors, 2);
    assert_int_equal(r.paths.small, 2);
    check_report_free(&r);
}

static void best_route_off_the_correct_route_has_counterexample(void **state)
{
    (void)state;
    CheckReport r;
    /* both options of c score 2: one best path takes the buurtteam instead of veilig_thuis */
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 2, feedback = 'f' },\n"
                    "  { text = 'y', next = 'd', points = 2, feedback = 'f', actors = { 'buurtteam' } },\n"
                    "  { text = 'z', next = 'd', points = 0, feedback = 'f' } } }",
                    "", GOOD_ROUTE),
              &r);
    assert_true(has_issue(&r, CHECK_ERROR,
                          "a best-scoring path ends at 'eind' with route school > zorgteam > "
                          "buurtteam > veilig_thuis, but that ending's correct route is school > "
                          "zorgteam > veilig_thuis: a (1) > b (1) > c (2) > d (1) > e (1) > ending "
                          "'eind' (meldsim run --choices 1,1,2,1,1)"));
    check_report_free(&r);
}

static void passing_path_that_skips_the_talk(void **state)
{
    (void)state;
    CheckReport r;
    /* b offers a shortcut past the talk with the parents (c) that still scores enough */
    const char *src =
        TEST_HEAD " scenes = {\n"
        "  { id = 'a', step = 'signalen', text = 'A', choices = {\n"
        "    { text = 'x', next = 'b', points = 3, feedback = 'f' },\n"
        "    { text = 'y', next = 'b', points = 0, feedback = 'f' } } },\n"
        "  { id = 'b', step = 'consultatie', text = 'B', choices = {\n"
        "    { text = 'x', next = 'c', points = 3, feedback = 'f', actors = { 'zorgteam' } },\n"
        "    { text = 'y', next = 'd', points = 2, feedback = 'f', actors = { 'zorgteam' } } } },\n"
        "  { id = 'c', step = 'gesprek', text = 'C', choices = {\n"
        "    { text = 'x', next = 'd', points = 3, feedback = 'f' },\n"
        "    { text = 'y', next = 'd', points = 0, feedback = 'f' } } },\n"
        "  { id = 'd', step = 'wegen', text = 'D', choices = {\n"
        "    { text = 'x', next = 'e', points = 3, feedback = 'f' },\n"
        "    { text = 'y', next = 'e', points = 0, feedback = 'f' } } },\n"
        "  { id = 'e', step = 'beslissen', text = 'E', choices = {\n"
        "    { text = 'x', next = 'eind', points = 3, feedback = 'f', actors = { 'veilig_thuis' } },\n"
        "    { text = 'y', next = 'eind', points = 0, feedback = 'f' } } },\n"
        " },\n endings = { { id = 'eind', title = 'E', text = 'E', outcome = 'melden_structureel',\n"
        "   route = { " GOOD_ROUTE " }, debrief = 'D' } },\n}\n";
    run_check(src, &r);
    assert_int_equal(r.errors, 1);
    assert_true(has_issue(&r, CHECK_ERROR,
                          "a path that passes skips step 'gesprek' (it meets none of its "
                          "decisions, and no option on it says `skips = { \"gesprek\" }`): a (1) > "
                          "b (2) > d (1) > e (1) > ending 'eind' (meldsim run --choices 1,2,1,1)"));
    check_report_free(&r);
    /* declared, with its reason in the feedback: the shortcut is allowed */
    static char declared[8192];
    const char *at = strstr(src, "next = 'd', points = 2, feedback");
    assert_non_null(at);
    snprintf(declared, sizeof declared, "%.*sskips = { 'gesprek' }, %s", (int)(at - src), src, at);
    run_check(declared, &r);
    if (r.errors)
        fail_msg("%s", r.issues[0].message);
    check_report_free(&r);
}

static void critical_mistake_the_learner_cannot_avoid(void **state)
{
    (void)state;
    CheckReport r;
    /* on the path where v is set, c offers only the critical option */
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 2, feedback = 'f', condition = { v = false } },\n"
                    "  { text = 'y', next = 'd', points = 0, feedback = 'f',\n"
                    "    critical = { id = 'verhoren' } } } }",
                    " variables = { v = false },", GOOD_ROUTE),
              &r);
    assert_int_equal(r.errors, 0); /* v is never set: x is always there too */
    check_report_free(&r);
    run_check(build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                    "  { text = 'x', next = 'd', points = 2, feedback = 'f', condition = { v = true } },\n"
                    "  { text = 'y', next = 'd', points = 0, feedback = 'f',\n"
                    "    critical = { id = 'verhoren' } } } }",
                    " variables = { v = false },", GOOD_ROUTE),
              &r);
    assert_true(has_issue(&r, CHECK_ERROR,
                          "scene 'c': on some path the critical mistake 'verhoren' is the only "
                          "option offered, so the learner cannot avoid it: a (1) > b (1) > c"));
    /* and no path with a critical mistake passes: here every path makes it */
    assert_true(path_count_is_zero(&r.paths_passed));
    assert_int_equal(r.paths.small, 16); /* c is no decision: 2^4 */
    check_report_free(&r);
}

/* 80 decisions of two options each: 2^80 paths, counted exactly past 64 bits. */
static void path_count_beyond_64_bits(void **state)
{
    (void)state;
    static char src[65536];
    const char *steps[] = {"signalen", "consultatie", "gesprek", "wegen", "beslissen"};
    size_t len = (size_t)snprintf(src, sizeof src, TEST_HEAD " scenes = {\n");
    for (int i = 1; i <= 80; i++) {
        char id[16], next[16];
        snprintf(id, sizeof id, i == 1 ? "a" : "s%d", i);
        snprintf(next, sizeof next, i < 80 ? "s%d" : "eind", i + 1);
        len += (size_t)snprintf(src + len, sizeof src - len,
                                "  { id = '%s', step = '%s', text = 'T', choices = {\n"
                                "    { text = 'x', next = '%s', points = 1, feedback = 'f' },\n"
                                "    { text = 'y', next = '%s', points = 0, feedback = 'f' } } },\n",
                                id, steps[i % 5], next, next);
    }
    snprintf(src + len, sizeof src - len,
             " },\n endings = { { id = 'eind', title = 'E', text = 'E', outcome = "
             "'melden_structureel',\n   route = { 'school' }, debrief = 'D' } },\n}\n");
    CheckReport r;
    run_check(src, &r);
    assert_int_equal(r.errors, 0);
    char *paths = path_count_string(&r.paths), *passed = path_count_string(&r.paths_passed);
    assert_string_equal(paths, "1208925819614629174706176"); /* 2^80 */
    /* passing: at least 56 of the 80 (70%): the sum of C(80, k) for k = 56..80 */
    assert_string_equal(passed, "272925444009886952572");
    assert_int_equal(r.states, 80);
    assert_true(r.min_scaled == 0.0 && r.max_scaled == 1.0);
    free(paths);
    free(passed);
    check_report_free(&r);

    /* With a small time guard the pass count is given up, with a warning, and nothing else. */
    Scenario *sc = NULL;
    MsError err;
    assert_int_equal(support_load(mc, src, &sc, &err), MS_OK);
    CheckOptions opt = {.pass_work = 1, .pass_work_per_state = 1};
    assert_int_equal(check_scenario(sc, &opt, &r), MS_OK);
    assert_false(r.passed_counted);
    assert_true(has_issue(&r, CHECK_WARNING, "the passing paths are not counted"));
    assert_int_equal(r.errors, 0);
    assert_true(r.analysed);
    paths = path_count_string(&r.paths);
    assert_string_equal(paths, "1208925819614629174706176");
    free(paths);
    check_report_free(&r);
    scenario_free(sc);
}

/* A counter that grows on every round has no end: refused by the state guard, never a hang. */
static void endless_counter_is_refused(void **state)
{
    (void)state;
    Scenario *sc = NULL;
    MsError err;
    const char *src = build("{ id = 'c', step = 'gesprek', text = 'C', choices = {\n"
                            "  { text = 'x', next = 'd', points = 2, feedback = 'f' },\n"
                            "  { text = 'y', next = 'c', points = 0, feedback = 'f', add = { n = 1 } } } }",
                            " variables = { n = 0 },", GOOD_ROUTE);
    assert_int_equal(support_load(mc, src, &sc, &err), MS_OK);
    CheckOptions opt = {.max_states = 1000};
    CheckReport r;
    assert_int_equal(check_scenario(sc, &opt, &r), MS_OK);
    assert_true(has_issue(&r, CHECK_ERROR, "the case has more than 1000 reachable states"));
    assert_true(has_issue(&r, CHECK_ERROR, "(around scene 'c'?)"));
    assert_false(r.analysed);
    check_report_free(&r);
    scenario_free(sc);
}

static void missing_translation_reported(void **state)
{
    (void)state;
    CheckReport r;
    run_check(build(GOOD_C, " languages = { 'nl', 'en' },", GOOD_ROUTE), &r);
    assert_true(has_issue(&r, CHECK_ERROR, "the case: title has no en text"));
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'a', choice 1: feedback has no en text"));
    check_report_free(&r);
    /* an English text written as "" is told apart from one not written at all */
    run_check(build(GOOD_C, " languages = { 'nl', 'en' },", GOOD_ROUTE), &r);
    check_report_free(&r);
    static char blank[8192];
    const char *src = build(GOOD_C, " languages = { 'nl', 'en' },", GOOD_ROUTE);
    const char *at = strstr(src, "feedback = 'f', actors = { 'school' }");
    assert_non_null(at);
    snprintf(blank, sizeof blank, "%.*sfeedback = { nl = 'f', en = '' }%s", (int)(at - src), src,
             at + strlen("feedback = 'f'"));
    run_check(blank, &r);
    assert_true(has_issue(&r, CHECK_ERROR, "scene 'a', choice 1: feedback is an empty string in en"));
    assert_false(has_issue(&r, CHECK_ERROR, "scene 'a', choice 1: feedback has no en text"));
    check_report_free(&r);
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
        cmocka_unit_test(loop_through_variables_is_fine),
        cmocka_unit_test(unreachable_ending_and_option),
        cmocka_unit_test(best_route_off_the_correct_route_has_counterexample),
        cmocka_unit_test(passing_path_that_skips_the_talk),
        cmocka_unit_test(critical_mistake_the_learner_cannot_avoid),
        cmocka_unit_test(path_count_beyond_64_bits),
        cmocka_unit_test(endless_counter_is_refused),
        cmocka_unit_test(missing_translation_reported),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
