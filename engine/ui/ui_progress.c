/*
 * ui_progress.c: the five Meldcode steps as a band across the top.
 * A step's state is carried by shape and words, colour only repeats it:
 * done is a filled disc with a tick, the current step a thick ring with its
 * number, a bold label and a bar beneath, a later step a thin ring. When the
 * labels do not fit, only the current step keeps its label.
 */
#include "ui_widgets.h"

#include <stdio.h>

typedef enum { STEP_DONE, STEP_CURRENT, STEP_UPCOMING } StepState;

int ui_progress_build(UiApp *app, int current, bool with_menu)
{
    const UiMetrics *m = &app->m;
    int px = m->small;
    int line = ui_w_line_height(app, px);
    int d = line * 4 / 3;
    int bar = m->border * 2;
    int ring = m->focus + m->focus_gap;
    const char *menu_label = ui_app_str(app, "ui.play.menu");
    int bh = with_menu ? line + m->pad : 0;
    int inner = d > bh ? d : bh;
    int vpad = m->pad > ring + 2 ? m->pad : ring + 2;
    int height = inner + 2 * vpad + bar;
    bool saved_fixed = app->fixed;
    int saved_parent = app->parent;
    app->fixed = true;
    app->parent = -1;
    int band = ui_w_box_begin(app, (SDL_Rect){0, 0, m->w, height}, UI_COLOR_HEADER, UI_COLOR_COUNT, 0);
    ui_w_end(app, band, height);
    UiItem *band_item = ui_view_item_mut(app->view, (size_t)band);
    band_item->radius = 0;
    band_item->decor = true;
    ui_w_shape(app, UI_SHAPE_RECT, (SDL_Rect){0, height - m->border, m->w, m->border}, UI_COLOR_BORDER, 0);
    ui_view_item_mut(app->view, ui_view_count(app->view) - 1)->decor = true;

    int right = m->w - m->margin;
    int cy = vpad + inner / 2;
    if (with_menu) {
        int tw = ui_w_text_width(app, menu_label, UI_STYLE_BOLD, px);
        int bw = tw + 2 * m->pad;
        int idx = ui_w_button_begin(app, (SDL_Rect){right - bw, cy - bh / 2, bw, bh}, UI_BUTTON_SECONDARY, 0,
                                    UI_ACT_PAUSE, 0, false);
        ui_w_text(app, right - bw + m->pad, cy - line / 2, tw + 1, menu_label, UI_STYLE_BOLD, px, UI_COLOR_ACCENT);
        ui_w_end(app, idx, cy - bh / 2 + bh);
        right -= bw + m->gap * 2;
    }

    const char *labels[MS_STEP_COUNT];
    int widths[MS_STEP_COUNT];
    int total = 0;
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        labels[i] = ui_app_text(app, &meldcode_step(app->mc, (MsStep)i)->short_name);
        widths[i] = ui_w_text_width(app, labels[i], i == current ? UI_STYLE_BOLD : UI_STYLE_REGULAR, px);
        total += d + m->pad / 2 + widths[i];
    }
    int avail = right - m->margin;
    int min_link = m->gap * 2;
    bool all_labels = total + (MS_STEP_COUNT - 1) * min_link <= avail;
    if (!all_labels) {
        total = 0;
        for (int i = 0; i < MS_STEP_COUNT; i++) {
            total += d + (i == current ? m->pad / 2 + widths[i] : 0);
        }
    }
    int link = (avail - total) / (MS_STEP_COUNT - 1);
    if (link > m->gap * 6) {
        link = m->gap * 6;
    }
    int x = m->margin;
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        StepState s = current < 0 || i < current ? STEP_DONE : i == current ? STEP_CURRENT : STEP_UPCOMING;
        SDL_Rect disc = {x, cy - d / 2, d, d};
        char num[16];
        snprintf(num, sizeof num, "%d", i + 1);
        if (s == STEP_DONE) {
            ui_w_icon(app, UI_ICON_CHECK, disc, UI_COLOR_ACCENT, UI_COLOR_ACCENT_TEXT, NULL, UI_STYLE_BOLD, 0);
        } else if (s == STEP_CURRENT) {
            ui_w_icon(app, UI_ICON_RING, disc, UI_COLOR_ACCENT, UI_COLOR_ACCENT, num, UI_STYLE_BOLD, m->border * 2);
        } else {
            ui_w_icon(app, UI_ICON_RING, disc, UI_COLOR_MUTED, UI_COLOR_MUTED, num, UI_STYLE_REGULAR, m->border);
        }
        int seg_start = x;
        x += d;
        if (all_labels || s == STEP_CURRENT) {
            x += m->pad / 2;
            ui_w_text(app, x, cy - line / 2, widths[i] + 1, labels[i],
                      s == STEP_CURRENT ? UI_STYLE_BOLD : UI_STYLE_REGULAR, px,
                      s == STEP_CURRENT ? UI_COLOR_TEXT : UI_COLOR_MUTED);
            x += widths[i];
        }
        if (s == STEP_CURRENT) {
            ui_w_shape(app, UI_SHAPE_RECT, (SDL_Rect){seg_start, height - m->border - bar, x - seg_start, bar},
                       UI_COLOR_ACCENT, 0);
        }
        if (i + 1 < MS_STEP_COUNT) {
            float lx0 = (float)(x + m->pad / 2), lx1 = (float)(x + link - m->pad / 2);
            bool done_link = current < 0 || i < current;
            if (lx1 > lx0) {
                ui_w_line(app, UI_SHAPE_LINE, lx0, (float)cy, lx1, (float)cy,
                          done_link ? UI_COLOR_ACCENT : UI_COLOR_TRACK, m->border);
            }
            x += link;
        }
    }
    app->fixed = saved_fixed;
    app->parent = saved_parent;
    return height;
}
