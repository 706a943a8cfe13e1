/*
 * cmd_learner.c: `meldsim learner add [NAME]` and `meldsim learner list`.
 * Without a NAME, add makes up a pseudonym ("leerling-4821"): the default, so
 * a learner need not type a real name into a shared laptop.
 */
#include <stdio.h>
#include <string.h>

#include "cli_records.h"
#include "commands.h"
#include "utf8.h"

/* Pads by characters, not bytes, so names with accents line up. */
static void cell(const char *s, int width)
{
    fputs(s, stdout);
    for (int n = (int)utf8_length(s); n <= width; n++)
        putchar(' ');
}

static void list_one(const RecordsLearner *l, void *user)
{
    const Cli *cli = user;
    char when[64];
    wallclock_local_text(l->created_at, when, sizeof when);
    cell(l->name, 20);
    cell(when, 16);
    printf("%5d %5d  %s\n", l->finished, l->open,
           l->generated ? cli_str(cli, "learner.pseudonym") : "");
}

int cmd_learner(Cli *cli, int argc, char **argv)
{
    const char *verb = argc > 0 ? argv[0] : NULL, *name = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else if (argv[i][0] != '-' && !name && verb && strcmp(verb, "add") == 0) {
            name = argv[i];
        } else {
            return cli_usage("learner: unexpected '%s'", argv[i]);
        }
    }
    if (!verb || (strcmp(verb, "add") != 0 && strcmp(verb, "list") != 0))
        return cli_usage("learner takes 'add [NAME]' or 'list'");
    Records *r = NULL;
    int rc = cli_records_open(cli, &r);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    if (strcmp(verb, "add") == 0) {
        RecordsLearner l;
        if (records_learner_add(r, name, &l, &err) != MS_OK) {
            records_close(r);
            return err.code == MS_ERR_INVALID ? cli_usage("learner add: %s", err.message)
                                              : cli_fail(&err);
        }
        char line[512];
        strings_fill(cli_str(cli, l.generated ? "learner.added_pseudonym" : "learner.added"),
                     l.name, NULL, NULL, line, sizeof line);
        printf("%s\n", line);
    } else {
        cell(cli_str(cli, "history.learner"), 20);
        cell(cli_str(cli, "learner.since"), 16);
        printf("%5s %5s\n", cli_str(cli, "learner.finished"), cli_str(cli, "learner.open"));
        if (records_learner_each(r, list_one, cli, &err) != MS_OK)
            rc = cli_fail(&err);
    }
    records_close(r);
    return rc;
}
