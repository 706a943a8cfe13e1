/*
 * cmd_history.c: `meldsim history`: finished cases with date, learner, mode,
 * score and result, newest last; --all adds unfinished and abandoned ones.
 * Columns are padded by characters, not bytes, so names with accents line up.
 */
#include <stdio.h>
#include <string.h>

#include "cli_records.h"
#include "commands.h"
#include "score.h"
#include "utf8.h"

typedef struct History {
    const Cli *cli;
    int shown;
} History;

static void cell(const char *s, int width)
{
    int n = (int)utf8_length(s);
    fputs(s, stdout);
    for (; n < width; n++)
        putchar(' ');
    putchar(' ');
}

static bool show(const RecordsAttempt *a, void *user)
{
    History *h = user;
    const Cli *cli = h->cli;
    char id[24], when[64], score[32];
    snprintf(id, sizeof id, "%lld", (long long)a->id);
    wallclock_local_text(a->status == RECORDS_FINISHED ? a->finished_at : a->started_at, when,
                         sizeof when);
    cell(id, 6);
    cell(when, 16);
    cell(a->learner, 16);
    cell(a->scenario, 20);
    cell(cli_records_mode_name(cli, a->mode), 8);
    if (a->status == RECORDS_FINISHED) {
        snprintf(score, sizeof score, "%3d%% %d/%d", score_percent(a->result.scaled), a->result.earned,
                 a->result.possible);
        cell(score, 12);
        printf("%s\n", cli_str(cli, a->result.passed ? "cli.passed" : "cli.not_passed"));
    } else {
        char line[128], n[16];
        snprintf(n, sizeof n, "%d", a->answered);
        strings_fill(cli_str(cli, a->status == RECORDS_OPEN ? "history.open" : "history.abandoned"),
                     n, NULL, NULL, line, sizeof line);
        cell("-", 12);
        printf("%s\n", line);
    }
    h->shown++;
    return true;
}

int cmd_history(Cli *cli, int argc, char **argv)
{
    const char *learner = NULL;
    bool all = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--learner") == 0 && i + 1 < argc)
            learner = argv[++i];
        else if (strcmp(argv[i], "--all") == 0)
            all = true;
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else
            return cli_usage("history takes --learner NAME, --all and --lang nl|en (got '%s')",
                             argv[i]);
    }
    Records *r = NULL;
    int rc = cli_records_open(cli, &r);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    if (learner) {
        RecordsLearner l;
        if (records_learner_find(r, learner, &l, &err) != MS_OK) {
            records_close(r);
            return cli_fail(&err);
        }
    }
    History h = {cli, 0};
    cell(cli_str(cli, "history.attempt"), 6);
    cell(cli_str(cli, "history.date"), 16);
    cell(cli_str(cli, "history.learner"), 16);
    cell(cli_str(cli, "history.case"), 20);
    cell(cli_str(cli, "history.mode"), 8);
    cell(cli_str(cli, "history.score"), 12);
    printf("%s\n", cli_str(cli, "history.result"));
    MsStatus st = records_attempt_each(r, learner, !all, show, &h, &err);
    records_close(r);
    if (st != MS_OK)
        return cli_fail(&err);
    if (h.shown == 0)
        printf("%s\n", cli_str(cli, all ? "history.none_all" : "history.none"));
    else
        printf("\n%s\n", cli_str(cli, "history.hint"));
    return CLI_EXIT_OK;
}
