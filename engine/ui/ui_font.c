/*
 * ui_font.c: font bytes through the vfs, TTF faces per (style, size), in one
 * of two typefaces (Lato, OpenDyslexic), with DejaVu Sans for the characters
 * a typeface lacks (an emoji in a quoted message, an arrow in OpenDyslexic);
 * DejaVu is read only when such a character is first drawn.
 * Bold italic has no file of its own: it is the bold face with SDL_ttf's
 * synthetic slant. The italic file is read on first use. The size cache is a small array scanned linearly; a
 * screen uses four or five sizes at most.
 */
#include "ui_font.h"

#include <stdlib.h>
#include <string.h>

#include "vfs.h"

#define UI_FONT_FILES 4 /* regular, italic, bold, and the fallback */
#define UI_FONT_FALLBACK_FILE 3
#define UI_FONT_CACHE 24
#define UI_FONT_FILE_MAX (4u * 1024u * 1024u)

typedef struct FaceSlot {
    TTF_Font *font;
    UiStyle style;
    int px;
    unsigned long used;
} FaceSlot;

struct UiFonts {
    UiTypeface typeface;
    char *bytes[UI_FONT_FILES];
    size_t len[UI_FONT_FILES];
    FaceSlot slots[UI_FONT_CACHE];
    unsigned long clock;
    char scratch[512];
};

static const char *const font_paths[UI_TYPEFACE_COUNT][UI_FONT_FILES] = {
    [UI_TYPEFACE_LATO] = {VFS_ASSETS "/fonts/Lato-Regular.ttf", VFS_ASSETS "/fonts/Lato-Italic.ttf",
                          VFS_ASSETS "/fonts/Lato-Bold.ttf", VFS_ASSETS "/fonts/DejaVuSans.ttf"},
    [UI_TYPEFACE_DYSLEXIC] = {VFS_ASSETS "/fonts/OpenDyslexic-Regular.otf", VFS_ASSETS "/fonts/OpenDyslexic-Italic.otf",
                              VFS_ASSETS "/fonts/OpenDyslexic-Bold.otf", VFS_ASSETS "/fonts/DejaVuSans.ttf"},
};

static MsStatus read_font(UiFonts *f, int file, MsError *err)
{
    if (f->bytes[file] != NULL) {
        return MS_OK;
    }
    return vfs_read_file(font_paths[f->typeface][file], UI_FONT_FILE_MAX, &f->bytes[file], &f->len[file], err);
}

static void close_all(UiFonts *f)
{
    for (int i = 0; i < UI_FONT_CACHE; i++) {
        if (f->slots[i].font != NULL) {
            TTF_CloseFont(f->slots[i].font);
        }
        f->slots[i].font = NULL;
    }
    for (int i = 0; i < UI_FONT_FILES; i++) {
        free(f->bytes[i]);
        f->bytes[i] = NULL;
        f->len[i] = 0;
    }
}

/* Regular and bold are on every screen; italic is read the first time it is asked for. */
static MsStatus read_common(UiFonts *f, MsError *err)
{
    MsStatus st = read_font(f, 0, err);
    return st == MS_OK ? read_font(f, 2, err) : st;
}

MsStatus ui_fonts_load(UiFonts **out, UiTypeface typeface, MsError *err)
{
    *out = NULL;
    UiFonts *f = calloc(1, sizeof *f);
    if (f == NULL) {
        return ms_error_set(err, MS_ERR_NOMEM, "", 0, "out of memory loading fonts");
    }
    f->typeface = typeface >= 0 && typeface < UI_TYPEFACE_COUNT ? typeface : UI_TYPEFACE_LATO;
    MsStatus st = read_common(f, err);
    if (st != MS_OK) {
        ui_fonts_free(f);
        return st;
    }
    *out = f;
    return MS_OK;
}

MsStatus ui_fonts_set_typeface(UiFonts *f, UiTypeface typeface, MsError *err)
{
    if (typeface < 0 || typeface >= UI_TYPEFACE_COUNT) {
        return ms_error_set(err, MS_ERR_INVALID, "", 0, "no such typeface");
    }
    if (typeface == f->typeface) {
        return MS_OK;
    }
    UiFonts next = {.typeface = typeface};
    MsStatus st = read_common(&next, err);
    if (st != MS_OK) {
        close_all(&next);
        return st;
    }
    close_all(f);
    f->typeface = typeface;
    memcpy(f->bytes, next.bytes, sizeof f->bytes);
    memcpy(f->len, next.len, sizeof f->len);
    return MS_OK;
}

UiTypeface ui_fonts_typeface(const UiFonts *f)
{
    return f->typeface;
}

