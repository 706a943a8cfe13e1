/*
 * cli_records.c: shared by text, run, history, summary, export, forget and
 * learner. Output files are written whole to "<path>.tmp" and renamed, so an
 * export or report is never left half-written where a trainer would pick it up.
 */
#include "cli_records.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int cli_records_open(const Cli *cli, Records **out)
{
    MsError err;
    RecordsOpenInfo info;
    ms_error_clear(&err);
    if (records_open_user(&info, out, &err) != MS_OK)
        return cli_fail(&err);
    if (info.moved_to[0]) {
        char line[3 * RECORDS_PATH_MAX + 512];
        strings_fill(cli_str(cli, "records.damaged"), info.moved_to, info.path, info.damage, line,
                     sizeof line);
        fprintf(stderr, "meldsim: %s\n", line);
    }
    return CLI_EXIT_OK;
}

int cli_records_mode(const char *value, Mode *out)
{
    int m = mode_parse(value);
    if (m < 0)
        return cli_usage("--mode takes oefenen or toets (got '%s')", value);
    if (!mode_rules((Mode)m)->terminal)
        return cli_usage("mode '%s' is only in the window ('meldsim play'); the terminal has "
                         "oefenen and toets",
                         value);
    *out = (Mode)m;
    return CLI_EXIT_OK;
}

const char *cli_records_mode_name(const Cli *cli, Mode mode)
{
    char key[64];
    snprintf(key, sizeof key, "mode.%s", mode_id(mode));
    return cli_str(cli, key);
}

int cli_records_write(const char *path, const char *data, size_t len)
{
    char tmp[4096];
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp) {
        fprintf(stderr, "meldsim: %s: the path is too long\n", path);
        return CLI_EXIT_USAGE;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        fprintf(stderr, "meldsim: %s: cannot write: %s\n", tmp, strerror(errno));
        return CLI_EXIT_INSTALL;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    int failed = done != len || fsync(fd) != 0;
    int saved = errno;
    if (close(fd) != 0)
        failed = 1;
    if (failed || rename(tmp, path) != 0) {
        if (!failed)
            saved = errno;
        fprintf(stderr, "meldsim: %s: cannot write: %s\n", path, strerror(saved));
        unlink(tmp);
        return CLI_EXIT_INSTALL;
    }
    return CLI_EXIT_OK;
}
