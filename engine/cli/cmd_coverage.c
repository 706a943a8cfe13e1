/*
 * cmd_coverage.c: `meldsim check --coverage`: the library as a table, cases
 * against steps, actors, afwegingskader outcomes, mistake types and school
 * types. Fails (exit 1) when an actor, an outcome or a school type is taught
 * by no case: the library must cover every branch of the Meldcode.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "commands.h"
#include "coverage.h"
#include "library.h"

typedef struct CaseRow {
    char id[65];
    char school[8];
    Coverage cov;
} CaseRow;

static const char *const school_types[] = {"po", "vo", "mbo"};

static void print_row(const char *label, const CaseRow *rows, size_t n,
                      char (*cell)(const CaseRow *, size_t), size_t index)
{
    printf("  %-40s", label);
    for (size_t c = 0; c < n; c++)
        printf(" %2c", cell(&rows[c], index));
    putchar('\n');
}

static char actor_cell(const CaseRow *r, size_t i)
{
    return r->cov.routes[i] ? 'R' : r->cov.actors[i] ? 'x' : '.';
}
static char outcome_cell(const CaseRow *r, size_t i)
{
    return r->cov.outcomes[i] ? 'x' : '.';
}
static char mistake_cell(const CaseRow *r, size_t i)
{
    return r->cov.mistakes[i] ? 'x' : '.';
}

static void print_header(const char *title, size_t n)
{
    printf("\n%-42s", title);
    for (size_t c = 0; c < n; c++)
        printf(" %2zu", c + 1);
    putchar('\n');
}

static int print_table(const Meldcode *mc, const CaseRow *rows, size_t n, const Coverage *all)
{
    int gaps = 0;
    printf("Cases\n");
    for (size_t c = 0; c < n; c++)
        printf("  %2zu  %-26s %s\n", c + 1, rows[c].id, rows[c].school);
    print_header("Decisions per Meldcode step", n);
    for (int s = 0; s < MS_STEP_COUNT; s++) {
        char label[48];
        snprintf(label, sizeof label, "%d %s", s + 1, meldcode_step_id((MsStep)s));
        printf("  %-40s", label);
        for (size_t c = 0; c < n; c++)
            printf(" %2d", rows[c].cov.decisions[s]);
        printf("   total %d\n", all->decisions[s]);
    }
    print_header("Actors (R: correct route, x: a choice)", n);
    for (size_t i = 0; i < meldcode_actor_count(mc); i++)
        print_row(meldcode_actor(mc, i)->id, rows, n, actor_cell, i);
    print_header("Afwegingskader outcomes", n);
    for (size_t i = 0; i < meldcode_outcome_count(mc); i++)
        print_row(meldcode_outcome(mc, i)->id, rows, n, outcome_cell, i);
    print_header("Mistake types tested (! critical)", n);
    for (size_t i = 0; i < meldcode_mistake_count(mc); i++) {
        char label[64];
        const MeldcodeMistake *m = meldcode_mistake(mc, i);
        snprintf(label, sizeof label, "%s %s", m->critical ? "!" : " ", m->id);
        print_row(label, rows, n, mistake_cell, i);
    }
    printf("  %-40s", "  (the case's own critical mistakes)");
    for (size_t c = 0; c < n; c++)
        printf(" %2d", rows[c].cov.own_critical);
    putchar('\n');
    printf("\nSchool types:");
    for (size_t t = 0; t < 3; t++) {
        int count = 0;
        for (size_t c = 0; c < n; c++)
            count += strcmp(rows[c].school, school_types[t]) == 0;
        printf(" %s %d%s", school_types[t], count, t < 2 ? "," : "\n");
        if (!count) {
            fprintf(stderr, "meldsim: coverage: no case for school type '%s'\n", school_types[t]);
            gaps++;
        }
    }
    for (size_t i = 0; i < meldcode_actor_count(mc); i++)
        if (!all->routes[i]) {
            fprintf(stderr, "meldsim: coverage: actor '%s' is on no case's correct route\n",
                    meldcode_actor(mc, i)->id);
            gaps++;
        }
    for (size_t i = 0; i < meldcode_outcome_count(mc); i++)
        if (!all->outcomes[i]) {
            fprintf(stderr, "meldsim: coverage: outcome '%s' ends no case\n",
                    meldcode_outcome(mc, i)->id);
            gaps++;
        }
    for (size_t i = 0; i < meldcode_mistake_count(mc); i++)
        if (!all->mistakes[i] && meldcode_mistake(mc, i)->critical) {
            fprintf(stderr, "meldsim: coverage: critical mistake '%s' is tested by no case\n",
                    meldcode_mistake(mc, i)->id);
            gaps++;
        }
    printf("%s\n", gaps ? "Coverage: GAPS (see above)"
                        : "Coverage: every actor, outcome, "
                          "critical mistake and school type is covered");
    return gaps;
}

static cJSON *ids_json(const bool *set, size_t count, const char *(*id)(const Meldcode *, size_t),
                       const Meldcode *mc)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < count; i++)
        if (set[i])
            cJSON_AddItemToArray(arr, cJSON_CreateString(id(mc, i)));
    return arr;
}

static const char *actor_id(const Meldcode *mc, size_t i)
{
    return meldcode_actor(mc, i)->id;
}
static const char *outcome_id(const Meldcode *mc, size_t i)
{
    return meldcode_outcome(mc, i)->id;
}
static const char *mistake_id(const Meldcode *mc, size_t i)
{
    return meldcode_mistake(mc, i)->id;
}

static void print_json(const Meldcode *mc, const CaseRow *rows, size_t n)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t c = 0; c < n; c++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "scenario", rows[c].id);
        cJSON_AddStringToObject(o, "school_type", rows[c].school);
        cJSON *steps = cJSON_AddObjectToObject(o, "decisions");
        for (int s = 0; s < MS_STEP_COUNT; s++)
            cJSON_AddNumberToObject(steps, meldcode_step_id((MsStep)s), rows[c].cov.decisions[s]);
        cJSON_AddItemToObject(o, "actors",
                              ids_json(rows[c].cov.actors, meldcode_actor_count(mc), actor_id, mc));
        cJSON_AddItemToObject(o, "routes",
                              ids_json(rows[c].cov.routes, meldcode_actor_count(mc), actor_id, mc));
        cJSON_AddItemToObject(
            o, "outcomes",
            ids_json(rows[c].cov.outcomes, meldcode_outcome_count(mc), outcome_id, mc));
        cJSON_AddItemToObject(
            o, "mistakes",
            ids_json(rows[c].cov.mistakes, meldcode_mistake_count(mc), mistake_id, mc));
        cJSON_AddItemToArray(arr, o);
    }
    char *text = cJSON_Print(arr);
    if (text)
        printf("%s\n", text);
    cJSON_free(text);
    cJSON_Delete(arr);
}

int cmd_coverage(Cli *cli, bool json)
{
    MsError err;
    ms_error_clear(&err);
    LibraryList list;
    if (library_list(&list, &err) != MS_OK)
        return cli_fail(&err);
    CaseRow *rows = calloc(list.count ? list.count : 1, sizeof *rows);
    Coverage all;
    memset(&all, 0, sizeof all);
    size_t n = 0;
    int rc = CLI_EXIT_OK;
    for (size_t i = 0; rows && i < list.count; i++) {
        Scenario *sc = NULL;
        if (library_load_pack(&list.packs[i], cli->meldcode, &sc, &err) != MS_OK) {
            rc = cli_fail(&err);
            continue;
        }
        snprintf(rows[n].id, sizeof rows[n].id, "%s", sc->id);
        snprintf(rows[n].school, sizeof rows[n].school, "%s",
                 sc->school_type ? sc->school_type : "-");
        coverage_of(sc, &rows[n].cov);
        coverage_merge(&all, &rows[n].cov);
        n++;
        scenario_free(sc);
    }
    if (json)
        print_json(cli->meldcode, rows, n);
    else if (print_table(cli->meldcode, rows, n, &all) > 0 && rc == CLI_EXIT_OK)
        rc = CLI_EXIT_INVALID;
    free(rows);
    library_list_free(&list);
    return rc;
}
