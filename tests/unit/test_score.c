/*
 * test_score.c: session and scoring arithmetic: earned and possible per step,
 * possible from the options actually offered, clamping, the pass mark, critical
 * mistakes, the learner's route, going back, and the strategies.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "debrief.h"
#include "score.h"
#include "session.h"
#include "strategy.h"
#include "test_support.h"

static Meldcode *mc;
static Scenario *sc;

/* a (signalen): 3 / 1 / -2(critical) ; b (narration) ; c (consultatie): 2 / 0, the 0-option
 * sets flag; d (beslissen): 4 offered only when flag is false, 1 always, -1 always. */
static const char *const SOURCE = TEST_HEAD
    " pass_mark = 0.75,\n"
    " variables = { flag = false, count = 0 },\n"
    " scenes = {\n"
    "  { id = 'a', step = 'signalen', text = 'A', choices = {\n"
    "    { text = 'a1', next = 'b', points = 3, feedback = 'f', actors = { 'school' } },\n"
    "    { text = 'a2', next = 'b', points = 1, feedback = 'f', actors = { 'school', 'buurtteam' } "
    "},\n"
    "    { text = 'a3', next = 'b', points = -2, feedback = 'f', add = { count = 1 },\n"
    "      critical = { id = 'alleen_handelen' } } } },\n"
    "  { id = 'b', step = 'consultatie', text = 'B', next = 'c' },\n"
    "  { id = 'c', step = 'consultatie', text = 'C', choices = {\n"
    "    { text = 'c1', next = 'd', points = 2, feedback = 'f', actors = { 'zorgteam', 'school' } "
    "},\n"
    "    { text = 'c2', next = 'd', points = 0, feedback = 'f', set = { flag = true } } } },\n"
    "  { id = 'd', step = 'beslissen', text = 'D', choices = {\n"
    "    { text = 'd1', next = 'goed', points = 4, feedback = 'f', actors = { 'veilig_thuis' },\n"
    "      condition = { flag = false } },\n"
    "    { text = 'd2', next = 'slecht', points = 1, feedback = 'f', actors = { 'buurtteam' } },\n"
    "    { text = 'd3', next = 'slecht', points = -1, feedback = 'f' } } },\n"
    " },\n"
    " endings = {\n"
    "  { id = 'goed', title = 'G', text = 'G', outcome = 'melden_structureel',\n"
    "    route = { 'school', 'zorgteam', 'veilig_thuis' }, debrief = 'D' },\n"
    "  { id = 'slecht', title = 'S', text = 'S', outcome = 'melden_structureel',\n"
    "    route = { 'school', 'zorgteam', 'veilig_thuis' }, debrief = 'D' } },\n"
    "}\n";

static int setup(void **state)
{
    (void)state;
    MsError err;
    mc = support_meldcode();
    if (!mc || support_load(mc, SOURCE, &sc, &err) != MS_OK) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    scenario_free(sc);
    meldcode_free(mc);
    return 0;
}

/* Plays 1-based options; narration scenes take option 1 too. */
static Session *play(const int *options, size_t n)
{
    Session *s = session_create(sc);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(session_choose(s, (size_t)options[i] - 1, NULL), MS_OK);
    return s;
}

static void best_path_scores_full_marks(void **state)
{
    (void)state;
    Session *s = play((int[]){1, 1, 1, 1}, 4);
    ScoreResult r;
    score_session(s, &r);
    assert_true(r.completed);
    assert_int_equal(r.ending, 0);
    assert_int_equal(r.steps[MS_STEP_SIGNALEN].earned, 3);
    assert_int_equal(r.steps[MS_STEP_SIGNALEN].possible, 3);
    assert_int_equal(r.steps[MS_STEP_CONSULTATIE].earned, 2);
    assert_int_equal(r.steps[MS_STEP_CONSULTATIE].decisions, 1); /* narration does not count */
    assert_int_equal(r.steps[MS_STEP_BESLISSEN].possible, 4);
    assert_int_equal(r.earned, 9);
    assert_int_equal(r.possible, 9);
    assert_true(r.scaled == 1.0);
    assert_true(r.passed);
    assert_int_equal(r.critical_count, 0);
    assert_true(score_route_matches(&r, &sc->endings[r.ending]));
    session_free(s);
}

static void possible_counts_only_offered_options(void **state)
{
    (void)state;
    /* c2 sets flag, so d1 (4 points) is not offered: the best offered at d is 1 */
    Session *s = play((int[]){1, 1, 2, 1}, 4);
    ScoreResult r;
    score_session(s, &r);
    assert_int_equal(r.steps[MS_STEP_BESLISSEN].earned, 1);
    assert_int_equal(r.steps[MS_STEP_BESLISSEN].possible, 1);
    assert_int_equal(r.earned, 3 + 0 + 1);
    assert_int_equal(r.possible, 3 + 2 + 1);
    assert_true(r.scaled > 0.666 && r.scaled < 0.667);
    assert_false(r.passed); /* 0.67 is below the pass mark of 0.75 */
    session_free(s);
}

