/*
 * ui_screen_menu.c: the start screen: the installed cases as cards, then
 * settings and quit. Cards carry number keys like choices do, so the keyboard
 * path is the same on every screen.
 */
#include "ui_widgets.h"

#include <stdio.h>

/* The band with the application's name; returns its height. */
int ui_title_band(UiApp *app, const char *title_key)
{
    const UiMetrics *m = &app->m;
    int line = ui_w_line_height(app, m->h1);
    int height = line + 2 * m->pad + m->gap;
    app->fixed = true;
    int band = ui_w_box_begin(app, (SDL_Rect){0, 0, m->w, height}, UI_COLOR_HEADER, UI_COLOR_COUNT, 0);
    ui_w_end(app, band, height);
    UiItem *it = ui_view_item_mut(app->view, (size_t)band);
    it->radius = 0;
    it->decor = true;
    int d = line * 3 / 4;
    int cy = height / 2;
    ui_w_icon(app, UI_ICON_RING, (SDL_Rect){m->margin, cy - d / 2, d, d}, UI_COLOR_ACCENT, UI_COLOR_ACCENT, NULL,
              UI_STYLE_BOLD, m->border * 2);
    ui_w_text(app, m->margin + d + m->pad, cy - line / 2, m->w - 2 * m->margin - d, ui_app_str(app, title_key),
              UI_STYLE_BOLD, m->h1, UI_COLOR_TEXT);
    ui_w_shape(app, UI_SHAPE_RECT, (SDL_Rect){0, height - m->border, m->w, m->border}, UI_COLOR_BORDER, 0);
    ui_view_item_mut(app->view, ui_view_count(app->view) - 1)->decor = true;
    app->fixed = false;
    return height;
}

