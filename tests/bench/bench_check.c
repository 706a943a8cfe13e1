/*
 * bench_check.c: how the exact checker's cost grows with the size of a case, for scripts/bench
 * (a benchmark, not a test). Builds generated cases (generated_case.h) of the sizes given and
 * checks each once, in process: states, edges, exact path count, time and memory.
 * Usage: meldsim_bench_check SCENES...   e.g. meldsim_bench_check 1000 10000 100000 1000000
 *        meldsim_bench_check --installed   every installed case checked together, in process
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "arena.h"
#include "check.h"
#include "generated_case.h"
#include "library.h"
#include "vfs.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* CPU time of this process (user + system): unlike the wall time, it does not count the time
 * other programs on a busy machine took. */
static double cpu_ms(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (double)(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

/* A field of /proc/self/status in MiB ("VmRSS", "VmHWM"), or -1. */
static double status_mib(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    double v = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0 && line[n] == ':')
            v = atof(line + n + 1) / 1024.0;
    if (f)
        fclose(f);
    return v;
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Every installed case loaded once, then all of them checked, 21 times: the median wall and
 * CPU time of one round. */
static int bench_installed(const Meldcode *mc)
{
    LibraryList list;
    MsError err;
    if (library_list(&list, &err) != MS_OK) {
        fprintf(stderr, "meldsim_bench_check: %s\n", err.message);
        return 3;
    }
    Scenario **sc = calloc(list.count + 1, sizeof *sc);
    size_t states = 0;
    int rc = sc ? 0 : 3;
    for (size_t i = 0; i < list.count && rc == 0; i++)
        if (library_load_pack(&list.packs[i], mc, &sc[i], &err) != MS_OK) {
            fprintf(stderr, "meldsim_bench_check: %s\n", err.message);
            rc = 1;
        }
    enum { ROUNDS = 21 };
    double wall[ROUNDS], cpu[ROUNDS];
    for (int k = 0; k < ROUNDS && rc == 0; k++) {
        double t0 = now_ms(), c0 = cpu_ms();
        states = 0;
        for (size_t i = 0; i < list.count; i++) {
            CheckReport r = {0};
            if (check_scenario(sc[i], NULL, &r) != MS_OK || !r.analysed)
                rc = 1;
            states += r.states;
            check_report_free(&r);
        }
        wall[k] = now_ms() - t0;
        cpu[k] = cpu_ms() - c0;
    }
    if (rc == 0) {
        qsort(wall, ROUNDS, sizeof *wall, compare_double);
        qsort(cpu, ROUNDS, sizeof *cpu, compare_double);
        printf("  all %zu installed cases (%zu states), checked in process: %.1f ms wall, "
               "%.1f ms CPU (median of %d)\n",
               list.count, states, wall[ROUNDS / 2], cpu[ROUNDS / 2], ROUNDS);
    }
    for (size_t i = 0; sc && i < list.count; i++)
        scenario_free(sc[i]);
    free(sc);
    library_list_free(&list);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: meldsim_bench_check SCENES...\n");
        return 2;
    }
    MsError err;
    Meldcode *mc = NULL;
    if (vfs_init(argv[0], &err) != MS_OK || meldcode_load(&mc, &err) != MS_OK) {
        fprintf(stderr, "meldsim_bench_check: %s\n", err.message);
        return 3;
    }
    if (strcmp(argv[1], "--installed") == 0) {
        int rc = bench_installed(mc);
        meldcode_free(mc);
        vfs_quit();
        return rc;
    }
    printf("  %9s %9s %9s %18s %9s %9s %9s %9s %9s %9s\n", "scenes", "states", "edges",
           "paths (exact)", "build ms", "check ms", "check cpu", "model MB", "graph MB",
           "peak MB");
    int rc = 0;
    for (int i = 1; i < argc && rc == 0; i++) {
        size_t n = (size_t)strtoull(argv[i], NULL, 10);
        double t0 = now_ms();
        Scenario *sc = generated_case_build(n, mc);
        double t1 = now_ms();
        if (!sc) {
            fprintf(stderr, "meldsim_bench_check: out of memory building %zu scenes\n", n);
            rc = 3;
            break;
        }
        /* Two states per scene here; the default guard (meant for a loadable pack, at most
         * 20,000 scenes) would refuse a million scenes, so it grows with the case. */
        CheckOptions opt;
        check_default_options(&opt);
        if (opt.max_states < 3 * n)
            opt.max_states = 3 * n;
        CheckReport r = {0};
        double c1 = cpu_ms();
        MsStatus st = check_scenario(sc, &opt, &r);
        double t2 = now_ms(), c2 = cpu_ms();
        char *paths = path_count_string(&r.paths);
        printf("  %9zu %9zu %9zu %18s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f\n", sc->scene_count,
               r.states, r.edges, paths ? paths : "?", t1 - t0, t2 - t1, c2 - c1,
               (double)arena_bytes(sc->arena) / 1048576.0, (double)r.graph_bytes / 1048576.0,
               status_mib("VmHWM"));
        if (st != MS_OK || !r.analysed || r.errors) {
            fprintf(stderr, "meldsim_bench_check: %zu scenes: not analysed cleanly (%zu errors)\n",
                    sc->scene_count, r.errors);
            for (size_t k = 0; k < r.issue_count && k < 5; k++)
                fprintf(stderr, "  %s\n", r.issues[k].message);
            rc = 1;
        }
        free(paths);
        check_report_free(&r);
        scenario_free(sc);
    }
    meldcode_free(mc);
    vfs_quit();
    return rc;
}
