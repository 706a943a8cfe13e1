/*
 * commands.h: one function per command; argv holds the words after the command.
 */
#ifndef COMMANDS_H
#define COMMANDS_H

#include "cli.h"

int cmd_list(Cli *cli, int argc, char **argv);
int cmd_text(Cli *cli, int argc, char **argv);
int cmd_run(Cli *cli, int argc, char **argv);
int cmd_check(Cli *cli, int argc, char **argv);
int cmd_coverage(Cli *cli, bool json); /* check --coverage */
int cmd_history(Cli *cli, int argc, char **argv);
int cmd_summary(Cli *cli, int argc, char **argv);
int cmd_export(Cli *cli, int argc, char **argv);
int cmd_report(Cli *cli, int argc, char **argv);
int cmd_forget(Cli *cli, int argc, char **argv);
int cmd_send(Cli *cli, int argc, char **argv);
int cmd_learner(Cli *cli, int argc, char **argv);

#endif