static void critical_mistake_fails_even_with_points(void **state)
{
    (void)state;
    Session *s = play((int[]){3, 1, 1, 1}, 4);
    ScoreResult r;
    score_session(s, &r);
    assert_int_equal(r.earned, -2 + 2 + 4);
    assert_int_equal(r.possible, 9);
    assert_int_equal(r.critical_count, 1);
    assert_string_equal(r.critical[0].critical->id, "alleen_handelen");
    assert_int_equal(r.critical[0].scene, 0);
    assert_false(r.passed);
    assert_int_equal((int)session_vars(s)[0], 1); /* count, sorted first */
    session_free(s);
}

static void scaled_is_clamped_and_pass_mark_inclusive(void **state)
{
    (void)state;
    assert_true(score_scale(-5, 10) == 0.0);
    assert_true(score_scale(12, 10) == 1.0);
    assert_true(score_scale(0, 0) == 1.0);
    assert_true(score_scale(3, 4) == 0.75);
    assert_int_equal(score_percent(16.0 / 23.0), 69); /* 69.6% is shown as 69, not 70 */
    assert_int_equal(score_percent(0.7), 70);
    assert_int_equal(score_percent(0.29), 29);
    assert_int_equal(score_percent(1.0), 100);
    /* a1, c1, d2: 3 + 2 + 1 = 6 of 9 = 0.67 < 0.75; a2 c1 d1: 1 + 2 + 4 = 7 of 9 = 0.78 */
    Session *s = play((int[]){2, 1, 1, 1}, 4);
    ScoreResult r;
    score_session(s, &r);
    assert_int_equal(r.earned, 7);
    assert_true(r.passed);
    session_free(s);
}

static void route_is_first_involvement_order(void **state)
{
    (void)state;
    Session *s = play((int[]){2, 1, 1, 2}, 4);
    ScoreResult r;
    score_session(s, &r);
    /* a2: school, buurtteam; c1: zorgteam, school (again); d2: buurtteam (again) */
    assert_int_equal(r.route_count, 3);
    assert_int_equal(r.route[0], meldcode_actor_find(mc, "school"));
    assert_int_equal(r.route[1], meldcode_actor_find(mc, "buurtteam"));
    assert_int_equal(r.route[2], meldcode_actor_find(mc, "zorgteam"));
    assert_false(score_route_matches(&r, &sc->endings[r.ending]));
    DebriefActor cmp[DEBRIEF_MAX_ACTORS];
    size_t n = debrief_route_compare(&r, &sc->endings[r.ending], cmp);
    assert_int_equal(n, 4); /* school, zorgteam, veilig_thuis (missed), buurtteam (extra) */
    assert_int_equal(cmp[2].actor, meldcode_actor_find(mc, "veilig_thuis"));
    assert_int_equal(cmp[2].learner_pos, -1);
    assert_int_equal(cmp[3].actor, meldcode_actor_find(mc, "buurtteam"));
    assert_int_equal(cmp[3].correct_pos, -1);
    session_free(s);
}

/* Routes as the debrief compares them: the same actors in another order are told apart from a
 * route that misses or adds one, and only the actors out of order are marked. */
static void route_in_another_order(void **state)
{
    (void)state;
    int S = meldcode_actor_find(mc, "school"), Z = meldcode_actor_find(mc, "zorgteam");
    int B = meldcode_actor_find(mc, "buurtteam"), V = meldcode_actor_find(mc, "veilig_thuis");
    int R = meldcode_actor_find(mc, "raad");
    int correct[] = {S, Z, B, V};
    ScenarioEnding e = {.route = correct, .route_count = 4};
    ScoreResult r = {.route = {S, Z, V, B}, .route_count = 4};
    assert_int_equal(debrief_route_verdict(&r, &e), DEBRIEF_ROUTE_ORDER);
    DebriefActor cmp[DEBRIEF_MAX_ACTORS];
    assert_int_equal(debrief_route_compare(&r, &e, cmp), 4);
    assert_string_equal(debrief_actor_mark(&cmp[0]), "text.debrief.actor_ok");     /* school */
    assert_string_equal(debrief_actor_mark(&cmp[1]), "text.debrief.actor_ok");     /* zorgteam */
    assert_string_equal(debrief_actor_mark(&cmp[2]), "text.debrief.actor_moved");  /* buurtteam */
    assert_string_equal(debrief_actor_mark(&cmp[3]), "text.debrief.actor_moved");  /* VT */

    /* One actor too many early on: a different route, and nobody is out of order. */
    ScoreResult extra = {.route = {S, R, Z, B, V}, .route_count = 5};
    assert_int_equal(debrief_route_verdict(&extra, &e), DEBRIEF_ROUTE_DIFFERS);
    assert_int_equal(debrief_route_compare(&extra, &e, cmp), 5);
    for (int i = 0; i < 4; i++)
        assert_false(cmp[i].moved);
    assert_string_equal(debrief_actor_mark(&cmp[4]), "text.debrief.actor_extra");

    /* One missed: different. The same route: same. */
    ScoreResult missed = {.route = {S, Z, V}, .route_count = 3};
    assert_int_equal(debrief_route_verdict(&missed, &e), DEBRIEF_ROUTE_DIFFERS);
    ScoreResult same = {.route = {S, Z, B, V}, .route_count = 4};
    assert_int_equal(debrief_route_verdict(&same, &e), DEBRIEF_ROUTE_SAME);
}

