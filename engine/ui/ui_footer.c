/*
 * ui_footer.c: the fixed band at the bottom that holds a screen's way on.
 * "Verder" and the debrief's actions stay on screen however long the text
 * above them is, so the learner never has to scroll to find the next step.
 * The key hint gives way first when the band gets narrow.
 */
#include "ui_widgets.h"

int ui_footer_build(UiApp *app, int header, const char *hint, const UiFooterButton *buttons, size_t n)
{
    const UiMetrics *m = &app->m;
    int bh = ui_w_line_height(app, m->body) + 2 * m->pad;
    int ring = m->focus + m->focus_gap;
    int height = bh + 2 * (m->pad + ring);
    int top = m->h - height;
    bool saved_fixed = app->fixed;
    int saved_parent = app->parent;
    app->fixed = true;
    app->parent = -1;
    int band = ui_w_box_begin(app, (SDL_Rect){0, top, m->w, height}, UI_COLOR_HEADER, UI_COLOR_COUNT, 0);
    ui_w_end(app, band, m->h);
    UiItem *it = ui_view_item_mut(app->view, (size_t)band);
    it->radius = 0;
    it->decor = true;
    ui_w_shape(app, UI_SHAPE_RECT, (SDL_Rect){0, top, m->w, m->border}, UI_COLOR_BORDER, 0);
    ui_view_item_mut(app->view, ui_view_count(app->view) - 1)->decor = true;

    int widths[4];
    int total = 0;
    for (size_t i = 0; i < n && i < 4; i++) {
        widths[i] = ui_w_button_width(app, buttons[i].label);
        total += widths[i] + (i > 0 ? 2 * m->gap : 0);
    }
    int avail = m->w - 2 * m->margin;
    int x = m->w - m->margin - (total < avail ? total : avail);
    int y = top + m->pad + ring;
    for (size_t i = 0; i < n && i < 4; i++) {
        int w = widths[i] < avail ? widths[i] : avail;
        ui_w_button(app, (SDL_Rect){x, y, w, 0}, buttons[i].label, buttons[i].style, buttons[i].number,
                    buttons[i].action, buttons[i].arg, false);
        x += w + 2 * m->gap;
    }
    int hint_w = m->w - 2 * m->margin - total - 2 * m->gap;
    if (hint != NULL && hint_w >= m->small * 10) {
        int th = ui_w_text_height(app, hint, UI_STYLE_REGULAR, m->small, hint_w);
        if (th <= height - m->pad) {
            ui_w_text(app, m->margin, top + (height - th) / 2, hint_w, hint, UI_STYLE_REGULAR, m->small,
                      UI_COLOR_MUTED);
        }
    }
    app->fixed = saved_fixed;
    app->parent = saved_parent;
    ui_view_set_viewport(app->view, (SDL_Rect){0, header, m->w, top - header}, m->margin);
    return top;
}
