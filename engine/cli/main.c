/*
 * main.c: the meldsim command: dispatch to the commands and to the window.
 * This executable never links SDL; the window is meldsim-player beside it,
 * executed for the commands that need it, so every other command starts fast.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"

typedef int (*CommandFn)(Cli *cli, int argc, char **argv);

static const struct {
    const char *name;
    CommandFn fn;
} commands[] = {
    {"list", cmd_list},       {"text", cmd_text},       {"run", cmd_run},
    {"check", cmd_check},     {"learner", cmd_learner}, {"history", cmd_history},
    {"summary", cmd_summary}, {"export", cmd_export},   {"report", cmd_report},
    {"forget", cmd_forget},   {"send", cmd_send},
};

static int print_help(void)
{
    Cli cli;
    int rc = cli_open(&cli, NULL);
    if (rc != CLI_EXIT_OK)
        return rc;
    fputs(cli_str(&cli, "cli.help"), stdout);
    cli_close(&cli);
    return CLI_EXIT_OK;
}

/* The window lives in meldsim-player beside this executable: exec it, so its exit status is ours. */
static int run_ui(const char *command, int argc, char **argv)
{
    char self[PATH_MAX], player[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        fprintf(stderr, "meldsim: cannot find my own executable: %s\n", strerror(errno));
        return CLI_EXIT_INSTALL;
    }
    self[n] = '\0';
    char *slash = strrchr(self, '/');
    *slash = '\0';
    snprintf(player, sizeof player, "%s/meldsim-player", self);
    char **args = calloc((size_t)argc + 3, sizeof *args);
    if (!args)
        return CLI_EXIT_INSTALL;
    args[0] = player;
    args[1] = (char *)command;
    for (int i = 0; i < argc; i++)
        args[i + 2] = argv[i];
    execv(player, args);
    int saved = errno;
    free(args);
    fprintf(stderr,
            "meldsim: '%s' needs the window (%s): %s. Play in the terminal instead: 'meldsim "
            "text CASE'\n",
            command, player, strerror(saved));
    return CLI_EXIT_INSTALL;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return run_ui("menu", 0, argv + argc);
    const char *command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 ||
        strcmp(command, "help") == 0)
        return print_help();
    if (strcmp(command, "--version") == 0) {
        printf("meldsim %s\n", MELDSIM_VERSION);
        return CLI_EXIT_OK;
    }
    if (strcmp(command, "play") == 0 || strcmp(command, "shot") == 0 || strcmp(command, "speak") == 0)
        return run_ui(command, argc - 2, argv + 2);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(command, commands[i].name) == 0) {
            Cli cli;
            int rc = cli_open(&cli, argv[0]);
            if (rc != CLI_EXIT_OK)
                return rc;
            rc = commands[i].fn(&cli, argc - 2, argv + 2);
            cli_close(&cli);
            return rc;
        }
    }
    return cli_usage("unknown command '%s'", command);
}
