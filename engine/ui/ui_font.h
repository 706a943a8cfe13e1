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

typedef enum {
    UI_STYLE_REGULAR = 0,
    UI_STYLE_ITALIC = 1,
    UI_STYLE_BOLD = 2,
    UI_STYLE_BOLD_ITALIC = 3,
    UI_STYLE_COUNT
} UiStyle;

typedef struct UiFonts UiFonts;

/* Reads /assets/fonts/Lato-*.ttf (TTF_Init first). Caller frees with ui_fonts_free. */
MsStatus ui_fonts_load(UiFonts **out, MsError *err);
void ui_fonts_free(UiFonts *f);
/* The face for style at px pixels, or NULL when it cannot be opened. Owned by f. */
TTF_Font *ui_fonts_get(UiFonts *f, UiStyle style, int px);
/* Width in pixels of len bytes of UTF-8 text; 0 on error. */
int ui_fonts_measure(UiFonts *f, UiStyle style, int px, const char *text, size_t len);

#endif
