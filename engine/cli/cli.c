/*
 * cli.c: start-up and error reporting shared by the commands.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "vfs.h"

int cli_exit_code(MsStatus status)
{
    switch (status) {
    case MS_OK:
        return CLI_EXIT_OK;
    case MS_ERR_INVALID:
    case MS_ERR_REFUSED:
        return CLI_EXIT_INVALID;
    case MS_ERR_NOT_FOUND:
        return CLI_EXIT_USAGE;
    default:
        return CLI_EXIT_INSTALL;
    }
}

int cli_fail(const MsError *err)
{
    char buf[MS_ERROR_FILE_MAX + MS_ERROR_MESSAGE_MAX + 32];
    fprintf(stderr, "meldsim: %s\n", ms_error_format(err, buf, sizeof buf));
    return cli_exit_code(err->code);
}

int cli_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("meldsim: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs("\n(see 'meldsim --help')\n", stderr);
    va_end(ap);
    return CLI_EXIT_USAGE;
}

MsLang cli_default_lang(void)
{
    const char *env = getenv("MELDSIM_LANG");
    if (!env || !*env)
        env = getenv("LANG");
    return env && strncmp(env, "en", 2) == 0 ? MS_LANG_EN : MS_LANG_NL;
}

bool cli_parse_lang(const char *value, MsLang *out)
{
    return ms_lang_parse(value, out);
}

int cli_open(Cli *cli, const char *argv0)
{
    MsError err;
    ms_error_clear(&err);
    memset(cli, 0, sizeof *cli);
    cli->lang = cli_default_lang();
    if (vfs_init(argv0, &err) != MS_OK || meldcode_load(&cli->meldcode, &err) != MS_OK ||
        strings_load(&cli->strings, &err) != MS_OK) {
        cli_close(cli);
        cli_fail(&err);
        return CLI_EXIT_INSTALL;
    }
    return CLI_EXIT_OK;
}

void cli_close(Cli *cli)
{
    strings_free(cli->strings);
    meldcode_free(cli->meldcode);
    cli->strings = NULL;
    cli->meldcode = NULL;
    vfs_quit();
}

const char *cli_str(const Cli *cli, const char *key)
{
    return strings_get(cli->strings, key, cli->lang);
}
