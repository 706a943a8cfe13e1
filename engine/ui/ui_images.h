/*
 * ui_images.h: pictures from scenario packs (portraits), as textures.
 * Read through the vfs like every other file and decoded by SDL_image from
 * memory; a picture that is missing, too large or broken is drawn as nothing
 * and reported once, never an error that stops the case.
 */
#ifndef UI_IMAGES_H
#define UI_IMAGES_H

#include <SDL.h>

#define UI_IMAGE_FILE_MAX (4u * 1024u * 1024u)
#define UI_IMAGE_SIDE_MAX 4096

typedef struct UiImages UiImages;

UiImages *ui_images_create(void); /* caller frees with ui_images_free (before the renderer) */
void ui_images_free(UiImages *im);
/* The texture of the PNG at vpath, loaded on first use; NULL when it cannot be shown. */
SDL_Texture *ui_images_get(UiImages *im, SDL_Renderer *r, const char *vpath);
/* Destroys the textures (before their renderer goes); pictures are loaded again on next use. */
void ui_images_drop_textures(UiImages *im);

#endif
