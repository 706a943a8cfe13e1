/*
 * cmd_check.c: `meldsim check`: load and check cases, as text or JSON.
 * Without arguments it checks every installed case. The exit status is the
 * worst over all cases: 1 when any case fails to load or has an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "check.h"
#include "commands.h"
#include "library.h"

typedef struct CheckArgs {
    const char **specs;
    int spec_count;
    bool json;
    bool coverage;
} CheckArgs;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A count as a JSON number while a double holds it exactly, else as a string of digits. */
static cJSON *count_json(const PathCount *c)
{
    if (!c->big && c->small <= (1ull << 53))
        return cJSON_CreateNumber((double)c->small);
    char *digits = path_count_string(c);
    cJSON *j = cJSON_CreateString(digits ? digits : "");
    free(digits);
    return j;
}

static cJSON *report_json(const Scenario *sc, const CheckReport *r, double seconds)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "scenario", sc->id);
    cJSON_AddStringToObject(o, "file", sc->source);
    cJSON_AddBoolToObject(o, "ok", r->errors == 0);
    cJSON_AddNumberToObject(o, "scenes", (double)sc->scene_count);
    cJSON_AddNumberToObject(o, "decisions", (double)r->decisions);
    cJSON_AddBoolToObject(o, "analysed", r->analysed);
    cJSON_AddNumberToObject(o, "states", (double)r->states);
    cJSON_AddItemToObject(o, "paths", count_json(&r->paths));
    if (r->passed_counted)
        cJSON_AddItemToObject(o, "paths_passed", count_json(&r->paths_passed));
    cJSON_AddNumberToObject(o, "longest_path", (double)r->longest);
    cJSON_AddNumberToObject(o, "min_scaled", (double)(long)(r->min_scaled * 10000) / 10000.0);
    cJSON_AddNumberToObject(o, "max_scaled", (double)(long)(r->max_scaled * 10000) / 10000.0);
    cJSON *steps = cJSON_AddObjectToObject(o, "steps");
    for (int st = 0; st < MS_STEP_COUNT; st++) {
        if (!r->steps[st].met)
            continue;
        cJSON *s = cJSON_AddObjectToObject(steps, meldcode_step_id((MsStep)st));
        cJSON_AddNumberToObject(s, "min_scaled",
                                (double)(long)(r->steps[st].min_scaled * 10000) / 10000.0);
        cJSON_AddNumberToObject(s, "max_scaled",
                                (double)(long)(r->steps[st].max_scaled * 10000) / 10000.0);
    }
    cJSON_AddNumberToObject(o, "seconds", seconds);
    cJSON *endings = cJSON_AddObjectToObject(o, "endings");
    for (size_t i = 0; i < sc->ending_count; i++)
        cJSON_AddItemToObject(endings, sc->endings[i].id, count_json(&r->ending_paths[i]));
    cJSON *errors = cJSON_AddArrayToObject(o, "errors");
    cJSON *warnings = cJSON_AddArrayToObject(o, "warnings");
    for (size_t i = 0; i < r->issue_count; i++)
        cJSON_AddItemToArray(r->issues[i].severity == CHECK_ERROR ? errors : warnings,
                             cJSON_CreateString(r->issues[i].message));
    return o;
}

/* A count as its digits; past 30 digits as "6.896e+2089 (2090 digits)": every digit is in
 * --json, a terminal line of thousands of digits helps nobody. */
static void print_count(const PathCount *c)
{
    char *digits = path_count_string(c);
    size_t n = digits ? strlen(digits) : 0;
    if (!digits)
        fputs("?", stdout);
    else if (n <= 30)
        fputs(digits, stdout);
    else
        printf("%c.%.3se+%zu (%zu digits)", digits[0], digits + 1, n - 1, n);
    free(digits);
}

static void report_text(const Scenario *sc, const CheckReport *r, double seconds)
{
    printf("%s (%s): %s\n", sc->id, sc->source, r->errors ? "FAILED" : "ok");
    printf("  %zu scenes, %zu decisions, %zu endings; %zu states\n", sc->scene_count, r->decisions,
           sc->ending_count, r->states);
    if (r->analysed) {
        printf("  ");
        print_count(&r->paths);
        printf(" paths (exact), ");
        if (r->passed_counted)
            print_count(&r->paths_passed);
        else
            printf("(not counted)");
        printf(" passing; longest %zu scenes; scaled score %.2f to %.2f\n", r->longest,
               r->min_scaled, r->max_scaled);
        printf("  per step:");
        for (int st = 0; st < MS_STEP_COUNT; st++)
            if (r->steps[st].met)
                printf(" %s %.2f-%.2f", meldcode_step_id((MsStep)st), r->steps[st].min_scaled,
                       r->steps[st].max_scaled);
        printf("\n  endings reached:");
        for (size_t i = 0; i < sc->ending_count; i++) {
            printf(" %s ", sc->endings[i].id);
            print_count(&r->ending_paths[i]);
            printf("%s", i + 1 < sc->ending_count ? "," : "\n");
        }
    }
    if (r->best_completed)
        printf("  best path: %s, %.2f, ending '%s'\n", r->best.passed ? "passed" : "not passed",
               r->best.scaled, sc->endings[r->best.ending].id);
    for (size_t i = 0; i < r->issue_count; i++)
        printf("  %s: %s: %s\n", r->issues[i].severity == CHECK_ERROR ? "error" : "warning",
               sc->source, r->issues[i].message);
    if (r->errors + r->warnings > r->issue_count)
        printf("  ... and %zu more\n", r->errors + r->warnings - r->issue_count);
    printf("  checked in %.3f s\n", seconds);
}

