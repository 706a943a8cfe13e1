/*
 * test_check_oracle.c: the exact analysis against brute force. Random small
 * cases (variables, conditions, loops guarded by a variable, actors, critical
 * mistakes) are played path by path through the real session and scoring
 * code; the checker's figures must equal what those playthroughs add up to.
 * The cases stay small (at most a few thousand paths each), so the brute
 * force is cheap.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "check.h"
#include "session.h"
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

static uint64_t rng;
static unsigned pick(unsigned n)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)((rng >> 33) % n);
}

static const char *const actors[] = {"zorgteam", "buurtteam", "veilig_thuis"};
static const char *const steps[] = {"signalen", "consultatie", "gesprek", "wegen", "beslissen"};

/* Scene i leads forward (to i+1..i+2 or an ending); option 1 never has a condition and scores
 * 1 to 3, so every decision has an option worth points; the last option may go back once,
 * guarded by the variable `v`. */
static void random_case(char *out, size_t cap)
{
    int scenes = 3 + (int)pick(6);
    size_t len = (size_t)snprintf(out, cap, TEST_HEAD " variables = { v = false, n = 0 },\n"
                                            " scenes = {\n");
    for (int i = 0; i < scenes; i++) {
        char id[8];
        snprintf(id, sizeof id, i ? "s%d" : "a", i);
        if (i > 0 && pick(5) == 0) {
            len += (size_t)snprintf(out + len, cap - len,
                                    "  { id = '%s', step = '%s', text = 'N', next = '%s%d' },\n",
                                    id, steps[i % 5], i + 1 < scenes ? "s" : "eind",
                                    i + 1 < scenes ? i + 1 : 1 + (int)pick(2));
            continue;
        }
        len += (size_t)snprintf(out + len, cap - len,
                                "  { id = '%s', step = '%s', text = 'T', choices = {\n", id,
                                steps[pick(5)]);
        int options = 2 + (int)pick(3);
        for (int c = 0; c < options; c++) {
            char next[16];
            int to = i + 1 + (int)pick(2);
            if (to >= scenes)
                snprintf(next, sizeof next, "eind%d", 1 + (int)pick(2));
            else
                snprintf(next, sizeof next, "s%d", to);
            const char *extra = "";
            char buf[160] = "";
            if (c > 0 && pick(3) == 0)
                extra = pick(2) ? "condition = { v = true }, " : "condition = { n = { max = 0 } }, ";
            if (c == options - 1 && i > 0 && pick(3) == 0) {
                snprintf(next, sizeof next, "s%d", i - 1 > 0 ? i - 1 : 1);
                extra = "condition = { v = false }, set = { v = true }, ";
            } else if (pick(4) == 0) {
                extra = c > 0 ? "add = { n = 1 }, " : "set = { v = true }, ";
            }
            if (pick(3) == 0)
                snprintf(buf, sizeof buf, "actors = { '%s' }, ", actors[pick(3)]);
            if (c > 0 && pick(6) == 0)
                strcat(buf, "critical = { id = 'verhoren' }, ");
            int points = c == 0 ? 1 + (int)pick(3) : (int)pick(5) - 2;
            len += (size_t)snprintf(out + len, cap - len,
                                    "    { text = 'o', next = '%s', points = %d, feedback = 'f', "
                                    "%s%s},\n",
                                    next, points, extra, buf);
        }
        len += (size_t)snprintf(out + len, cap - len, "  } },\n");
    }
    snprintf(out + len, cap - len,
             " },\n endings = {\n"
             "  { id = 'eind1', title = 'E', text = 'E', outcome = 'melden_structureel',\n"
             "    route = { 'school', 'zorgteam' }, debrief = 'D' },\n"
             "  { id = 'eind2', title = 'E', text = 'E', outcome = 'melden_structureel',\n"
             "    route = { 'school' }, debrief = 'D' } },\n}\n");
}

typedef struct Tally {
    uint64_t paths, passed, per_ending[2];
    double min_scaled;
    size_t longest;
} Tally;

/* Every path, by replaying the choices so far into a fresh session. */
static void enumerate(const Scenario *sc, int *choices, size_t depth, Tally *t)
{
    Session *s = session_create(sc);
    for (size_t i = 0; i < depth; i++)
        assert_int_equal(session_choose(s, (size_t)choices[i], NULL), MS_OK);
    if (session_ended(s)) {
        ScoreResult r;
        score_session(s, &r);
        t->paths++;
        t->passed += r.passed;
        t->per_ending[r.ending]++;
        if (r.scaled < t->min_scaled)
            t->min_scaled = r.scaled;
        if (depth > t->longest)
            t->longest = depth;
        session_free(s);
        return;
    }
    int options[SESSION_MAX_CHOICES];
    size_t n = sc->scenes[session_scene(s)].has_next ? 1 : session_options(s, options);
    session_free(s);
    assert_true(depth < 64);
    for (size_t k = 0; k < n; k++) {
        choices[depth] = (int)k;
        enumerate(sc, choices, depth + 1, t);
    }
}

static void analysis_equals_brute_force(void **state)
{
    (void)state;
    static char src[32768];
    int compared = 0;
    rng = 20261203;
    for (int round = 0; round < 400; round++) {
        random_case(src, sizeof src);
        Scenario *sc = NULL;
        MsError err;
        if (support_load(mc, src, &sc, &err) != MS_OK)
            fail_msg("generated case did not load: %s\n%s", err.message, src);
        CheckReport r;
        assert_int_equal(check_scenario(sc, NULL, &r), MS_OK);
        if (!r.analysed) { /* a cycle the variables do not break: nothing to count */
            check_report_free(&r);
            scenario_free(sc);
            continue;
        }
        bool stuck = false;
        for (size_t i = 0; i < r.issue_count; i++)
            stuck = stuck || strstr(r.issues[i].message, "the learner is stuck");
        if (stuck) { /* a playthrough cannot finish there */
            check_report_free(&r);
            scenario_free(sc);
            continue;
        }
        Tally t = {.min_scaled = 2};
        int choices[64];
        enumerate(sc, choices, 0, &t);
        assert_false(r.paths.big);
        if (r.paths.small != t.paths || r.paths_passed.small != t.passed ||
            r.ending_paths[0].small != t.per_ending[0] ||
            r.ending_paths[1].small != t.per_ending[1] || r.min_scaled != t.min_scaled ||
            r.longest != t.longest)
            fail_msg("round %d: analysis paths %llu passed %llu min %.6f longest %zu, brute force "
                     "%llu %llu %.6f %zu\n%s",
                     round, (unsigned long long)r.paths.small,
                     (unsigned long long)r.paths_passed.small, r.min_scaled, r.longest,
                     (unsigned long long)t.paths, (unsigned long long)t.passed, t.min_scaled,
                     t.longest, src);
        compared++;
        check_report_free(&r);
        scenario_free(sc);
    }
    assert_true(compared >= 200); /* the generator makes mostly valid, finite cases */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(analysis_equals_brute_force),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
