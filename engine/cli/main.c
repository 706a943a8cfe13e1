/*
 * main.c: the meldsim command: dispatch to the commands and to the window.
 * The window (engine/ui) is linked only when SDL2 was found; every other
 * command works without it.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

#ifdef MELDSIM_HAVE_UI
#include "ui.h"
#endif

typedef int (*CommandFn)(Cli *cli, int argc, char **argv);

static const struct {
    const char *name;
    CommandFn fn;
} commands[] = {
    {"list", cmd_list},       {"text", cmd_text},       {"run", cmd_run},
    {"check", cmd_check},     {"learner", cmd_learner}, {"history", cmd_history},
    {"summary", cmd_summary}, {"export", cmd_export},   {"report", cmd_report},
    {"forget", cmd_forget},
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

static int run_ui(const char *command, int argc, char **argv)
{
#ifdef MELDSIM_HAVE_UI
    return ui_main(command, argc, argv);
#else
    (void)argc;
    (void)argv;
    fprintf(stderr,
            "meldsim: '%s' needs the window, and this build has no SDL2; use 'meldsim text'\n",
            command);
    return CLI_EXIT_INSTALL;
#endif
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
    if (strcmp(command, "play") == 0 || strcmp(command, "shot") == 0)
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
