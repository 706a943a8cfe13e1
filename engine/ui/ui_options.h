/*
 * ui_options.h: the options of `meldsim play` and `meldsim shot`.
 * Parsing only: no file is opened and nothing is started here, so every
 * usage error is reported before the window or the renderer exists.
 */
#ifndef UI_OPTIONS_H
#define UI_OPTIONS_H

#include <stdbool.h>

#include "mode.h"
#include "ms_text.h"

typedef struct UiOptions {
    const char *scenario; /* the positional SCENARIO, or NULL */
    int frames;           /* play: quit after this many presented frames; 0 never */
    bool lang_set;
    MsLang lang;
    int w, h;             /* 0: the default size */
    int font_pct;         /* 0: from the settings */
    int contrast;         /* -1 from the settings, 0 normal, 1 high */
    const char *choices;  /* shot: "1,2,1" */
    const char *strategy; /* shot: "best" or "worst" */
    const char *screen;   /* shot: "menu", "play", "feedback", "debrief", "settings", "pause" */
    const char *out;      /* shot: the PNG to write */
    const char *learner;  /* play: who the choices are recorded for; NULL the last learner */
    bool mode_set;        /* --mode given */
    int page;             /* shot, voorlichting: the page (1-based); 0 the first */
    Mode mode;
    bool watch;           /* play: reload the case when its pack changes (authors) */
    int speech;   /* play: -1 from the settings, 0 off, 1 on */
    int typeface; /* -1 from the settings, else a UiTypeface */
} UiOptions;

/* Fills o from argv (the words after the command). Returns 0, or an exit status after printing
 * a usage message. */
int ui_options_parse(const char *command, int argc, char **argv, UiOptions *o);
/* "150", "150%" and "1.5" all give 150; -1 when it is not a scale between 100% and 200%. */
int ui_options_font_pct(const char *text);

#endif