static void unfinished_session_is_not_passed(void **state)
{
    (void)state;
    Session *s = play((int[]){1, 1}, 2);
    ScoreResult r;
    score_session(s, &r);
    assert_false(r.completed);
    assert_int_equal(r.ending, -1);
    assert_false(r.passed);
    assert_false(session_ended(s));
    assert_int_equal(session_scene(s), 2);
    session_free(s);
}

static void options_and_invalid_choices(void **state)
{
    (void)state;
    Session *s = session_create(sc);
    int opts[SESSION_MAX_CHOICES];
    assert_int_equal(session_options(s, opts), 3);
    MsError err;
    assert_int_equal(session_choose(s, 3, &err), MS_ERR_INVALID);
    assert_non_null(strstr(err.message, "options 1 to 3"));
    assert_int_equal(session_choose(s, 0, NULL), MS_OK);
    assert_int_equal(session_options(s, opts), 0); /* narration */
    assert_int_equal(session_choose(s, 1, &err), MS_ERR_INVALID);
    session_free(s);
}

static void back_undoes_last_decision_and_its_effects(void **state)
{
    (void)state;
    Session *s = play((int[]){1, 1, 2}, 3); /* at d, flag set */
    int opts[SESSION_MAX_CHOICES];
    assert_int_equal(session_options(s, opts), 2);
    assert_true(session_back(s)); /* back to c, flag cleared */
    assert_int_equal(session_scene(s), 2);
    assert_true(session_vars(s)[1] == 0.0); /* flag */
    assert_int_equal(session_history_count(s), 2);
    assert_int_equal(session_choose(s, 0, NULL), MS_OK);
    assert_int_equal(session_options(s, opts), 3);
    assert_true(session_back(s));
    assert_true(session_back(s)); /* back over the narration scene to a */
    assert_int_equal(session_scene(s), 0);
    assert_false(session_back(s));
    session_free(s);
}

static void strategies_pick_extremes(void **state)
{
    (void)state;
    Session *s = session_create(sc);
    assert_int_equal(strategy_play(s, STRATEGY_BEST, 0, 100, NULL), MS_OK);
    ScoreResult r;
    score_session(s, &r);
    assert_int_equal(r.earned, 9);
    session_free(s);
    s = session_create(sc);
    assert_int_equal(strategy_play(s, STRATEGY_WORST, 0, 100, NULL), MS_OK);
    score_session(s, &r);
    assert_int_equal(r.earned, -2 + 0 + -1);
    assert_int_equal(r.possible, 3 + 2 + 1);
    assert_true(r.scaled == 0.0);
    session_free(s);
    /* random is reproducible per seed */
    for (uint64_t seed = 1; seed < 20; seed++) {
        Session *x = session_create(sc), *y = session_create(sc);
        strategy_play(x, STRATEGY_RANDOM, seed, 100, NULL);
        strategy_play(y, STRATEGY_RANDOM, seed, 100, NULL);
        ScoreResult rx, ry;
        score_session(x, &rx);
        score_session(y, &ry);
        assert_int_equal(rx.earned, ry.earned);
        assert_int_equal(session_history_count(x), session_history_count(y));
        session_free(x);
        session_free(y);
    }
    assert_int_equal(strategy_parse("worst"), STRATEGY_WORST);
    assert_int_equal(strategy_parse("beste"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(best_path_scores_full_marks),
        cmocka_unit_test(possible_counts_only_offered_options),
        cmocka_unit_test(critical_mistake_fails_even_with_points),
        cmocka_unit_test(scaled_is_clamped_and_pass_mark_inclusive),
        cmocka_unit_test(route_is_first_involvement_order),
        cmocka_unit_test(route_in_another_order),
        cmocka_unit_test(unfinished_session_is_not_passed),
        cmocka_unit_test(options_and_invalid_choices),
        cmocka_unit_test(back_undoes_last_decision_and_its_effects),
        cmocka_unit_test(strategies_pick_extremes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
