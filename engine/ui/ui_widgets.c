/*
 * ui_widgets.c: placing text, panels, buttons and shapes into the view.
 * Buttons are at least one line plus padding tall and their labels wrap, so
 * a long option never runs out of its button at any font size.
 */
#include "ui_widgets.h"

#include <string.h>

static int add(UiApp *app, UiItem *it)
{
    it->parent = app->parent;
    it->fixed = app->fixed;
    return ui_view_add(app->view, it);
}

static UiItem blank(UiItemKind kind)
{
    UiItem it;
    memset(&it, 0, sizeof it);
    it.kind = kind;
    it.parent = -1;
    it.color2 = UI_COLOR_COUNT;
    return it;
}

int ui_w_text(UiApp *app, int x, int y, int wrap, const char *text, UiStyle style, int px,
              UiColorRole color)
{
    if (text == NULL || text[0] == '\0') {
        return 0;
    }
    const char *copy = ui_view_strdup(app->view, text);
    const UiTextLayout *l = ui_textcache_layout(app->tc, copy, style, px, wrap);
    if (l == NULL) {
        return 0;
    }
    UiItem it = blank(UI_ITEM_TEXT);
    it.rect = (SDL_Rect){x, y, l->width, l->height};
    it.text = copy;
    it.style = style;
    it.px = px;
    it.wrap = wrap;
    it.color = color;
    add(app, &it);
    return l->height;
}

int ui_w_text_width(UiApp *app, const char *text, UiStyle style, int px)
{
    const UiTextLayout *l = ui_textcache_layout(app->tc, text, style, px, 1 << 20);
    return l != NULL ? l->width : 0;
}

int ui_w_line_height(const UiApp *app, int px)
{
    return ui_fonts_line_height(app->fonts, px);
}

int ui_w_text_height(UiApp *app, const char *text, UiStyle style, int px, int wrap)
{
    const UiTextLayout *l = ui_textcache_layout(app->tc, text, style, px, wrap);
    return l != NULL ? l->height : 0;
}

int ui_w_box_begin(UiApp *app, SDL_Rect r, UiColorRole fill, UiColorRole frame, int thickness)
{
    UiItem it = blank(UI_ITEM_BOX);
    it.rect = r;
    it.color = fill;
    it.color2 = frame;
    it.thickness = thickness;
    it.radius = app->m.radius;
    it.decor = false;
    int idx = add(app, &it);
    if (idx >= 0) {
        app->parent = idx;
    }
    return idx;
}

int ui_w_button_begin(UiApp *app, SDL_Rect r, UiButtonStyle style, int number, UiAction action,
                      int arg, bool selected)
{
    UiItem it = blank(UI_ITEM_BUTTON);
    it.rect = r;
    it.button_style = style;
    it.number = number;
    it.action = (int)action;
    it.arg = arg;
    it.selected = selected;
    it.radius = app->m.radius;
    it.thickness = app->m.border;
    int idx = add(app, &it);
    if (idx >= 0) {
        app->parent = idx;
    }
    return idx;
}

void ui_w_end(UiApp *app, int index, int bottom)
{
    UiItem *it = ui_view_item_mut(app->view, (size_t)index);
    if (it == NULL) {
        return;
    }
    it->rect.h = bottom - it->rect.y;
    app->parent = it->parent;
}

int ui_w_button_width(UiApp *app, const char *label)
{
    return ui_w_text_width(app, label, UI_STYLE_BOLD, app->m.body) + 4 * app->m.pad;
}

int ui_w_badge(UiApp *app, SDL_Rect r, const char *text, UiColorRole fill, UiColorRole ink)
{
    int idx = ui_w_shape(app, UI_SHAPE_CIRCLE, r, fill, 0);
    int px = r.h * 55 / 100;
    int tw = ui_w_text_width(app, text, UI_STYLE_BOLD, px);
    int th = ui_w_line_height(app, px);
    int saved = app->parent;
    app->parent = idx;
    ui_w_text(app, r.x + (r.w - tw) / 2, r.y + (r.h - th) / 2, r.w, text, UI_STYLE_BOLD, px, ink);
    app->parent = saved;
    return idx;
}

