/*
 * cmd_run.c: `meldsim run`: a headless playthrough, by a list of choices or
 * a strategy. Narration scenes go on by themselves; every scene with choices
 * takes the next number from the list (1-based among the options offered).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "library.h"
#include "result_json.h"
#include "score.h"
#include "strategy.h"

typedef struct RunArgs {
    const char *scenario;
    const char *choices;
    int strategy;
    uint64_t seed;
    bool json;
} RunArgs;

static int parse_args(Cli *cli, int argc, char **argv, RunArgs *a)
{
    memset(a, 0, sizeof *a);
    a->strategy = -1;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        bool has_value = i + 1 < argc;
        if (strcmp(arg, "--json") == 0) {
            a->json = true;
        } else if (strcmp(arg, "--choices") == 0 && has_value) {
            a->choices = argv[++i];
        } else if (strcmp(arg, "--strategy") == 0 && has_value) {
            a->strategy = strategy_parse(argv[++i]);
            if (a->strategy < 0)
                return cli_usage("--strategy takes best, worst or random (got '%s')", argv[i]);
        } else if (strcmp(arg, "--seed") == 0 && has_value) {
            char *end;
            errno = 0;
            a->seed = strtoull(argv[++i], &end, 10);
            if (errno || *end || !*argv[i])
                return cli_usage("--seed takes a whole number (got '%s')", argv[i]);
        } else if (strcmp(arg, "--lang") == 0 && has_value) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else if (arg[0] == '-') {
            return cli_usage("run: unknown or incomplete option '%s'", arg);
        } else if (!a->scenario) {
            a->scenario = arg;
        } else {
            return cli_usage("run takes one SCENARIO (got '%s' too)", arg);
        }
    }
    if (!a->scenario)
        return cli_usage("run needs a SCENARIO");
    if ((a->choices != NULL) == (a->strategy >= 0))
        return cli_usage("run needs either --choices LIST or --strategy best|worst|random");
    return CLI_EXIT_OK;
}

/* Plays the comma-separated 1-based option numbers. */
static int play_choices(Session *s, const char *list)
{
    const char *p = list;
    const Scenario *sc = session_scenario(s);
    while (!session_ended(s)) {
        const ScenarioScene *scene = &sc->scenes[session_scene(s)];
        if (scene->has_next) {
            session_choose(s, 0, NULL);
            continue;
        }
        while (*p == ',' || *p == ' ')
            p++;
        if (!*p)
            return CLI_EXIT_OK; /* the list ran out: an unfinished run */
        char *end;
        errno = 0;
        long n = strtol(p, &end, 10);
        if (end == p || errno)
            return cli_usage("--choices: '%s' is not a list of numbers such as 2,1,3", list);
        p = end;
        int options[SESSION_MAX_CHOICES];
        size_t count = session_options(s, options);
        if (n < 1 || (size_t)n > count)
            return cli_usage("--choices: %ld at scene '%s', which has options 1 to %zu", n,
                             scene->id, count);
        MsError err;
        if (session_choose(s, (size_t)n - 1, &err) != MS_OK)
            return cli_fail(&err);
    }
    while (*p == ',' || *p == ' ')
        p++;
    if (*p)
        fprintf(stderr, "meldsim: --choices: the case ended before '%s'\n", p);
    return CLI_EXIT_OK;
}

static void print_summary(Cli *cli, const Session *s)
{
    const Scenario *sc = session_scenario(s);
    ScoreResult r;
    score_session(s, &r);
    printf("%s: %s\n", sc->id,
           r.completed ? ms_text_get(&sc->endings[r.ending].title, cli->lang, sc->language)
                       : cli_str(cli, "cli.run.unfinished"));
    for (int i = 0; i < MS_STEP_COUNT; i++)
        printf(
            "  %-14s %3d / %d\n",
            ms_text_get(&meldcode_step(sc->meldcode, (MsStep)i)->short_name, cli->lang, MS_LANG_NL),
            r.steps[i].earned, r.steps[i].possible);
    printf("  %-14s %3d / %d  (%.0f%%) %s\n", cli_str(cli, "cli.total"), r.earned, r.possible,
           r.scaled * 100.0, cli_str(cli, r.passed ? "cli.passed" : "cli.not_passed"));
    for (size_t i = 0; i < r.critical_count; i++)
        printf("  %s: %s\n", cli_str(cli, "cli.critical"), r.critical[i].critical->id);
}

int cmd_run(Cli *cli, int argc, char **argv)
{
    RunArgs a;
    int rc = parse_args(cli, argc, argv, &a);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    Scenario *sc = NULL;
    if (library_load(a.scenario, cli->meldcode, &sc, &err) != MS_OK)
        return cli_fail(&err);
    Session *s = session_create(sc);
    if (!s) {
        scenario_free(sc);
        fprintf(stderr, "meldsim: out of memory\n");
        return CLI_EXIT_INSTALL;
    }
    if (a.choices) {
        rc = play_choices(s, a.choices);
    } else if (strategy_play(s, (Strategy)a.strategy, a.seed, sc->scene_count * 2 + 16, &err) !=
               MS_OK) {
        rc = cli_fail(&err);
    }
    if (rc == CLI_EXIT_OK) {
        if (a.json) {
            cJSON *o = result_json_create(s);
            char *text = o ? cJSON_Print(o) : NULL;
            if (text)
                printf("%s\n", text);
            else
                rc = CLI_EXIT_INSTALL;
            cJSON_free(text);
            cJSON_Delete(o);
        } else {
            print_summary(cli, s);
        }
    }
    session_free(s);
    scenario_free(sc);
    return rc;
}