int ui_fonts_line_height(const UiFonts *f, int px)
{
    int pct = f != NULL && f->typeface == UI_TYPEFACE_DYSLEXIC ? 150 : 135;
    return (px * pct + 50) / 100;
}

int ui_fonts_baseline(UiFonts *f, int px)
{
    if (f->typeface == UI_TYPEFACE_DYSLEXIC) {
        /* OpenDyslexic declares 1.25 em above the baseline and 0.5 below, but its ink (É, g, j
         * included) spans 1.16 em above and 0.27 below: measured, not declared. */
        return (px * 118 + 50) / 100;
    }
    TTF_Font *regular = ui_fonts_get(f, UI_STYLE_REGULAR, px);
    if (regular == NULL) {
        return px;
    }
    return (ui_fonts_line_height(f, px) - TTF_FontHeight(regular)) / 2 + TTF_FontAscent(regular);
}

bool ui_fonts_has_glyph(UiFonts *f, unsigned codepoint)
{
    if (codepoint >= 0x20 && codepoint < 0x7F) {
        return true; /* both typefaces have all of ASCII */
    }
    TTF_Font *font = ui_fonts_get(f, UI_STYLE_REGULAR, 20);
    return font != NULL && TTF_GlyphIsProvided32(font, codepoint) != 0;
}

TTF_Font *ui_fonts_for(UiFonts *f, UiStyle style, int px, unsigned codepoint)
{
    if (ui_fonts_has_glyph(f, codepoint)) {
        return ui_fonts_get(f, (UiStyle)(style & 3), px);
    }
    TTF_Font *fallback = ui_fonts_get(f, (UiStyle)((style & 3) | UI_STYLE_FALLBACK), px);
    return fallback != NULL && TTF_GlyphIsProvided32(fallback, codepoint) ? fallback : ui_fonts_get(f, (UiStyle)(style & 3), px);
}

void ui_fonts_free(UiFonts *f)
{
    if (f == NULL) {
        return;
    }
    close_all(f);
    free(f);
}

static TTF_Font *open_face(UiFonts *f, UiStyle style, int px)
{
    bool fallback = (style & UI_STYLE_FALLBACK) != 0;
    UiStyle base = (UiStyle)(style & 3);
    int file = fallback ? UI_FONT_FALLBACK_FILE : base == UI_STYLE_ITALIC ? 1 : (base & UI_STYLE_BOLD) ? 2 : 0;
    if (read_font(f, file, NULL) != MS_OK) {
        return NULL;
    }
    SDL_RWops *rw = SDL_RWFromConstMem(f->bytes[file], (int)f->len[file]);
    if (rw == NULL) {
        return NULL;
    }
    TTF_Font *font = TTF_OpenFontRW(rw, 1, px);
    if (font != NULL) {
        TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
        /* The fallback has one file: its bold and italic are SDL_ttf's. */
        int synthetic = fallback ? ((base & UI_STYLE_BOLD) ? TTF_STYLE_BOLD : 0) | ((base & UI_STYLE_ITALIC) ? TTF_STYLE_ITALIC : 0)
                        : base == UI_STYLE_BOLD_ITALIC ? TTF_STYLE_ITALIC
                                                       : 0;
        if (synthetic != 0) {
            TTF_SetFontStyle(font, synthetic);
        }
    }
    return font;
}

TTF_Font *ui_fonts_get(UiFonts *f, UiStyle style, int px)
{
    if (px < 4) {
        px = 4;
    }
    f->clock++;
    int victim = 0;
    for (int i = 0; i < UI_FONT_CACHE; i++) {
        FaceSlot *s = &f->slots[i];
        if (s->font != NULL && s->style == style && s->px == px) {
            s->used = f->clock;
            return s->font;
        }
        if (s->font == NULL || (f->slots[victim].font != NULL && s->used < f->slots[victim].used)) {
            victim = i;
        }
    }
    FaceSlot *s = &f->slots[victim];
    if (s->font != NULL) {
        TTF_CloseFont(s->font);
        s->font = NULL;
    }
    s->font = open_face(f, style, px);
    s->style = style;
    s->px = px;
    s->used = f->clock;
    return s->font;
}

int ui_fonts_measure(UiFonts *f, UiStyle style, int px, const char *text, size_t len)
{
    TTF_Font *font = ui_fonts_get(f, style, px);
    if (font == NULL || len == 0) {
        return 0;
    }
    char *buf = f->scratch;
    char *heap = NULL;
    if (len >= sizeof f->scratch) {
        heap = malloc(len + 1);
        if (heap == NULL) {
            return 0;
        }
        buf = heap;
    }
    memcpy(buf, text, len);
    buf[len] = '\0';
    int w = 0;
    if (TTF_SizeUTF8(font, buf, &w, NULL) != 0) {
        w = 0;
    }
    free(heap);
    return w;
}
