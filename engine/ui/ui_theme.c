/*
 * ui_theme.c: colour values of the normal and the high-contrast theme.
 * The normal theme is a calm warm-white page with deep-blue actions; the
 * high-contrast theme is white and yellow on black. tests/ui/test_ui_a11y.c
 * checks every colour a screen puts text or a control's edge on, in both
 * themes: 4.5:1 (normal) and 7:1 (high contrast), WCAG's AA and AAA for text.
 */
#include "ui_theme.h"

#include <math.h>

static SDL_Color rgb(unsigned hex)
{
    SDL_Color c = {(Uint8)((hex >> 16) & 0xff), (Uint8)((hex >> 8) & 0xff), (Uint8)(hex & 0xff), 255};
    return c;
}

void ui_theme_get(bool high_contrast, UiTheme *out)
{
    static const unsigned normal[UI_COLOR_COUNT] = {
        [UI_COLOR_BG] = 0xF4F1EA,           [UI_COLOR_SURFACE] = 0xFFFFFF,
        [UI_COLOR_HEADER] = 0xFFFFFF,       [UI_COLOR_TEXT] = 0x1C2530,
        [UI_COLOR_MUTED] = 0x4A5563,        [UI_COLOR_BORDER] = 0x636C79,
        [UI_COLOR_ACCENT] = 0x1D4E89,       [UI_COLOR_ACCENT_TEXT] = 0xFFFFFF,
        [UI_COLOR_BUTTON] = 0xFFFFFF,       [UI_COLOR_BUTTON_HOVER] = 0xE6EEF8,
        [UI_COLOR_FOCUS] = 0xA14A00,        [UI_COLOR_GOOD] = 0x1E6B3F,
        [UI_COLOR_WARN] = 0x8A5100,         [UI_COLOR_BAD] = 0xA61B1B,
        [UI_COLOR_GOOD_BG] = 0xE8F3EC,      [UI_COLOR_WARN_BG] = 0xFBF1E1,
        [UI_COLOR_BAD_BG] = 0xFBE9E7,       [UI_COLOR_TRACK] = 0xD9DEE5,
    };
    static const unsigned high[UI_COLOR_COUNT] = {
        [UI_COLOR_BG] = 0x000000,           [UI_COLOR_SURFACE] = 0x000000,
        [UI_COLOR_HEADER] = 0x000000,       [UI_COLOR_TEXT] = 0xFFFFFF,
        [UI_COLOR_MUTED] = 0xE6E6E6,        [UI_COLOR_BORDER] = 0xFFFFFF,
        [UI_COLOR_ACCENT] = 0xFFE14D,       [UI_COLOR_ACCENT_TEXT] = 0x000000,
        [UI_COLOR_BUTTON] = 0x000000,       [UI_COLOR_BUTTON_HOVER] = 0x1F2A44,
        [UI_COLOR_FOCUS] = 0x3DE0FF,        [UI_COLOR_GOOD] = 0x7CF29A,
        [UI_COLOR_WARN] = 0xFFC857,         [UI_COLOR_BAD] = 0xFF8F85,
        [UI_COLOR_GOOD_BG] = 0x000000,      [UI_COLOR_WARN_BG] = 0x000000,
        [UI_COLOR_BAD_BG] = 0x000000,       [UI_COLOR_TRACK] = 0x5C5C5C,
    };
    const unsigned *v = high_contrast ? high : normal;
    out->high_contrast = high_contrast;
    for (int i = 0; i < UI_COLOR_COUNT; i++) {
        out->c[i] = rgb(v[i]);
    }
}

SDL_Color ui_theme_color(const UiTheme *t, UiColorRole role)
{
    return t->c[role];
}

static double channel(Uint8 v)
{
    double s = v / 255.0;
    return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double ui_theme_contrast(SDL_Color a, SDL_Color b)
{
    double la = luminance(a), lb = luminance(b);
    double hi = la > lb ? la : lb, lo = la > lb ? lb : la;
    return (hi + 0.05) / (lo + 0.05);
}
