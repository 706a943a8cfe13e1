/*
 * bench_core.c: in-process timings for scripts/bench (a benchmark, not a test):
 * loading a case, checking it, and one playthrough, each the median of repeats,
 * so process start-up does not hide what the core itself costs.
 * Usage: meldsim_bench SCENARIO [REPEATS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "library.h"
#include "score.h"
#include "strategy.h"
#include "vfs.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare_double);
    return v[n / 2];
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: meldsim_bench SCENARIO [REPEATS]\n");
        return 2;
    }
    int repeats = argc > 2 ? atoi(argv[2]) : 11;
    if (repeats < 1 || repeats > 10000)
        repeats = 11;
    MsError err;
    Meldcode *mc = NULL;
    if (vfs_init(argv[0], &err) != MS_OK || meldcode_load(&mc, &err) != MS_OK) {
        fprintf(stderr, "meldsim_bench: %s\n", err.message);
        return 3;
    }
    double *load = calloc((size_t)repeats, sizeof *load);
    double *check = calloc((size_t)repeats, sizeof *check);
    double *play = calloc((size_t)repeats, sizeof *play);
    Scenario *sc = NULL;
    CheckReport report = {0};
    int rc = 0;
    for (int i = 0; i < repeats && rc == 0; i++) {
        double t0 = now_ms();
        if (library_load(argv[1], mc, &sc, &err) != MS_OK) {
            fprintf(stderr, "meldsim_bench: %s\n", err.message);
            rc = 1;
            break;
        }
        double t1 = now_ms();
        check_report_free(&report);
        check_scenario(sc, NULL, &report);
        double t2 = now_ms();
        Session *s = session_create(sc);
        ScoreResult r;
        strategy_play(s, STRATEGY_BEST, 0, sc->scene_count * 2 + 16, NULL);
        score_session(s, &r);
        double t3 = now_ms();
        session_free(s);
        load[i] = t1 - t0;
        check[i] = t2 - t1;
        play[i] = t3 - t2;
        if (i + 1 < repeats)
            scenario_free(sc);
    }
    if (rc == 0) {
        double c = median(check, repeats);
        printf("scenario %s: %zu scenes, %zu decisions\n", sc->id, sc->scene_count,
               report.decisions);
        printf("  load           %9.3f ms (median of %d)\n", median(load, repeats), repeats);
        char *paths = path_count_string(&report.paths);
        printf("  check          %9.3f ms: %zu states, %s paths exactly, %zu errors\n", c,
               report.states, paths && strlen(paths) < 40 ? paths : "(many digits)",
               report.errors);
        free(paths);
        printf("  playthrough    %9.3f ms (best strategy, scored)\n", median(play, repeats));
        printf("  load + check   %9.3f ms\n", median(load, repeats) + c);
        scenario_free(sc);
    }
    check_report_free(&report);
    free(load);
    free(check);
    free(play);
    meldcode_free(mc);
    vfs_quit();
    return rc;
}
