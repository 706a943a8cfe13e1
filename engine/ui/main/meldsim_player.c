/*
 * meldsim_player.c: the window's own executable. `meldsim` runs it for the
 * commands that need SDL (no arguments, play, shot, speak), so the other commands
 * never load SDL and its 70-odd libraries.
 * Usage (by meldsim only): meldsim-player menu|play|shot|speak [ARGS...]
 */
#include <stdio.h>
#include <string.h>

#include "ui.h"

int main(int argc, char **argv)
{
    if (argc < 2 || (strcmp(argv[1], "menu") && strcmp(argv[1], "play") && strcmp(argv[1], "shot") &&
                      strcmp(argv[1], "speak"))) {
        fprintf(stderr, "meldsim-player: started by meldsim; use 'meldsim play CASE' (see "
                        "'meldsim --help')\n");
        return 2;
    }
    return ui_main(argv[1], argc - 2, argv + 2);
}
