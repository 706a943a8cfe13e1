/*
 * ui.c: the player's entry point, called by the command line.
 * Starts the core the way every command does (cli_open), settles the
 * settings (saved ones for the window, only the options for a screenshot or a
 * spoken playthrough so that those are reproducible), then runs the window,
 * the shot or the speech.
 */
#include "ui.h"

#include <string.h>

#include "cli.h"
#include "ui_options.h"
#include "ui_run.h"
#include "ui_settings.h"

int ui_main(const char *command, int argc, char **argv)
{
    UiOptions o;
    int rc = ui_options_parse(command, argc, argv, &o);
    if (rc != 0) {
        return rc;
    }
    Cli cli;
    rc = cli_open(&cli, NULL);
    if (rc != CLI_EXIT_OK) {
        return rc;
    }
    bool shot = strcmp(command, "shot") == 0 || strcmp(command, "speak") == 0;
    UiSettings settings;
    ui_settings_default(&settings, cli.lang);
    if (!shot) {
        ui_settings_load(&settings);
    }
    if (o.lang_set) {
        settings.lang = o.lang;
    }
    if (o.font_pct > 0) {
        settings.font_pct = o.font_pct;
    }
    if (o.contrast >= 0) {
        settings.high_contrast = o.contrast == 1;
    }
    if (o.speech >= 0) {
        settings.speech = o.speech == 1;
    }
    if (o.typeface >= 0) {
        settings.typeface = (UiTypeface)o.typeface;
    }
    rc = strcmp(command, "speak") == 0 ? ui_speak_run(&cli, &o, &settings)
         : shot                        ? ui_shot_run(&cli, &o, &settings)
                                       : ui_window_run(&cli, &o, &settings);
    cli_close(&cli);
    return rc;
}
