/*
 * cmd_export.c: `meldsim export`: the learner records as CSV or xAPI, to a file
 * (written whole, then renamed into place) or to stdout with --out -.
 * Nothing leaves the machine any other way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_records.h"
#include "commands.h"
#include "export.h"

int cmd_export(Cli *cli, int argc, char **argv)
{
    const char *format = NULL, *out = NULL;
    char base[512] = EXPORT_DEFAULT_BASE;
    ExportOptions o = {0};
    for (int i = 0; i < argc; i++) {
        bool has_value = i + 1 < argc;
        if (strcmp(argv[i], "--learner") == 0 && has_value) {
            o.learner = argv[++i];
        } else if (strcmp(argv[i], "--format") == 0 && has_value) {
            format = argv[++i];
        } else if (strcmp(argv[i], "--out") == 0 && has_value) {
            out = argv[++i];
        } else if (strcmp(argv[i], "--pseudonymise") == 0 ||
                   strcmp(argv[i], "--pseudonymize") == 0) {
            o.pseudonymise = true;
        } else if (strcmp(argv[i], "--base") == 0 && has_value) {
            const char *b = argv[++i];
            if ((strncmp(b, "https://", 8) != 0 && strncmp(b, "http://", 7) != 0) ||
                strlen(b) >= sizeof base || strpbrk(b, " \"<>\\^`{|}"))
                return cli_usage(
                    "--base takes an http(s) IRI such as https://leren.school.nl/meldsim "
                    "(got '%s')",
                    b);
            snprintf(base, sizeof base, "%s", b);
            size_t n = strlen(base);
            while (n > 8 && base[n - 1] == '/')
                base[--n] = '\0';
        } else if (strcmp(argv[i], "--lang") == 0 && has_value) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else {
            return cli_usage("export: unknown or incomplete option '%s'", argv[i]);
        }
    }
    if (!format || (strcmp(format, "csv") != 0 && strcmp(format, "xapi") != 0))
        return cli_usage("export needs --format csv or --format xapi");
    if (!out)
        return cli_usage("export needs --out FILE (or --out - for standard output)");
    o.base = base;
    o.meldcode = cli->meldcode;
    o.platform = "meldsim " MELDSIM_VERSION;
    Records *r = NULL;
    int rc = cli_records_open(cli, &r);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    StrBuf text;
    strbuf_init(&text);
    ExportCounts counts;
    MsStatus st = strcmp(format, "csv") == 0 ? export_csv(r, &o, &text, &counts, &err)
                                             : export_xapi(r, &o, &text, &counts, &err);
    records_close(r);
    if (st != MS_OK) {
        strbuf_free(&text);
        return cli_fail(&err);
    }
    size_t len;
    char *data = strbuf_take(&text, &len);
    if (strcmp(out, "-") == 0) {
        fwrite(data, 1, len, stdout);
        rc = ferror(stdout) ? CLI_EXIT_INSTALL : CLI_EXIT_OK;
    } else {
        rc = cli_records_write(out, data, len);
    }
    free(data);
    if (rc == CLI_EXIT_OK && strcmp(out, "-") != 0) {
        char a[32], c[32], items[32], line[1024];
        snprintf(a, sizeof a, "%zu", counts.attempts);
        snprintf(c, sizeof c, "%zu", counts.choices);
        snprintf(items, sizeof items, "%zu", counts.items);
        strings_fill(
            cli_str(cli, strcmp(format, "csv") == 0 ? "export.done_csv" : "export.done_xapi"),
            items, out, NULL, line, sizeof line);
        printf("%s\n", line);
        strings_fill(cli_str(cli, "export.counts"), a, c, NULL, line, sizeof line);
        printf("%s\n", line);
    }
    return rc;
}
