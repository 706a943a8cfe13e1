/*
 * ui_text.h: scenario markup laid out into lines, and rendered to a surface.
 * Markup follows docs/scenario-format.md: *emphasis*, **strong**, \* for a
 * literal asterisk, an empty line for a paragraph, a newline for a break.
 * Layout is separate from rendering so screens can measure without drawing;
 * a line is a byte range of the plain text with one style byte per byte.
 */
#ifndef UI_TEXT_H
#define UI_TEXT_H

#include <stddef.h>

#include <SDL.h>

#include "ms_error.h"
#include "ui_font.h"

#define UI_TEXT_PARAGRAPH 0x80u /* style flag on a '\n' that ends a paragraph */

typedef struct UiTextLine {
    size_t start, end; /* byte range of plain */
    int y;             /* top of the line within the block */
    int width;         /* measured pixels */
} UiTextLine;

typedef struct UiTextLayout {
    char *plain;           /* markup removed, NUL-terminated */
    unsigned char *styles; /* UiStyle per byte of plain (plus UI_TEXT_PARAGRAPH on breaks) */
    size_t len;
    UiTextLine *lines;
    size_t line_count;
    int px;      /* font size */
    int line_h;  /* distance between baselines */
    int width;   /* widest line */
    int height;  /* whole block */
} UiTextLayout;

/* Parses markup into out->plain/styles (no lines yet). base is OR-ed into every style. */
MsStatus ui_text_parse(const char *markup, UiStyle base, UiTextLayout *out);
/* Parses and wraps to max_width pixels (words longer than a line break between characters).
 * Free with ui_text_layout_free. */
MsStatus ui_text_layout(UiFonts *fonts, const char *markup, UiStyle base, int px, int max_width,
                        UiTextLayout *out);
void ui_text_layout_free(UiTextLayout *layout);
/* A transparent ARGB surface of width x height with the text in color; caller frees. */
SDL_Surface *ui_text_render(UiFonts *fonts, const UiTextLayout *layout, SDL_Color color);

#endif
