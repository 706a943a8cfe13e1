/*
 * cmd_run.c: `meldsim run`: a headless playthrough, by a list of choices or
 * a strategy. Narration scenes go on by themselves; every scene with choices
 * takes the next number from the list (1-based among the options offered), or
 * `t` to take the last decision back (oefenen only). With --learner the run is
 * recorded exactly as `meldsim text` and the window record it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attempt.h"
#include "cli_records.h"
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
    const char *learner;
    Mode mode;
} RunArgs;

static int parse_args(Cli *cli, int argc, char **argv, RunArgs *a)
{
    memset(a, 0, sizeof *a);
    a->strategy = -1;
    a->mode = MODE_OEFENEN;
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
        } else if (strcmp(arg, "--learner") == 0 && has_value) {
            a->learner = argv[++i];
        } else if (strcmp(arg, "--mode") == 0 && has_value) {
            int rc = cli_records_mode(argv[++i], &a->mode);
            if (rc != CLI_EXIT_OK)
                return rc;
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

static int choose(Attempt *at, size_t option)
{
    MsError err;
    if (attempt_choose(at, option, &err) != MS_OK)
        return cli_fail(&err);
    return CLI_EXIT_OK;
}

/* Plays the comma-separated 1-based option numbers and `t` (back). */
static int play_choices(Attempt *at, const char *list)
{
    const char *p = list;
    const Scenario *sc = session_scenario(attempt_session(at));
    int rc = CLI_EXIT_OK;
    while (rc == CLI_EXIT_OK && !session_ended(attempt_session(at))) {
        const Session *s = attempt_session(at);
        const ScenarioScene *scene = &sc->scenes[session_scene(s)];
        if (scene->has_next) {
            rc = choose(at, 0);
            continue;
        }
        while (*p == ',' || *p == ' ')
            p++;
        if (!*p)
            return CLI_EXIT_OK; /* the list ran out: an unfinished run */
        if (*p == 't') {
            p++;
            MsError err;
            AttemptBack allowed = attempt_back_allowed(at);
            if (allowed == ATTEMPT_BACK_MODE)
                return cli_usage("--choices: 't' (back) is not allowed in mode %s",
                                 mode_id(attempt_mode(at)));
            if (allowed != ATTEMPT_BACK_OK)
                return cli_usage("--choices: 't' at scene '%s': %s", scene->id,
                                 allowed == ATTEMPT_BACK_USED ? "already went back once"
                                                              : "no decision to take back");
            if (attempt_back(at, &err) != MS_OK)
                return cli_fail(&err);
            continue;
        }
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
        rc = choose(at, (size_t)n - 1);
    }
    while (*p == ',' || *p == ' ')
        p++;
    if (rc == CLI_EXIT_OK && *p)
        fprintf(stderr, "meldsim: --choices: the case ended before '%s'\n", p);
    return rc;
}

static int play_strategy(Attempt *at, const RunArgs *a)
{
    const Session *s = attempt_session(at);
    const Scenario *sc = session_scenario(s);
    size_t max_steps = sc->scene_count * 2 + 16;
    uint64_t rng = a->seed;
    for (size_t step = 0; !session_ended(attempt_session(at)); step++) {
        if (step >= max_steps) {
            fprintf(stderr, "meldsim: the playthrough did not end after %zu steps\n", max_steps);
            return CLI_EXIT_INVALID;
        }
        int rc = choose(at, strategy_pick(attempt_session(at), (Strategy)a->strategy, &rng));
        if (rc != CLI_EXIT_OK)
            return rc;
    }
    return CLI_EXIT_OK;
}

/* The attempt, recorded under the learner when one is given. */
static int start_attempt(Cli *cli, const RunArgs *a, const Scenario *sc, Records **records,
                         Attempt **out)
{
    MsError err;
    ms_error_clear(&err);
    AttemptSetup setup = {NULL, 0, a->mode, cli->lang};
    if (a->learner) {
        RecordsLearner learner;
        int rc = cli_records_open(cli, records);
        if (rc != CLI_EXIT_OK)
            return rc;
        if (records_learner_ensure(*records, a->learner, &learner, &err) != MS_OK)
            return err.code == MS_ERR_INVALID ? cli_usage("--learner: %s", err.message)
                                              : cli_fail(&err);
        setup.records = *records;
        setup.learner_id = learner.id;
    }
    if (attempt_begin(sc, &setup, out, &err) != MS_OK)
        return cli_fail(&err);
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
    printf("  %-14s %3d / %d  (%d%%) %s\n", cli_str(cli, "cli.total"), r.earned, r.possible,
           score_percent(r.scaled), cli_str(cli, r.passed ? "cli.passed" : "cli.not_passed"));
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
    Records *records = NULL;
    Attempt *at = NULL;
    rc = start_attempt(cli, &a, sc, &records, &at);
    if (rc == CLI_EXIT_OK)
        rc = a.choices ? play_choices(at, a.choices) : play_strategy(at, &a);
    if (rc == CLI_EXIT_OK) {
        const Session *s = attempt_session(at);
        if (!session_ended(s)) {
            /* The result is still shown; the exit code tells a script it is unfinished. */
            fprintf(stderr, "meldsim: --choices ran out at scene '%s', before an ending\n",
                    sc->scenes[session_scene(s)].id);
            rc = CLI_EXIT_UNFINISHED;
        }
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
            if (records) {
                char id[32], line[256];
                snprintf(id, sizeof id, "%lld", (long long)attempt_id(at));
                printf("%s\n", strings_fill(cli_str(cli, "cli.run.recorded"), id, a.learner, NULL,
                                            line, sizeof line));
            }
        }
    }
    attempt_free(at);
    records_close(records);
    scenario_free(sc);
    return rc;
}