static int card(UiApp *app, size_t index, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    const Scenario *sc = app->cases[index].scenario;
    int number = index < 9 ? (int)index + 1 : 0;
    int idx = ui_w_button_begin(app, (SDL_Rect){x, y, w, 0}, UI_BUTTON_CARD, number, UI_ACT_OPEN_CASE,
                                (int)index, false);
    int pad = m->pad + m->gap / 2;
    int line = ui_w_line_height(app, m->h2);
    int tx = x + pad;
    if (number > 0) {
        char num[4] = {(char)('0' + number), '\0'};
        ui_w_badge(app, (SDL_Rect){x + pad, y + pad, line, line}, num, UI_COLOR_ACCENT, UI_COLOR_ACCENT_TEXT);
        tx += line + m->pad;
    }
    int tw = x + w - pad - tx;
    char minutes[16], meta[512];
    snprintf(minutes, sizeof minutes, "%d", sc->minutes);
    UiFormatArg args[] = {{"audience", ui_app_text(app, &sc->audience)}, {"minutes", minutes}};
    ui_format(meta, sizeof meta, ui_app_str(app, "ui.menu.meta"), args, 2);
    const char *title = ui_app_text(app, &sc->title), *summary = ui_app_text(app, &sc->summary);
    /* A card must fit the viewport with its focus ring; at large text the summary gives way. */
    SDL_Rect vp = ui_view_viewport(app->view);
    int need = 2 * pad + ui_w_text_height(app, title, UI_STYLE_BOLD, m->h2, tw) +
               ui_w_text_height(app, summary, UI_STYLE_REGULAR, m->body, tw) +
               ui_w_text_height(app, meta, UI_STYLE_REGULAR, m->small, tw) + m->gap;
    bool with_summary = need <= vp.h - 2 * (m->focus + m->focus_gap + m->gap);
    int py = y + pad;
    py += ui_w_text(app, tx, py, tw, title, UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    py += m->gap / 3;
    if (with_summary) {
        py += ui_w_text(app, tx, py, tw, summary, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
        py += m->gap / 3;
    }
    py += ui_w_text(app, tx, py, tw, meta, UI_STYLE_REGULAR, m->small, UI_COLOR_MUTED);
    ui_w_end(app, idx, py + pad);
    return py + pad - y;
}

void ui_screen_menu_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int header = ui_title_band(app, "ui.app.title");
    ui_view_set_viewport(app->view, (SDL_Rect){0, header, m->w, m->h - header}, m->margin);
    int avail = m->w - 2 * m->margin;
    int grid = avail < 2 * m->column_max ? avail : 2 * m->column_max;
    int per_row = grid >= 2 * (22 * m->body) + 2 * m->gap ? 2 : 1;
    if (per_row == 1 && grid > m->column_max) {
        grid = m->column_max;
    }
    int col = grid;
    int x = (m->w - grid) / 2;
    int y = header + m->margin;
    int intro_w = grid < m->column_max ? grid : m->column_max;
    y += ui_w_text(app, x, y, intro_w, ui_app_str(app, "ui.menu.intro"), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    y += m->gap * 2;
    y = ui_notice_build(app, x, y, intro_w);
    if (ui_app_learner(app) != NULL) {
        y = ui_learner_line(app, x, y, intro_w);
        y += ui_w_button(app, (SDL_Rect){x, y, ui_w_button_width(app, ui_app_str(app, "ui.learner.change")), 0},
                         ui_app_str(app, "ui.learner.change"), UI_BUTTON_SECONDARY, 0, UI_ACT_LEARNERS, 0, false);
        y += m->gap * 2;
    }
    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.menu.cases"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    int card_w = per_row == 2 ? (grid - 2 * m->gap) / 2 : grid;
    size_t shown = 0;
    int row_top = y, row_h = 0;
    for (size_t i = 0; i < app->case_count; i++) {
        if (app->cases[i].scenario == NULL) {
            continue;
        }
        int slot = (int)(shown % (size_t)per_row);
        if (slot == 0 && shown > 0) {
            row_top += row_h + 2 * m->gap;
            row_h = 0;
        }
        int h = card(app, i, x + slot * (card_w + 2 * m->gap), row_top, card_w);
        row_h = h > row_h ? h : row_h;
        shown++;
    }
    /* Cards in one row share the height of the tallest. */
    for (size_t b = 0; b < ui_view_button_count(app->view); b++) {
        UiItem *it = ui_view_item_mut(app->view, (size_t)ui_view_button_item(app->view, b));
        if (it->action != UI_ACT_OPEN_CASE || per_row == 1) {
            continue;
        }
        for (size_t o = 0; o < ui_view_button_count(app->view); o++) {
            const UiItem *other = ui_view_item(app->view, (size_t)ui_view_button_item(app->view, o));
            if (other->action == UI_ACT_OPEN_CASE && other->rect.y == it->rect.y && other->rect.h > it->rect.h) {
                it->rect.h = other->rect.h;
            }
        }
    }
    y = shown > 0 ? row_top + row_h + 2 * m->gap : y;
    if (shown == 0) {
        y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.menu.none"), UI_STYLE_ITALIC, m->body, UI_COLOR_MUTED);
        y += m->gap;
    }
    y += m->gap;
    const char *settings = ui_app_str(app, "ui.menu.settings");
    const char *quit = ui_app_str(app, "ui.menu.quit");
    int w1 = ui_w_button_width(app, settings), w2 = ui_w_button_width(app, quit);
    if (w1 + w2 + 2 * m->gap <= col) {
        ui_w_button(app, (SDL_Rect){x, y, w1, 0}, settings, UI_BUTTON_SECONDARY, 0, UI_ACT_SETTINGS, 0, false);
        ui_w_button(app, (SDL_Rect){x + w1 + 2 * m->gap, y, w2, 0}, quit, UI_BUTTON_SECONDARY, 0, UI_ACT_QUIT, 0,
                    false);
    } else {
        y += ui_w_button(app, (SDL_Rect){x, y, w1 < col ? w1 : col, 0}, settings, UI_BUTTON_SECONDARY, 0,
                         UI_ACT_SETTINGS, 0, false) + m->gap;
        ui_w_button(app, (SDL_Rect){x, y, w2 < col ? w2 : col, 0}, quit, UI_BUTTON_SECONDARY, 0, UI_ACT_QUIT, 0,
                    false);
    }
}
