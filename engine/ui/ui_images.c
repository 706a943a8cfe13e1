/*
 * ui_images.c: a short list of decoded pictures keyed by their vfs path.
 * A case shows a handful of portraits at most, so a linear list is enough.
 * Failures are remembered too, so a broken file is read and reported once.
 */
#include "ui_images.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_image.h>

#include "vfs.h"

#define UI_IMAGES_MAX 32

typedef struct Picture {
    char *vpath;
    SDL_Texture *tex; /* NULL: not loaded (yet, or again after ui_images_drop_textures) */
    bool broken;      /* could not be loaded: not tried again */
} Picture;

struct UiImages {
    Picture pics[UI_IMAGES_MAX];
    size_t count;
};

UiImages *ui_images_create(void)
{
    return calloc(1, sizeof(UiImages));
}

void ui_images_free(UiImages *im)
{
    if (im == NULL) {
        return;
    }
    for (size_t i = 0; i < im->count; i++) {
        if (im->pics[i].tex != NULL) {
            SDL_DestroyTexture(im->pics[i].tex);
        }
        free(im->pics[i].vpath);
    }
    free(im);
}

static SDL_Texture *load(SDL_Renderer *r, const char *vpath)
{
    char *bytes = NULL;
    size_t len = 0;
    MsError err;
    ms_error_clear(&err);
    if (vfs_read_file(vpath, UI_IMAGE_FILE_MAX, &bytes, &len, &err) != MS_OK) {
        fprintf(stderr, "meldsim: portrait %s: %s\n", vpath, err.message);
        return NULL;
    }
    SDL_Texture *tex = NULL;
    SDL_RWops *rw = SDL_RWFromConstMem(bytes, (int)len);
    SDL_Surface *s = rw != NULL ? IMG_LoadTyped_RW(rw, 1, "PNG") : NULL;
    if (s == NULL) {
        fprintf(stderr, "meldsim: portrait %s is no readable PNG: %s\n", vpath, IMG_GetError());
    } else if (s->w > UI_IMAGE_SIDE_MAX || s->h > UI_IMAGE_SIDE_MAX) {
        fprintf(stderr, "meldsim: portrait %s is larger than %dx%d\n", vpath, UI_IMAGE_SIDE_MAX, UI_IMAGE_SIDE_MAX);
    } else {
        tex = SDL_CreateTextureFromSurface(r, s);
        if (tex != NULL) {
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
            SDL_SetTextureScaleMode(tex, SDL_ScaleModeLinear);
        }
    }
    SDL_FreeSurface(s);
    free(bytes);
    return tex;
}

SDL_Texture *ui_images_get(UiImages *im, SDL_Renderer *r, const char *vpath)
{
    Picture *p = NULL;
    for (size_t i = 0; i < im->count && p == NULL; i++) {
        if (strcmp(im->pics[i].vpath, vpath) == 0) {
            p = &im->pics[i];
        }
    }
    if (p == NULL) {
        if (im->count == UI_IMAGES_MAX) {
            return NULL;
        }
        p = &im->pics[im->count];
        p->vpath = malloc(strlen(vpath) + 1);
        if (p->vpath == NULL) {
            return NULL;
        }
        strcpy(p->vpath, vpath);
        p->tex = NULL;
        p->broken = false;
        im->count++;
    }
    if (p->tex == NULL && !p->broken) {
        p->tex = load(r, vpath);
        p->broken = p->tex == NULL;
    }
    return p->tex;
}

void ui_images_drop_textures(UiImages *im)
{
    for (size_t i = 0; i < im->count; i++) {
        if (im->pics[i].tex != NULL) {
            SDL_DestroyTexture(im->pics[i].tex);
            im->pics[i].tex = NULL;
        }
    }
}
