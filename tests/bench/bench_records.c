/*
 * bench_records.c: how long recording one choice takes, sync to disk included
 * (a benchmark for scripts/bench, not a test). Two measures: records_choice_add
 * alone, and attempt_choose on a real case (the session step, the record and the
 * fsync'ed commit, as the window and `meldsim text` pay it).
 * Usage: meldsim_bench_records DIR [CHOICES] [CASE]   (DIR: where the database goes)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attempt.h"
#include "library.h"
#include "records.h"
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

static void report(const char *what, double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare_double);
    printf("  %-44s median %.2f ms, p95 %.2f ms, max %.2f ms (%d choices)\n", what, v[n / 2],
           v[n * 95 / 100], v[n - 1], n);
}

static int bench_store(Records *r, int64_t learner, int n)
{
    MsError err;
    RecordsAttempt a;
    MsText title = {{"Bench", "Bench"}, {false, false}};
    RecordsAttemptStart start = {"bench", "1", NULL, &title, MODE_TOETS, MS_LANG_NL, 0.7};
    if (records_attempt_start(r, learner, &start, &a, &err) != MS_OK) {
        fprintf(stderr, "meldsim_bench_records: %s\n", err.message);
        return 1;
    }
    double *t = calloc((size_t)n, sizeof *t);
    for (int i = 0; i < n; i++) {
        RecordsChoice c;
        memset(&c, 0, sizeof c);
        c.seq = i + 1;
        snprintf(c.scene, sizeof c.scene, "scene-%d", i % 40);
        c.step = (MsStep)(i % MS_STEP_COUNT);
        c.choice = i % 3;
        c.option = i % 3;
        c.offered_count = 3;
        c.offered[0] = 0, c.offered[1] = 1, c.offered[2] = 2;
        c.decision = true;
        c.points = i % 3, c.best = 2, c.worst = 0;
        wallclock_now_iso(c.answered_at);
        double t0 = now_ms();
        if (records_choice_add(r, a.id, &c, NULL, NULL, &err) != MS_OK) {
            fprintf(stderr, "meldsim_bench_records: %s\n", err.message);
            free(t);
            return 1;
        }
        t[i] = now_ms() - t0;
    }
    report("records_choice_add (one transaction, fsync)", t, n);
    free(t);
    return 0;
}

static int bench_attempts(Records *r, int64_t learner, const char *spec, int n)
{
    MsError err;
    Meldcode *mc = NULL;
    Scenario *sc = NULL;
    if (meldcode_load(&mc, &err) != MS_OK || library_load(spec, mc, &sc, &err) != MS_OK) {
        fprintf(stderr, "meldsim_bench_records: %s\n", err.message);
        meldcode_free(mc);
        return 1;
    }
    double *t = calloc((size_t)n, sizeof *t);
    int done = 0, rc = 0;
    uint64_t rng = 1;
    while (done < n && rc == 0) {
        Attempt *a = NULL;
        AttemptSetup setup = {r, learner, MODE_OEFENEN, MS_LANG_NL};
        if (attempt_begin(sc, &setup, &a, &err) != MS_OK) {
            rc = 1;
            break;
        }
        while (!session_ended(attempt_session(a)) && rc == 0) {
            const Session *s = attempt_session(a);
            bool narration = sc->scenes[session_scene(s)].has_next;
            size_t pick = strategy_pick(s, STRATEGY_RANDOM, &rng);
            double t0 = now_ms();
            if (attempt_choose(a, pick, &err) != MS_OK)
                rc = 1;
            else if (!narration && done < n)
                t[done++] = now_ms() - t0;
        }
        attempt_free(a);
    }
    if (rc)
        fprintf(stderr, "meldsim_bench_records: %s\n", err.message);
    else
        report("attempt_choose on a case (step, record, fsync)", t, n);
    free(t);
    scenario_free(sc);
    meldcode_free(mc);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: meldsim_bench_records DIR [CHOICES] [CASE]\n");
        return 2;
    }
    int n = argc > 2 ? atoi(argv[2]) : 200;
    if (n < 10 || n > 100000)
        n = 200;
    const char *spec = argc > 3 ? argv[3] : "pieter-en-suzan";
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", argv[1], RECORDS_FILE);
    MsError err;
    Records *r = NULL;
    RecordsLearner l;
    if (vfs_init(argv[0], &err) != MS_OK || records_open(path, NULL, &r, &err) != MS_OK ||
        records_learner_ensure(r, "bench", &l, &err) != MS_OK) {
        fprintf(stderr, "meldsim_bench_records: %s\n", err.message);
        records_close(r);
        return 3;
    }
    int rc = bench_store(r, l.id, n);
    if (rc == 0)
        rc = bench_attempts(r, l.id, spec, n);
    records_close(r);
    vfs_quit();
    return rc;
}
