/*
 * ui_textcache.h: laid-out and rendered text blocks, kept between frames.
 * A block is rasterised once into a texture and drawn as one copy after that;
 * blocks nobody asked for since the previous sweep are freed, so the cache
 * holds roughly what two consecutive screens show.
 */
#ifndef UI_TEXTCACHE_H
#define UI_TEXTCACHE_H

#include <SDL.h>

#include "ui_font.h"
#include "ui_text.h"

typedef struct UiTextCache UiTextCache;

UiTextCache *ui_textcache_create(UiFonts *fonts); /* fonts borrowed; caller frees the cache */
void ui_textcache_free(UiTextCache *c);
/* Forgets every block (the typeface changed, so every measurement did). */
void ui_textcache_clear(UiTextCache *c);
/* The layout of markup at px wrapped to max_width; NULL only when out of memory. Owned by c. */
const UiTextLayout *ui_textcache_layout(UiTextCache *c, const char *markup, UiStyle base, int px,
                                        int max_width);
/* Draws the block with its top-left corner at (x, y). */
void ui_textcache_draw(UiTextCache *c, SDL_Renderer *r, const char *markup, UiStyle base, int px,
                       int max_width, SDL_Color color, int x, int y);
/* Frees blocks not used since the previous sweep. */
void ui_textcache_sweep(UiTextCache *c);
/* Drops every texture (e.g. before the renderer is destroyed); layouts stay. */
void ui_textcache_drop_textures(UiTextCache *c);
size_t ui_textcache_count(const UiTextCache *c);
size_t ui_textcache_rasterised(const UiTextCache *c); /* textures made so far, for tests */

#endif
