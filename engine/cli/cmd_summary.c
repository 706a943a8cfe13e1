/*
 * cmd_summary.c: `meldsim summary ATTEMPT --out FILE.html`: the printable
 * summary of one finished attempt. The case is loaded and the recorded choices
 * replayed through it, so every score on the page is computed afresh. Dutch
 * unless --lang en: the page is meant for a Dutch school's files.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attempt.h"
#include "cli_records.h"
#include "commands.h"
#include "library.h"
#include "summary_html.h"

/* The case: --case when given, else the installed id, else the pack it was played from. */
static int write_summary(Cli *cli, Records *r, const RecordsAttempt *a, const char *spec,
                         const char *out)
{
    MsError err;
    ms_error_clear(&err);
    Scenario *sc = NULL;
    MsStatus st = library_load(spec ? spec : a->scenario, cli->meldcode, &sc, &err);
    if (st == MS_ERR_NOT_FOUND && !spec && a->pack[0])
        st = library_load(a->pack, cli->meldcode, &sc, &err);
    if (st == MS_OK && strcmp(sc->id, a->scenario) != 0) {
        fprintf(stderr, "meldsim: attempt %lld is of case '%s', not '%s'\n", (long long)a->id,
                a->scenario, sc->id);
        scenario_free(sc);
        return CLI_EXIT_USAGE;
    }
    if (st != MS_OK) {
        fprintf(stderr, "meldsim: attempt %lld is of case '%s', which cannot be loaded:\n",
                (long long)a->id, a->scenario);
        return cli_fail(&err);
    }
    RecordsChoice *choices = NULL;
    size_t n = 0;
    Session *s = NULL;
    int rc = CLI_EXIT_OK;
    if (records_choices_get(r, a->id, &choices, &n, &err) != MS_OK ||
        attempt_replay(sc, choices, n, &s, &err) != MS_OK) {
        rc = cli_fail(&err);
    } else {
        char now[WALLCLOCK_ISO_MAX];
        wallclock_now_iso(now);
        SummaryInput in = {s, a, cli->strings, cli->lang, now, "meldsim " MELDSIM_VERSION};
        StrBuf page;
        strbuf_init(&page);
        if (summary_html_write(&page, &in, &err) != MS_OK) {
            strbuf_free(&page);
            rc = cli_fail(&err);
        } else {
            size_t len;
            char *data = strbuf_take(&page, &len);
            rc = data ? cli_records_write(out, data, len) : CLI_EXIT_INSTALL;
            free(data);
        }
    }
    session_free(s);
    free(choices);
    scenario_free(sc);
    return rc;
}

int cmd_summary(Cli *cli, int argc, char **argv)
{
    const char *out = NULL, *id_text = NULL, *spec = NULL;
    cli->lang = MS_LANG_NL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
            out = argv[++i];
        else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc)
            spec = argv[++i];
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else if (argv[i][0] != '-' && !id_text)
            id_text = argv[i];
        else
            return cli_usage("summary takes ATTEMPT, --out FILE.html, --case CASE and --lang (got "
                             "'%s')",
                             argv[i]);
    }
    if (!id_text || !out)
        return cli_usage("summary needs ATTEMPT (see 'meldsim history') and --out FILE.html");
    char *end;
    errno = 0;
    long long id = strtoll(id_text, &end, 10);
    if (errno || *end || id <= 0)
        return cli_usage("summary: ATTEMPT is the number from 'meldsim history' (got '%s')",
                         id_text);
    Records *r = NULL;
    int rc = cli_records_open(cli, &r);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    RecordsAttempt a;
    if (records_attempt_get(r, id, &a, &err) != MS_OK) {
        rc = cli_fail(&err);
    } else if (a.status != RECORDS_FINISHED) {
        fprintf(stderr, "meldsim: attempt %lld is not finished; a summary needs a finished case\n",
                id);
        rc = CLI_EXIT_USAGE;
    } else {
        rc = write_summary(cli, r, &a, spec, out);
        if (rc == CLI_EXIT_OK) {
            char line[1024];
            strings_fill(cli_str(cli, "summary.done"), out, NULL, NULL, line, sizeof line);
            printf("%s\n", line);
        }
    }
    records_close(r);
    return rc;
}
