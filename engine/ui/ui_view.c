/*
 * ui_view.c: the item list, its string arena, scrolling, hit-testing and drawing.
 * Items are drawn in the order they were added (a button before its label);
 * scrolled items are clipped to the viewport, then the fixed header is drawn
 * on top. Strings live in an arena of chained blocks, so item pointers stay
 * valid while the view grows.
 */
#include "ui_view.h"

#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"

#define ARENA_BLOCK 8192

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    char data[];
} ArenaBlock;

struct UiView {
    UiItem *items;
    size_t count, cap;
    int *buttons; /* item indices of buttons */
    size_t button_count, button_cap;
    ArenaBlock *arena;
    int w, h;
    SDL_Rect viewport;
    int bottom_pad;
    int scroll;
};

UiView *ui_view_create(void)
{
    return calloc(1, sizeof(UiView));
}

void ui_view_free(UiView *v)
{
    if (v == NULL) {
        return;
    }
    for (ArenaBlock *b = v->arena, *n; b != NULL; b = n) {
        n = b->next;
        free(b);
    }
    free(v->items);
    free(v->buttons);
    free(v);
}

void ui_view_reset(UiView *v, int w, int h)
{
    v->count = 0;
    v->button_count = 0;
    for (ArenaBlock *b = v->arena; b != NULL; b = b->next) {
        b->used = 0;
    }
    v->w = w;
    v->h = h;
    v->viewport = (SDL_Rect){0, 0, w, h};
    v->bottom_pad = 0;
    v->scroll = 0;
}

int ui_view_add(UiView *v, const UiItem *item)
{
    if (v->count == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 64;
        UiItem *ni = realloc(v->items, ncap * sizeof *ni);
        if (ni == NULL) {
            return -1;
        }
        v->items = ni;
        v->cap = ncap;
    }
    if (item->kind == UI_ITEM_BUTTON) {
        if (v->button_count == v->button_cap) {
            size_t ncap = v->button_cap ? v->button_cap * 2 : 16;
            int *nb = realloc(v->buttons, ncap * sizeof *nb);
            if (nb == NULL) {
                return -1;
            }
            v->buttons = nb;
            v->button_cap = ncap;
        }
        v->buttons[v->button_count++] = (int)v->count;
    }
    v->items[v->count] = *item;
    return (int)v->count++;
}

const char *ui_view_strdup(UiView *v, const char *s)
{
    size_t n = strlen(s) + 1;
    ArenaBlock *b = v->arena;
    for (; b != NULL; b = b->next) {
        if (b->size - b->used >= n) {
            break;
        }
    }
    if (b == NULL) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        b = malloc(sizeof *b + size);
        if (b == NULL) {
            return "";
        }
        b->size = size;
        b->used = 0;
        b->next = v->arena;
        v->arena = b;
    }
    char *dst = b->data + b->used;
    memcpy(dst, s, n);
    b->used += n;
    return dst;
}

size_t ui_view_count(const UiView *v)
{
    return v->count;
}

const UiItem *ui_view_item(const UiView *v, size_t index)
{
    return index < v->count ? &v->items[index] : NULL;
}

UiItem *ui_view_item_mut(UiView *v, size_t index)
{
    return index < v->count ? &v->items[index] : NULL;
}

int ui_view_width(const UiView *v)
{
    return v->w;
}

int ui_view_height(const UiView *v)
{
    return v->h;
}

void ui_view_set_viewport(UiView *v, SDL_Rect viewport, int bottom_pad)
{
    v->viewport = viewport;
    v->bottom_pad = bottom_pad;
    ui_view_set_scroll(v, v->scroll);
}

SDL_Rect ui_view_viewport(const UiView *v)
{
    return v->viewport;
}

int ui_view_scroll_max(const UiView *v)
{
    int bottom = 0;
    for (size_t i = 0; i < v->count; i++) {
        const UiItem *it = &v->items[i];
        if (!it->fixed && it->rect.y + it->rect.h > bottom) {
            bottom = it->rect.y + it->rect.h;
        }
    }
    int max = bottom + v->bottom_pad - (v->viewport.y + v->viewport.h);
    return max > 0 ? max : 0;
}

