/*
 * ui_view.h: what one screen shows, as a flat list of placed items.
 * Screens build a view from the state (layout), the renderer draws it, input
 * hit-tests it, and tests assert on the rectangles it holds: the layout is
 * data, not a side effect of drawing. Items below the fixed header scroll
 * together inside the viewport when the screen is taller than the window.
 */
#ifndef UI_VIEW_H
#define UI_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "ui_font.h"
#include "ui_images.h"
#include "ui_textcache.h"
#include "ui_theme.h"

typedef enum {
    UI_ITEM_TEXT,   /* a wrapped block of marked-up text */
    UI_ITEM_BOX,    /* a rounded panel, filled and/or framed */
    UI_ITEM_BUTTON, /* focusable; its label and badge are child items */
    UI_ITEM_SHAPE,  /* diagram and icon shapes */
    UI_ITEM_IMAGE,  /* a picture from the pack; text holds its vfs path */
    UI_ITEM_COUNT
} UiItemKind;

typedef enum {
    UI_SHAPE_CIRCLE,
    UI_SHAPE_RING,
    UI_SHAPE_DIAMOND,
    UI_SHAPE_DIAMOND_FRAME,
    UI_SHAPE_TRIANGLE,
    UI_SHAPE_CHECK,
    UI_SHAPE_CROSS,
    UI_SHAPE_LINE,   /* from (x0,y0) to (x1,y1) */
    UI_SHAPE_DASHED, /* idem, dashed */
    UI_SHAPE_RECT,   /* a plain filled rectangle: bars */
    UI_SHAPE_COUNT
} UiShape;

typedef enum {
    UI_BUTTON_CHOICE,    /* a scenario option: surface face, numbered badge */
    UI_BUTTON_PRIMARY,   /* the one main action: accent face */
    UI_BUTTON_SECONDARY, /* other actions: outlined */
    UI_BUTTON_OPTION,    /* a setting value; `selected` fills it */
    UI_BUTTON_CARD,      /* a case on the start screen */
    UI_BUTTON_STYLE_COUNT
} UiButtonStyle;

typedef struct UiItem {
    UiItemKind kind;
    SDL_Rect rect;    /* layout coordinates: the screen before scrolling */
    int parent;       /* containing item, -1 at top level */
    bool fixed;       /* part of the header: never scrolls */
    bool decor;       /* may overlap others (backgrounds, connectors) */
    UiColorRole color;  /* text, fill or stroke colour */
    UiColorRole color2; /* frame colour of a box (UI_COLOR_COUNT: none) */
    /* text */
    const char *text; /* owned by the view's arena or by data that outlives the view */
    UiStyle style;
    int px;
    int wrap;
    /* box and shape */
    int radius;
    int thickness;
    UiShape shape;
    float x0, y0, x1, y1;
    /* button */
    int action;
    int arg;
    int number; /* 1..9 for number keys, 0 for none */
    UiButtonStyle button_style;
    bool selected;
} UiItem;

typedef struct UiView UiView;

UiView *ui_view_create(void); /* caller frees with ui_view_free */
void ui_view_free(UiView *v);
/* Empties the view for a window of w x h pixels; the arena is reused. */
void ui_view_reset(UiView *v, int w, int h);
/* Appends a copy of item; returns its index, or -1 when out of memory. */
int ui_view_add(UiView *v, const UiItem *item);
/* A copy of s that lives until the next reset. */
const char *ui_view_strdup(UiView *v, const char *s);

size_t ui_view_count(const UiView *v);
const UiItem *ui_view_item(const UiView *v, size_t index);
UiItem *ui_view_item_mut(UiView *v, size_t index);
int ui_view_width(const UiView *v);
int ui_view_height(const UiView *v);

/* The scrolling region (below the header); scroll range follows from the items. */
void ui_view_set_viewport(UiView *v, SDL_Rect viewport, int bottom_pad);
SDL_Rect ui_view_viewport(const UiView *v);
void ui_view_set_scroll(UiView *v, int scroll); /* clamped to 0..max */
int ui_view_scroll(const UiView *v);
int ui_view_scroll_max(const UiView *v);
/* Scrolls the least amount that shows item (plus margin) entirely. */
void ui_view_scroll_to(UiView *v, size_t index, int margin);
/* Where item is on screen now (scroll applied). */
SDL_Rect ui_view_screen_rect(const UiView *v, size_t index);

/* Buttons in focus order (= order of creation). */
size_t ui_view_button_count(const UiView *v);
int ui_view_button_item(const UiView *v, size_t button); /* item index */
/* The button index under screen point (x, y), or -1. */
int ui_view_hit(const UiView *v, int x, int y);
/* The button with number key n (1..9), or -1. */
int ui_view_numbered(const UiView *v, int n);

/* The face and frame colours of a button as drawn (hot: under the pointer or pressed), for the
 * renderer and for the contrast tests. */
void ui_view_button_colors(const UiItem *it, bool hot, UiColorRole *face, UiColorRole *frame);

typedef struct UiDrawState {
    int focus; /* button index with the focus ring, -1 for none */
    int hover; /* button index under the pointer, -1 for none */
    int press; /* button index held down, -1 for none */
} UiDrawState;

void ui_view_draw(const UiView *v, SDL_Renderer *r, const UiTheme *theme, UiTextCache *tc, UiImages *images,
                  const UiDrawState *state, int focus_width, int focus_gap);

#endif
