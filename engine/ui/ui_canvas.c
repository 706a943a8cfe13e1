/*
 * ui_canvas.c: a surface on memory of its own, and the software renderer bound to it.
 */
#include "ui_canvas.h"

#include "ui_memory.h"

bool ui_canvas_open(UiCanvas *c, int w, int h, Uint32 format)
{
    c->surface = NULL;
    c->renderer = NULL;
    c->pixels = NULL;
    c->size = 0;
    if (w <= 0 || h <= 0 || w > 16384 || h > 16384) {
        SDL_SetError("size %dx%d out of range", w, h);
        return false;
    }
    int pitch = w * SDL_BYTESPERPIXEL(format);
    c->size = (size_t)pitch * (size_t)h;
    c->pixels = ui_memory_map(c->size);
    if (c->pixels == NULL) {
        SDL_OutOfMemory();
        return false;
    }
    c->surface = SDL_CreateRGBSurfaceWithFormatFrom(c->pixels, w, h, SDL_BITSPERPIXEL(format), pitch, format);
    if (c->surface != NULL) {
        c->renderer = SDL_CreateSoftwareRenderer(c->surface);
    }
    if (c->renderer == NULL) {
        ui_canvas_close(c);
        return false;
    }
    return true;
}

void ui_canvas_close(UiCanvas *c)
{
    if (c->renderer != NULL) {
        SDL_DestroyRenderer(c->renderer);
        c->renderer = NULL;
    }
    SDL_FreeSurface(c->surface);
    c->surface = NULL;
    ui_memory_unmap(c->pixels, c->size);
    c->pixels = NULL;
    c->size = 0;
}