void ui_view_set_scroll(UiView *v, int scroll)
{
    int max = ui_view_scroll_max(v);
    v->scroll = scroll < 0 ? 0 : scroll > max ? max : scroll;
}

int ui_view_scroll(const UiView *v)
{
    return v->scroll;
}

void ui_view_scroll_to(UiView *v, size_t index, int margin)
{
    if (index >= v->count || v->items[index].fixed) {
        return;
    }
    const SDL_Rect *r = &v->items[index].rect;
    int top = r->y - margin, bottom = r->y + r->h + margin;
    int view_top = v->viewport.y + v->scroll, view_bottom = view_top + v->viewport.h;
    if (bottom > view_bottom) {
        ui_view_set_scroll(v, v->scroll + bottom - view_bottom);
        view_top = v->viewport.y + v->scroll;
    }
    if (top < view_top) {
        ui_view_set_scroll(v, v->scroll - (view_top - top));
    }
}

SDL_Rect ui_view_screen_rect(const UiView *v, size_t index)
{
    SDL_Rect r = v->items[index].rect;
    if (!v->items[index].fixed) {
        r.y -= v->scroll;
    }
    return r;
}

size_t ui_view_button_count(const UiView *v)
{
    return v->button_count;
}

int ui_view_button_item(const UiView *v, size_t button)
{
    return button < v->button_count ? v->buttons[button] : -1;
}

int ui_view_hit(const UiView *v, int x, int y)
{
    SDL_Point p = {x, y};
    for (size_t b = v->button_count; b-- > 0;) {
        const UiItem *it = &v->items[v->buttons[b]];
        SDL_Rect r = ui_view_screen_rect(v, (size_t)v->buttons[b]);
        if (!it->fixed && !SDL_PointInRect(&p, &v->viewport)) {
            continue;
        }
        if (SDL_PointInRect(&p, &r)) {
            return (int)b;
        }
    }
    return -1;
}

int ui_view_numbered(const UiView *v, int n)
{
    for (size_t b = 0; b < v->button_count; b++) {
        if (v->items[v->buttons[b]].number == n) {
            return (int)b;
        }
    }
    return -1;
}

void ui_view_button_colors(const UiItem *it, bool hot, UiColorRole *face_out, UiColorRole *frame_out)
{
    UiColorRole face = UI_COLOR_SURFACE, frame = UI_COLOR_BORDER;
    switch (it->button_style) {
    case UI_BUTTON_PRIMARY:
        face = UI_COLOR_ACCENT;
        frame = hot ? UI_COLOR_TEXT : UI_COLOR_ACCENT;
        break;
    case UI_BUTTON_SECONDARY:
        face = hot ? UI_COLOR_BUTTON_HOVER : UI_COLOR_SURFACE;
        frame = UI_COLOR_ACCENT;
        break;
    case UI_BUTTON_OPTION:
        face = it->selected ? UI_COLOR_ACCENT : hot ? UI_COLOR_BUTTON_HOVER : UI_COLOR_SURFACE;
        frame = it->selected ? UI_COLOR_ACCENT : hot ? UI_COLOR_ACCENT : UI_COLOR_BORDER;
        break;
    case UI_BUTTON_CHOICE:
    case UI_BUTTON_CARD:
    default:
        face = hot ? UI_COLOR_BUTTON_HOVER : UI_COLOR_BUTTON;
        frame = hot ? UI_COLOR_ACCENT : UI_COLOR_BORDER;
        break;
    }
    *face_out = face;
    *frame_out = frame;
}

static void draw_button(const UiView *v, SDL_Renderer *r, const UiTheme *t, const UiItem *it,
                        SDL_Rect rect, bool hot)
{
    UiColorRole face, frame;
    ui_view_button_colors(it, hot, &face, &frame);
    int thick = it->thickness > 0 ? it->thickness : 2;
    (void)v;
    ui_draw_round_rect(r, rect, it->radius, ui_theme_color(t, face));
    ui_draw_round_frame(r, rect, it->radius, thick, ui_theme_color(t, frame));
    if (hot && it->button_style == UI_BUTTON_PRIMARY) {
        SDL_Rect in = {rect.x + thick, rect.y + thick, rect.w - 2 * thick, rect.h - 2 * thick};
        ui_draw_round_frame(r, in, it->radius - thick, thick, ui_theme_color(t, UI_COLOR_ACCENT_TEXT));
    }
}

