/*
 * ui_canvas.h: a picture in memory with a software renderer that draws into it.
 * The window and the screenshot command both draw the app into a canvas; the
 * window then copies the canvas to the screen. So the pixels the tests check
 * are drawn exactly as a learner sees them, and the first frame can be drawn
 * on another thread while the window is still being opened.
 */
#ifndef UI_CANVAS_H
#define UI_CANVAS_H

#include <stdbool.h>

#include <SDL.h>

typedef struct UiCanvas {
    SDL_Surface *surface;
    SDL_Renderer *renderer;
    void *pixels; /* the surface's memory, mapped with its pages present */
    size_t size;
} UiCanvas;

/* A w x h canvas in format (an SDL_PIXELFORMAT_*); false with SDL_GetError() set. Needs no
 * video subsystem. */
bool ui_canvas_open(UiCanvas *c, int w, int h, Uint32 format);
/* Frees the renderer and surface; destroy the renderer's textures first. Safe on a closed canvas. */
void ui_canvas_close(UiCanvas *c);

#endif
