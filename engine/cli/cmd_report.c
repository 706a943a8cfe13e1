/*
 * cmd_report.c: `meldsim report FILES... --out report.html`: the group report
 * from xAPI exports (one per laptop or learner). Files are the user's own, read
 * with stdio by the paths given; a file that is not an export stops the report
 * with its name, rather than a report that silently leaves a laptop out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_records.h"
#include "commands.h"
#include "report.h"

#define REPORT_FILE_MAX (256L * 1024 * 1024)

static char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "meldsim: %s: cannot read: %s\n", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    long size = -1;
    if (fseek(f, 0, SEEK_END) == 0)
        size = ftell(f);
    if (size < 0 || size > REPORT_FILE_MAX || fseek(f, 0, SEEK_SET) != 0) {
        fprintf(stderr, "meldsim: %s: not a readable file of at most 256 MB\n", path);
    } else if ((buf = malloc((size_t)size + 1)) != NULL) {
        *len = fread(buf, 1, (size_t)size, f);
        buf[*len] = '\0';
        if (*len != (size_t)size) {
            fprintf(stderr, "meldsim: %s: read error\n", path);
            free(buf);
            buf = NULL;
        }
    } else {
        fprintf(stderr, "meldsim: %s: out of memory\n", path);
    }
    fclose(f);
    return buf;
}

int cmd_report(Cli *cli, int argc, char **argv)
{
    const char *out = NULL;
    int files = 0;
    cli->lang = MS_LANG_NL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage("report: unknown or incomplete option '%s'", argv[i]);
        } else {
            files++;
        }
    }
    if (!files || !out)
        return cli_usage("report needs FILES... (xAPI exports) and --out report.html");
    Report *rp = report_create(cli->lang);
    if (!rp) {
        fprintf(stderr, "meldsim: out of memory\n");
        return CLI_EXIT_INSTALL;
    }
    MsError err;
    ms_error_clear(&err);
    int rc = CLI_EXIT_OK;
    for (int i = 0; i < argc && rc == CLI_EXIT_OK; i++) {
        if (strcmp(argv[i], "--out") == 0 || strcmp(argv[i], "--lang") == 0) {
            i++;
            continue;
        }
        size_t len = 0;
        char *text = read_whole(argv[i], &len);
        if (!text)
            rc = CLI_EXIT_USAGE;
        else if (report_add_json(rp, text, len, argv[i], &err) != MS_OK)
            rc = cli_fail(&err);
        free(text);
    }
    StrBuf page;
    strbuf_init(&page);
    if (rc == CLI_EXIT_OK) {
        char now[WALLCLOCK_ISO_MAX];
        wallclock_now_iso(now);
        if (report_finish(rp, &err) != MS_OK ||
            report_html_write(rp, cli->meldcode, cli->strings, cli->lang, now, &page, &err) !=
                MS_OK)
            rc = cli_fail(&err);
    }
    if (rc == CLI_EXIT_OK) {
        size_t len;
        char *data = strbuf_take(&page, &len);
        rc = data ? cli_records_write(out, data, len) : CLI_EXIT_INSTALL;
        free(data);
    }
    if (rc == CLI_EXIT_OK) {
        char a[32], b[32], line[1024];
        snprintf(a, sizeof a, "%zu", report_statement_count(rp));
        snprintf(b, sizeof b, "%zu", report_learner_count(rp));
        strings_fill(cli_str(cli, "report.done"), out, a, b, line, sizeof line);
        printf("%s\n", line);
        if (report_case_count(rp) == 0)
            fprintf(stderr, "meldsim: %s\n", cli_str(cli, "report.empty"));
    }
    strbuf_free(&page);
    report_free(rp);
    return rc;
}