static void draw_shape(SDL_Renderer *r, const UiTheme *t, const UiItem *it, SDL_Rect rect, int dy)
{
    SDL_Color c = ui_theme_color(t, it->color);
    float cx = (float)rect.x + (float)rect.w * 0.5f, cy = (float)rect.y + (float)rect.h * 0.5f;
    float rad = (float)(rect.w < rect.h ? rect.w : rect.h) * 0.5f;
    float th = (float)(it->thickness > 0 ? it->thickness : 2);
    switch (it->shape) {
    case UI_SHAPE_CIRCLE:
        ui_draw_circle(r, cx, cy, rad, c);
        break;
    case UI_SHAPE_RING:
        ui_draw_ring(r, cx, cy, rad, th, c);
        break;
    case UI_SHAPE_DIAMOND:
        ui_draw_diamond(r, cx, cy, rad, c);
        break;
    case UI_SHAPE_DIAMOND_FRAME:
        ui_draw_diamond_frame(r, cx, cy, rad, th, c);
        break;
    case UI_SHAPE_TRIANGLE:
        ui_draw_triangle(r, cx, cy, rad, c);
        break;
    case UI_SHAPE_CHECK:
        ui_draw_check(r, rect, th, c);
        break;
    case UI_SHAPE_CROSS:
        ui_draw_cross(r, rect, th, c);
        break;
    case UI_SHAPE_LINE:
        ui_draw_line(r, it->x0, it->y0 - (float)dy, it->x1, it->y1 - (float)dy, th, c);
        break;
    case UI_SHAPE_DASHED:
        ui_draw_dashed_line(r, it->x0, it->y0 - (float)dy, it->x1, it->y1 - (float)dy, th, th * 2.5f, c);
        break;
    case UI_SHAPE_RECT:
    default:
        ui_draw_fill(r, rect, c);
        break;
    }
}

static void draw_image(SDL_Renderer *r, UiImages *images, const UiItem *it, SDL_Rect rect)
{
    SDL_Texture *tex = images != NULL ? ui_images_get(images, r, it->text) : NULL;
    int w = 0, h = 0;
    if (tex == NULL || SDL_QueryTexture(tex, NULL, NULL, &w, &h) != 0 || w <= 0 || h <= 0) {
        return;
    }
    /* Fill the square: crop the longer side of the picture around its centre. */
    SDL_Rect src = {0, 0, w, h};
    if (w > h) {
        src = (SDL_Rect){(w - h) / 2, 0, h, h};
    } else if (h > w) {
        src = (SDL_Rect){0, (h - w) / 4, w, w};
    }
    SDL_RenderCopy(r, tex, &src, &rect);
}

static void draw_item(const UiView *v, SDL_Renderer *r, const UiTheme *t, UiTextCache *tc, UiImages *images,
                      size_t i, const UiDrawState *st)
{
    const UiItem *it = &v->items[i];
    SDL_Rect rect = ui_view_screen_rect(v, i);
    int dy = it->fixed ? 0 : v->scroll;
    switch (it->kind) {
    case UI_ITEM_TEXT:
        ui_textcache_draw(tc, r, it->text, it->style, it->px, it->wrap, ui_theme_color(t, it->color),
                          rect.x, rect.y);
        break;
    case UI_ITEM_BOX:
        if (it->color != UI_COLOR_COUNT) {
            ui_draw_round_rect(r, rect, it->radius, ui_theme_color(t, it->color));
        }
        if (it->color2 != UI_COLOR_COUNT && it->thickness > 0) {
            ui_draw_round_frame(r, rect, it->radius, it->thickness, ui_theme_color(t, it->color2));
        }
        break;
    case UI_ITEM_BUTTON: {
        bool hot = false;
        for (size_t b = 0; b < v->button_count; b++) {
            if ((size_t)v->buttons[b] == i) {
                /* Focus shows as the ring only: a tinted face would look like a recommendation. */
                hot = (int)b == st->hover || (int)b == st->press;
            }
        }
        draw_button(v, r, t, it, rect, hot);
        break;
    }
    case UI_ITEM_IMAGE:
        draw_image(r, images, it, rect);
        break;
    case UI_ITEM_SHAPE:
    default:
        draw_shape(r, t, it, rect, dy);
        break;
    }
}

