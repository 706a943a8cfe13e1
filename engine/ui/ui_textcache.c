/*
 * ui_textcache.c: a chained hash table of text blocks keyed by (markup, style,
 * size, width). Each block keeps up to two textures of different colours
 * (a button's label normal and highlighted). Sweeping is generational: a block
 * survives when it was used in the current or the previous generation.
 */
#include "ui_textcache.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 256
#define COLOURS 2

typedef struct Block {
    struct Block *next;
    uint32_t hash;
    char *markup;
    UiStyle base;
    int px, max_width;
    UiTextLayout layout;
    SDL_Texture *tex[COLOURS];
    SDL_Color color[COLOURS];
    unsigned long tex_used[COLOURS];
    unsigned long generation;
} Block;

struct UiTextCache {
    UiFonts *fonts;
    Block *buckets[BUCKETS];
    unsigned long generation;
    unsigned long tick;
    size_t count;
    size_t rasterised;
};

UiTextCache *ui_textcache_create(UiFonts *fonts)
{
    UiTextCache *c = calloc(1, sizeof *c);
    if (c != NULL) {
        c->fonts = fonts;
        c->generation = 1;
    }
    return c;
}

static void block_free(Block *b)
{
    for (int i = 0; i < COLOURS; i++) {
        if (b->tex[i] != NULL) {
            SDL_DestroyTexture(b->tex[i]);
        }
    }
    ui_text_layout_free(&b->layout);
    free(b->markup);
    free(b);
}

void ui_textcache_clear(UiTextCache *c)
{
    for (int i = 0; i < BUCKETS; i++) {
        for (Block *b = c->buckets[i], *n; b != NULL; b = n) {
            n = b->next;
            block_free(b);
        }
        c->buckets[i] = NULL;
    }
    c->count = 0;
}

void ui_textcache_free(UiTextCache *c)
{
    if (c == NULL) {
        return;
    }
    ui_textcache_clear(c);
    free(c);
}

static uint32_t hash_key(const char *s, UiStyle base, int px, int w)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 16777619u;
    }
    h = (h ^ (uint32_t)base) * 16777619u;
    h = (h ^ (uint32_t)px) * 16777619u;
    h = (h ^ (uint32_t)w) * 16777619u;
    return h;
}

static Block *find_block(UiTextCache *c, const char *markup, UiStyle base, int px, int max_width)
{
    uint32_t h = hash_key(markup, base, px, max_width);
    Block **slot = &c->buckets[h % BUCKETS];
    for (Block *b = *slot; b != NULL; b = b->next) {
        if (b->hash == h && b->base == base && b->px == px && b->max_width == max_width &&
            strcmp(b->markup, markup) == 0) {
            b->generation = c->generation;
            return b;
        }
    }
    Block *b = calloc(1, sizeof *b);
    if (b == NULL) {
        return NULL;
    }
    size_t n = strlen(markup);
    b->markup = malloc(n + 1);
    if (b->markup == NULL ||
        ui_text_layout(c->fonts, markup, base, px, max_width, &b->layout) != MS_OK) {
        free(b->markup);
        free(b);
        return NULL;
    }
    memcpy(b->markup, markup, n + 1);
    b->hash = h;
    b->base = base;
    b->px = px;
    b->max_width = max_width;
    b->generation = c->generation;
    b->next = *slot;
    *slot = b;
    c->count++;
    return b;
}

const UiTextLayout *ui_textcache_layout(UiTextCache *c, const char *markup, UiStyle base, int px,
                                        int max_width)
{
    Block *b = find_block(c, markup, base, px, max_width);
    return b != NULL ? &b->layout : NULL;
}

static bool same_color(SDL_Color a, SDL_Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

void ui_textcache_draw(UiTextCache *c, SDL_Renderer *r, const char *markup, UiStyle base, int px,
                       int max_width, SDL_Color color, int x, int y)
{
    Block *b = find_block(c, markup, base, px, max_width);
    if (b == NULL || b->layout.len == 0) {
        return;
    }
    c->tick++;
    int slot = -1;
    for (int i = 0; i < COLOURS; i++) {
        if (b->tex[i] != NULL && same_color(b->color[i], color)) {
            slot = i;
        }
    }
    if (slot < 0) {
        slot = b->tex[0] == NULL ? 0 : b->tex[1] == NULL ? 1 : (b->tex_used[0] < b->tex_used[1] ? 0 : 1);
        if (b->tex[slot] != NULL) {
            SDL_DestroyTexture(b->tex[slot]);
            b->tex[slot] = NULL;
        }
        SDL_Surface *s = ui_text_render(c->fonts, &b->layout, color);
        if (s == NULL) {
            return;
        }
        b->tex[slot] = SDL_CreateTextureFromSurface(r, s);
        SDL_FreeSurface(s);
        if (b->tex[slot] == NULL) {
            return;
        }
        SDL_SetTextureBlendMode(b->tex[slot], SDL_BLENDMODE_BLEND);
        b->color[slot] = color;
        c->rasterised++;
    }
    b->tex_used[slot] = c->tick;
    int w = 0, h = 0;
    SDL_QueryTexture(b->tex[slot], NULL, NULL, &w, &h);
    SDL_Rect dst = {x, y, w, h};
    SDL_RenderCopy(r, b->tex[slot], NULL, &dst);
}

void ui_textcache_sweep(UiTextCache *c)
{
    for (int i = 0; i < BUCKETS; i++) {
        Block **link = &c->buckets[i];
        while (*link != NULL) {
            Block *b = *link;
            if (b->generation + 1 < c->generation) {
                *link = b->next;
                block_free(b);
                c->count--;
            } else {
                link = &b->next;
            }
        }
    }
    c->generation++;
}

void ui_textcache_drop_textures(UiTextCache *c)
{
    for (int i = 0; i < BUCKETS; i++) {
        for (Block *b = c->buckets[i]; b != NULL; b = b->next) {
            for (int k = 0; k < COLOURS; k++) {
                if (b->tex[k] != NULL) {
                    SDL_DestroyTexture(b->tex[k]);
                    b->tex[k] = NULL;
                }
            }
        }
    }
}

size_t ui_textcache_count(const UiTextCache *c)
{
    return c->count;
}

size_t ui_textcache_rasterised(const UiTextCache *c)
{
    return c->rasterised;
}