static int parse_args(int argc, char **argv, CheckArgs *a)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            a->json = true;
        } else if (strcmp(argv[i], "--coverage") == 0) {
            a->coverage = true;
        } else if (argv[i][0] == '-') {
            return cli_usage("check: unknown or incomplete option '%s'", argv[i]);
        } else {
            a->specs[a->spec_count++] = argv[i];
        }
    }
    return CLI_EXIT_OK;
}

static int worse(int a, int b)
{
    /* usage/not found (2) outranks invalid (1); installation errors (3) outrank both */
    static const int rank[] = {0, 1, 2, 3, 0};
    return rank[b] > rank[a] ? b : a;
}

static int check_one(Cli *cli, const char *spec, const LibraryPack *pack,
                     cJSON *json_out)
{
    MsError err;
    ms_error_clear(&err);
    Scenario *sc = NULL;
    double t0 = now_seconds();
    MsStatus st = pack ? library_load_pack(pack, cli->meldcode, &sc, &err)
                       : library_load(spec, cli->meldcode, &sc, &err);
    if (st != MS_OK) {
        char buf[MS_ERROR_FILE_MAX + MS_ERROR_MESSAGE_MAX + 32];
        ms_error_format(&err, buf, sizeof buf);
        if (json_out) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "scenario", pack ? pack->name : spec);
            cJSON_AddBoolToObject(o, "ok", 0);
            cJSON *errors = cJSON_AddArrayToObject(o, "errors");
            cJSON_AddItemToArray(errors, cJSON_CreateString(buf));
            cJSON_AddItemToArray(json_out, o);
        } else {
            printf("%s: FAILED to load (see the error below)\n", pack ? pack->name : spec);
            fflush(stdout);
        }
        fprintf(stderr, "meldsim: %s\n", buf);
        return cli_exit_code(st);
    }
    CheckReport r;
    if (check_scenario(sc, NULL, &r) != MS_OK) {
        scenario_free(sc);
        fprintf(stderr, "meldsim: out of memory\n");
        return CLI_EXIT_INSTALL;
    }
    double seconds = now_seconds() - t0;
    if (json_out)
        cJSON_AddItemToArray(json_out, report_json(sc, &r, seconds));
    else
        report_text(sc, &r, seconds);
    int rc = r.errors ? CLI_EXIT_INVALID : CLI_EXIT_OK;
    check_report_free(&r);
    scenario_free(sc);
    return rc;
}

int cmd_check(Cli *cli, int argc, char **argv)
{
    CheckArgs a = {0};
    a.specs = calloc((size_t)argc + 1, sizeof *a.specs);
    if (!a.specs)
        return CLI_EXIT_INSTALL;
    int rc = parse_args(argc, argv, &a);
    if (rc != CLI_EXIT_OK) {
        free(a.specs);
        return rc;
    }
    if (a.coverage) {
        free(a.specs);
        return a.spec_count ? cli_usage("check --coverage covers the installed library; give no "
                                        "SCENARIO")
                            : cmd_coverage(cli, a.json);
    }
    cJSON *json_out = a.json ? cJSON_CreateArray() : NULL;
    if (a.spec_count == 0) {
        MsError err;
        ms_error_clear(&err);
        LibraryList list;
        if (library_list(&list, &err) != MS_OK) {
            free(a.specs);
            cJSON_Delete(json_out);
            return cli_fail(&err);
        }
        for (size_t i = 0; i < list.count; i++)
            rc = worse(rc, check_one(cli, NULL, &list.packs[i], json_out));
        if (list.count == 0)
            fprintf(stderr, "meldsim: no installed cases found\n");
        library_list_free(&list);
    }
    for (int i = 0; i < a.spec_count; i++)
        rc = worse(rc, check_one(cli, a.specs[i], NULL, json_out));
    if (json_out) {
        char *text = cJSON_Print(json_out);
        if (text)
            printf("%s\n", text);
        cJSON_free(text);
        cJSON_Delete(json_out);
    }
    free(a.specs);
    return rc;
}
