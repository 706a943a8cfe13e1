/*
 * ui_theme.h: the two colour themes of the player, normal and high contrast.
 * Screens name a colour by its role, never by value, so a theme switch is a
 * redraw and nothing else. Every text/background pair meets WCAG AA (4.5:1),
 * and AAA (7:1) in high contrast; so do control edges and the focus ring.
 */
#ifndef UI_THEME_H
#define UI_THEME_H

#include <stdbool.h>

#include <SDL.h>

typedef enum {
    UI_COLOR_BG,            /* window background */
    UI_COLOR_SURFACE,       /* cards and panels */
    UI_COLOR_HEADER,        /* the progress bar band */
    UI_COLOR_TEXT,          /* body text on BG or SURFACE */
    UI_COLOR_MUTED,         /* secondary text on BG or SURFACE */
    UI_COLOR_BORDER,        /* outlines of cards and inactive buttons */
    UI_COLOR_ACCENT,        /* primary buttons, current step, the learner's route */
    UI_COLOR_ACCENT_TEXT,   /* text on ACCENT */
    UI_COLOR_BUTTON,        /* choice button face */
    UI_COLOR_BUTTON_HOVER,  /* choice button face under the pointer or focused */
    UI_COLOR_FOCUS,         /* focus ring */
    UI_COLOR_GOOD,          /* best choice, the correct route */
    UI_COLOR_WARN,          /* partly right */
    UI_COLOR_BAD,           /* wrong or critical */
    UI_COLOR_GOOD_BG,       /* panel tints behind feedback */
    UI_COLOR_WARN_BG,
    UI_COLOR_BAD_BG,
    UI_COLOR_TRACK,         /* empty part of a bar, future steps */
    UI_COLOR_COUNT
} UiColorRole;

typedef struct UiTheme {
    bool high_contrast;
    SDL_Color c[UI_COLOR_COUNT];
} UiTheme;

void ui_theme_get(bool high_contrast, UiTheme *out);
SDL_Color ui_theme_color(const UiTheme *t, UiColorRole role);
/* WCAG 2 contrast ratio of two opaque colours, 1..21. */
double ui_theme_contrast(SDL_Color a, SDL_Color b);

#endif
