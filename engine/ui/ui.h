/*
 * ui.h: the entry point of the SDL2 player, called by the command line.
 * The command line owns argument dispatch; the player owns its own options.
 */
#ifndef UI_H
#define UI_H

/* command: "menu" (no arguments given), "play" or "shot"; argv holds the words after it.
 * Returns the process exit status (0 ok, 1 scenario invalid, 2 usage or not found, 3 no display). */
int ui_main(const char *command, int argc, char **argv);

#endif
