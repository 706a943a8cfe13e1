/*
 * cmd_forget.c: `meldsim forget --learner NAME`: deletes the learner and all
 * their records, says what was deleted, and names what it cannot reach: damaged
 * files moved aside, and exports already made.
 */
#include <stdio.h>
#include <string.h>

#include "cli_records.h"
#include "commands.h"

int cmd_forget(Cli *cli, int argc, char **argv)
{
    const char *learner = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--learner") == 0 && i + 1 < argc)
            learner = argv[++i];
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else
            return cli_usage("forget takes --learner NAME (got '%s')", argv[i]);
    }
    if (!learner)
        return cli_usage("forget needs --learner NAME (see 'meldsim learner list')");
    Records *r = NULL;
    int rc = cli_records_open(cli, &r);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    RecordsForgotten f;
    MsStatus st = records_forget(r, learner, &f, &err);
    char path[RECORDS_PATH_MAX];
    snprintf(path, sizeof path, "%s", records_path(r));
    records_close(r);
    if (st != MS_OK)
        return cli_fail(&err);
    char a[16], c[16], v[16], line[2048];
    snprintf(a, sizeof a, "%d", f.attempts);
    snprintf(c, sizeof c, "%d", f.choices);
    snprintf(v, sizeof v, "%d", f.votes);
    strings_fill(cli_str(cli, "forget.done"), learner, a, c, line, sizeof line);
    printf("%s\n", line);
    strings_fill(cli_str(cli, "forget.where"), path, NULL, NULL, line, sizeof line);
    printf("%s\n", line);
    if (f.votes) {
        strings_fill(cli_str(cli, "forget.votes"), v, NULL, NULL, line, sizeof line);
        printf("%s\n", line);
    }
    if (!f.wal_cleared)
        printf("%s\n", cli_str(cli, "forget.wal_busy"));
    for (size_t i = 0; i < f.damaged_count; i++) {
        strings_fill(cli_str(cli, "forget.damaged"), f.damaged[i], NULL, NULL, line, sizeof line);
        printf("%s\n", line);
    }
    printf("%s\n", cli_str(cli, "forget.exports"));
    return CLI_EXIT_OK;
}
