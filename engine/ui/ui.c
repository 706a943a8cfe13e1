/*
 * ui.c: the player's entry point, called by the command line.
 * Work in progress: the window lands in the next commits.
 */
#include "ui.h"

#include <stdio.h>

int ui_main(const char *command, int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "meldsim: '%s' is not available yet\n", command);
    return 3;
}
