/*
 * ui_run.h: the two ways the player runs: in a window, or once off-screen.
 * Both get the started core (vfs, Meldcode, strings) from ui_main.
 */
#ifndef UI_RUN_H
#define UI_RUN_H

#include "cli.h"
#include "scenario.h"
#include "ui_options.h"
#include "ui_settings.h"

/* Renders the screen the options ask for into a PNG; no display needed. Returns an exit status. */
int ui_shot_run(const Cli *cli, const UiOptions *o, const UiSettings *settings);
/* Plays a case by keyboard with speech on and prints what is said; --out also writes it as a WAV
 * file. No display or sound card needed. Returns an exit status. */
int ui_speak_run(const Cli *cli, const UiOptions *o, const UiSettings *settings);
/* Opens the window and plays until the learner quits. Exit status 3 without a display. */
int ui_window_run(const Cli *cli, const UiOptions *o, const UiSettings *settings);
/* Loads the case named by spec, printing the CLI's message on failure; returns an exit status. */
int ui_run_load(const Cli *cli, const char *spec, Scenario **out);

#endif
