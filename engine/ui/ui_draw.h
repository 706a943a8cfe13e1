/*
 * ui_draw.h: the shapes the screens are made of, anti-aliased.
 * Everything is a convex polygon or a stroked outline sent to
 * SDL_RenderGeometry with a one-pixel feathered edge, so the same code draws
 * smooth shapes on the software renderer (screenshots) and on the GPU.
 */
#ifndef UI_DRAW_H
#define UI_DRAW_H

#include <SDL.h>

void ui_draw_round_rect(SDL_Renderer *r, SDL_Rect rect, int radius, SDL_Color color);
void ui_draw_round_frame(SDL_Renderer *r, SDL_Rect rect, int radius, int thickness, SDL_Color color);
void ui_draw_circle(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color color);
void ui_draw_ring(SDL_Renderer *r, float cx, float cy, float radius, float thickness, SDL_Color color);
/* A square standing on its corner, centred at (cx, cy), `radius` from centre to corner. */
void ui_draw_diamond(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color color);
void ui_draw_diamond_frame(SDL_Renderer *r, float cx, float cy, float radius, float thickness,
                           SDL_Color color);
void ui_draw_triangle(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color color);
void ui_draw_line(SDL_Renderer *r, float x0, float y0, float x1, float y1, float thickness,
                  SDL_Color color);
void ui_draw_dashed_line(SDL_Renderer *r, float x0, float y0, float x1, float y1, float thickness,
                         float dash, SDL_Color color);
/* A tick mark filling box (a square) with strokes of the given thickness. */
void ui_draw_check(SDL_Renderer *r, SDL_Rect box, float thickness, SDL_Color color);
void ui_draw_cross(SDL_Renderer *r, SDL_Rect box, float thickness, SDL_Color color);
void ui_draw_fill(SDL_Renderer *r, SDL_Rect rect, SDL_Color color); /* plain rectangle */

#endif