int ui_w_button(UiApp *app, SDL_Rect r, const char *label, UiButtonStyle style, int number,
                UiAction action, int arg, bool selected)
{
    const UiMetrics *m = &app->m;
    int line = ui_w_line_height(app, m->body);
    if (r.w <= 0) {
        r.w = ui_w_button_width(app, label);
    }
    int idx = ui_w_button_begin(app, r, style, number, action, arg, selected);
    int y = r.y + m->pad;
    int bottom;
    if (style == UI_BUTTON_CHOICE) {
        int badge = line;
        int x = r.x + m->pad + m->pad / 2;
        char num[4] = {(char)('0' + number), '\0'};
        ui_w_badge(app, (SDL_Rect){x, y, badge, badge}, num, UI_COLOR_ACCENT, UI_COLOR_ACCENT_TEXT);
        int tx = x + badge + m->pad;
        int h = ui_w_text(app, tx, y, r.x + r.w - m->pad * 2 - tx, label, UI_STYLE_REGULAR, m->body,
                          UI_COLOR_TEXT);
        bottom = y + (h > badge ? h : badge) + m->pad;
    } else {
        UiColorRole ink = style == UI_BUTTON_PRIMARY                  ? UI_COLOR_ACCENT_TEXT
                          : style == UI_BUTTON_OPTION && selected     ? UI_COLOR_ACCENT_TEXT
                          : style == UI_BUTTON_SECONDARY              ? UI_COLOR_ACCENT
                                                                      : UI_COLOR_TEXT;
        int mark = 0;
        int mark_gap = 0;
        if (style == UI_BUTTON_OPTION && selected) {
            mark = line * 3 / 4;
            mark_gap = m->pad / 2;
        }
        int inner = r.w - 2 * m->pad - mark - mark_gap;
        int tw = ui_w_text_width(app, label, UI_STYLE_BOLD, m->body);
        int x = tw + mark + mark_gap <= r.w - 2 * m->pad ? r.x + (r.w - tw - mark - mark_gap) / 2 : r.x + m->pad;
        if (mark > 0) {
            ui_w_shape(app, UI_SHAPE_CHECK, (SDL_Rect){x, y + (line - mark) / 2, mark, mark}, ink,
                       m->border + 1);
        }
        int h = ui_w_text(app, x + mark + mark_gap, y, inner, label, UI_STYLE_BOLD, m->body, ink);
        bottom = y + (h > line ? h : line) + m->pad;
    }
    ui_w_end(app, idx, bottom);
    return bottom - r.y;
}

int ui_w_shape(UiApp *app, UiShape shape, SDL_Rect r, UiColorRole color, int thickness)
{
    UiItem it = blank(UI_ITEM_SHAPE);
    it.rect = r;
    it.shape = shape;
    it.color = color;
    it.thickness = thickness;
    return add(app, &it);
}

int ui_w_line(UiApp *app, UiShape shape, float x0, float y0, float x1, float y1, UiColorRole color,
              int thickness)
{
    UiItem it = blank(UI_ITEM_SHAPE);
    int lx = (int)(x0 < x1 ? x0 : x1), ly = (int)(y0 < y1 ? y0 : y1);
    int hx = (int)(x0 < x1 ? x1 : x0), hy = (int)(y0 < y1 ? y1 : y0);
    it.rect = (SDL_Rect){lx - thickness / 2, ly - thickness / 2, hx - lx + thickness, hy - ly + thickness};
    it.shape = shape;
    it.color = color;
    it.thickness = thickness;
    it.x0 = x0, it.y0 = y0, it.x1 = x1, it.y1 = y1;
    it.decor = true;
    return add(app, &it);
}

int ui_w_icon(UiApp *app, UiIcon icon, SDL_Rect r, UiColorRole fill, UiColorRole ink, const char *text,
              UiStyle style, int thickness)
{
    static const UiShape outer[] = {UI_SHAPE_CIRCLE, UI_SHAPE_CIRCLE, UI_SHAPE_TRIANGLE, UI_SHAPE_RING};
    int idx = ui_w_shape(app, outer[icon], r, fill, thickness);
    int saved = app->parent;
    app->parent = idx;
    int in = r.w / 5;
    SDL_Rect inner = {r.x + in, r.y + in, r.w - 2 * in, r.h - 2 * in};
    int mark = app->m.border + 1;
    if (icon == UI_ICON_WARN) {
        text = "!";
        style = UI_STYLE_BOLD;
    }
    if (text != NULL) {
        int px = r.h * 52 / 100;
        int tw = ui_w_text_width(app, text, style, px);
        int th = ui_w_line_height(app, px);
        int ty = r.y + (r.h - th) / 2 + (icon == UI_ICON_WARN ? r.h / 10 : 0);
        ui_w_text(app, r.x + (r.w - tw) / 2, ty, r.w, text, style, px, ink);
    } else {
        ui_w_shape(app, icon == UI_ICON_CROSS ? UI_SHAPE_CROSS : UI_SHAPE_CHECK, inner, ink, mark);
    }
    app->parent = saved;
    return idx;
}

int ui_w_image(UiApp *app, SDL_Rect r, const char *vpath)
{
    UiItem it = blank(UI_ITEM_IMAGE);
    it.rect = r;
    it.text = ui_view_strdup(app->view, vpath);
    return add(app, &it);
}
