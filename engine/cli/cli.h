/*
 * cli.h: what every command shares: the vfs, the Meldcode data, the string
 * table, the chosen language, and one mapping from status to exit code.
 */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "meldcode.h"
#include "ms_error.h"
#include "ms_text.h"
#include "ms_strings.h"

enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_INVALID = 1,    /* scenario invalid or refused */
    CLI_EXIT_USAGE = 2,      /* usage error, or the scenario cannot be found */
    CLI_EXIT_INSTALL = 3,    /* installation broken, no display, or an I/O error */
    CLI_EXIT_UNFINISHED = 4, /* `text` input or `run --choices` ended before the case did */
};

typedef struct Cli {
    Meldcode *meldcode;
    Strings *strings;
    MsLang lang;
} Cli;

/* Starts the vfs and loads the Meldcode data and strings; prints and returns an exit code on
 * failure (0 on success). */
int cli_open(Cli *cli, const char *argv0);
void cli_close(Cli *cli);
int cli_exit_code(MsStatus status);
/* Prints "meldsim: file:line: message" to stderr and returns the exit code for it. */
int cli_fail(const MsError *err);
int cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *cli_str(const Cli *cli, const char *key);
/* The language from --lang, else $MELDSIM_LANG/$LANG ("en*" gives English), else Dutch. */
MsLang cli_default_lang(void);
bool cli_parse_lang(const char *value, MsLang *out);

#endif
