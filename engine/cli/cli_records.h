/*
 * cli_records.h: what the commands that touch learner records share: opening
 * the database with the learner-facing notice when a damaged one was moved
 * aside, finding a learner, and the --mode option.
 */
#ifndef CLI_RECORDS_H
#define CLI_RECORDS_H

#include "cli.h"
#include "mode.h"
#include "records.h"

/* Opens the records in the user's data folder; prints the moved-aside notice to stderr.
 * Returns an exit code (0 on success). */
int cli_records_open(const Cli *cli, Records **out);
/* Parses --mode for the terminal: oefenen or toets. Returns an exit code. */
int cli_records_mode(const char *value, Mode *out);
/* The learner-facing name of a mode ("oefenen", "toets", ...). */
const char *cli_records_mode_name(const Cli *cli, Mode mode);
/* Writes data to path atomically (temp file, fsync, rename), 0600: exports hold personal
 * data. Returns an exit code and prints the error. */
int cli_records_write(const char *path, const char *data, size_t len);

#endif