static void draw_focus(const UiView *v, SDL_Renderer *r, const UiTheme *t, int button, int width,
                       int gap)
{
    if (button < 0 || (size_t)button >= v->button_count) {
        return;
    }
    size_t i = (size_t)v->buttons[button];
    SDL_Rect rect = ui_view_screen_rect(v, i);
    int out = gap + width;
    SDL_Rect ring = {rect.x - out, rect.y - out, rect.w + 2 * out, rect.h + 2 * out};
    ui_draw_round_frame(r, ring, v->items[i].radius + out, width, ui_theme_color(t, UI_COLOR_FOCUS));
}

static void draw_scrollbar(const UiView *v, SDL_Renderer *r, const UiTheme *t)
{
    int max = ui_view_scroll_max(v);
    if (max <= 0) {
        return;
    }
    const SDL_Rect *vp = &v->viewport;
    int bar_w = v->w / 170 > 6 ? v->w / 170 : 6;
    int track_h = vp->h - 2 * bar_w;
    int thumb_h = (int)((long)track_h * vp->h / (vp->h + max));
    if (thumb_h < 3 * bar_w) {
        thumb_h = 3 * bar_w;
    }
    int thumb_y = vp->y + bar_w + (int)((long)(track_h - thumb_h) * v->scroll / max);
    SDL_Rect track = {vp->x + vp->w - 2 * bar_w, vp->y + bar_w, bar_w, track_h};
    SDL_Rect thumb = {track.x, thumb_y, bar_w, thumb_h};
    ui_draw_round_rect(r, track, bar_w / 2, ui_theme_color(t, UI_COLOR_TRACK));
    ui_draw_round_rect(r, thumb, bar_w / 2, ui_theme_color(t, UI_COLOR_MUTED));
}

/* Text and pictures scrolled out of the viewport are not drawn, so not rasterised or decoded
 * until they scroll into view: a long start page costs only what it shows. */
static bool scrolled_away(const UiView *v, size_t i)
{
    const UiItem *it = &v->items[i];
    if (it->kind != UI_ITEM_TEXT && it->kind != UI_ITEM_IMAGE) {
        return false;
    }
    SDL_Rect on = ui_view_screen_rect(v, i);
    return on.y >= v->viewport.y + v->viewport.h || on.y + on.h <= v->viewport.y;
}

void ui_view_draw(const UiView *v, SDL_Renderer *r, const UiTheme *theme, UiTextCache *tc, UiImages *images,
                  const UiDrawState *state, int focus_width, int focus_gap)
{
    SDL_Color bg = ui_theme_color(theme, UI_COLOR_BG);
    SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(r);
    int focus_item = state->focus >= 0 && (size_t)state->focus < v->button_count
                         ? v->buttons[state->focus]
                         : -1;
    SDL_RenderSetClipRect(r, &v->viewport);
    for (size_t i = 0; i < v->count; i++) {
        if (!v->items[i].fixed && !scrolled_away(v, i)) {
            draw_item(v, r, theme, tc, images, i, state);
        }
    }
    if (focus_item >= 0 && !v->items[focus_item].fixed) {
        draw_focus(v, r, theme, state->focus, focus_width, focus_gap);
    }
    SDL_RenderSetClipRect(r, NULL);
    for (size_t i = 0; i < v->count; i++) {
        if (v->items[i].fixed) {
            draw_item(v, r, theme, tc, images, i, state);
        }
    }
    if (focus_item >= 0 && v->items[focus_item].fixed) {
        draw_focus(v, r, theme, state->focus, focus_width, focus_gap);
    }
    draw_scrollbar(v, r, theme);
}
