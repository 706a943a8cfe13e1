/*
 * ui_font.h: the player's typeface, opened at the sizes the layout asks for.
 * The TTF files are read once through the vfs and kept in memory; SDL_ttf
 * reads glyphs from those bytes. Opened sizes are cached, least recently used
 * out, so a resize or a font-size change does not reopen every frame.
 */
#ifndef UI_FONT_H
#define UI_FONT_H

#include <SDL.h>
#include <SDL_ttf.h>

#include "ms_error.h"
#include "ui_settings.h"

typedef enum {
    UI_STYLE_REGULAR = 0,
    UI_STYLE_ITALIC = 1,
    UI_STYLE_BOLD = 2,
    UI_STYLE_BOLD_ITALIC = 3,
    UI_STYLE_COUNT,
    UI_STYLE_FALLBACK = 4 /* flag: the same style in the fallback face */
} UiStyle;

typedef struct UiFonts UiFonts;

/* Reads the typeface's files from /assets/fonts (TTF_Init first). Caller frees with ui_fonts_free. */
MsStatus ui_fonts_load(UiFonts **out, UiTypeface typeface, MsError *err);
void ui_fonts_free(UiFonts *f);
/* Switches to another typeface; every face opened so far is closed. On failure f keeps the old one. */
MsStatus ui_fonts_set_typeface(UiFonts *f, UiTypeface typeface, MsError *err);
UiTypeface ui_fonts_typeface(const UiFonts *f);
/* Distance between baselines for px: 1.35 em in Lato, 1.5 em (WCAG's line spacing) in
 * OpenDyslexic, whose letters are larger for their size. */
int ui_fonts_line_height(const UiFonts *f, int px);
/* From the top of a line to its baseline, so that every glyph's ink stays inside the line. */
int ui_fonts_baseline(UiFonts *f, int px);
/* True when the typeface's regular face draws the character (Unicode code point). */
bool ui_fonts_has_glyph(UiFonts *f, unsigned codepoint);
/* The face that draws codepoint in style: the typeface's, else the fallback's when it has it. */
TTF_Font *ui_fonts_for(UiFonts *f, UiStyle style, int px, unsigned codepoint);
/* The face for style at px pixels, or NULL when it cannot be opened. Owned by f. */
TTF_Font *ui_fonts_get(UiFonts *f, UiStyle style, int px);
/* Width in pixels of len bytes of UTF-8 text; 0 on error. */
int ui_fonts_measure(UiFonts *f, UiStyle style, int px, const char *text, size_t len);

#endif
