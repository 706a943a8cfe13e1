/*
 * ui_screen_settings.c: the settings screen and the pause menu.
 * Setting values are option buttons in a row that wraps; a chosen value is
 * filled and carries a tick, so the choice does not rest on colour.
 */
#include "ui_widgets.h"

#include <stdio.h>

typedef struct Row {
    int x0, x, y, w, line_h;
} Row;

static void row_button(UiApp *app, Row *row, const char *label, UiAction action, int arg, bool selected)
{
    const UiMetrics *m = &app->m;
    int bw = ui_w_button_width(app, label) + (selected ? ui_w_line_height(app, m->body) + m->pad : 0);
    if (bw > row->w) {
        bw = row->w;
    }
    if (row->x > row->x0 && row->x + bw > row->x0 + row->w) {
        row->x = row->x0;
        row->y += row->line_h + m->gap;
        row->line_h = 0;
    }
    int h = ui_w_button(app, (SDL_Rect){row->x, row->y, bw, 0}, label, UI_BUTTON_OPTION, 0, action, arg, selected);
    row->line_h = h > row->line_h ? h : row->line_h;
    row->x += bw + m->gap;
}

static int row_end(const UiApp *app, const Row *row)
{
    return row->y + row->line_h + app->m.gap * 2;
}

void ui_screen_settings_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int header = ui_title_band(app, "ui.settings.title");
    UiFooterButton back = {ui_app_str(app, "ui.settings.back"), UI_BUTTON_PRIMARY, 0, UI_ACT_BACK, 0};
    ui_footer_build(app, header, NULL, &back, 1);
    int avail = m->w - 2 * m->margin;
    int col = avail < m->column_max ? avail : m->column_max;
    int x = (m->w - col) / 2;
    int y = header + m->margin;

    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.font"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    Row row = {x, x, y, col, 0};
    static const int sizes[] = {100, 125, 150, 175, 200};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        char label[16];
        snprintf(label, sizeof label, "%d%%", sizes[i]);
        row_button(app, &row, label, UI_ACT_FONT, sizes[i], app->settings.font_pct == sizes[i]);
    }
    y = row_end(app, &row);
    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.sample"), UI_STYLE_REGULAR, m->body, UI_COLOR_MUTED);
    y += m->gap * 2;

    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.contrast"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    row = (Row){x, x, y, col, 0};
    row_button(app, &row, ui_app_str(app, "ui.settings.contrast_normal"), UI_ACT_CONTRAST, 0,
               !app->settings.high_contrast);
    row_button(app, &row, ui_app_str(app, "ui.settings.contrast_high"), UI_ACT_CONTRAST, 1,
               app->settings.high_contrast);
    y = row_end(app, &row);

    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.language"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    row = (Row){x, x, y, col, 0};
    row_button(app, &row, ui_app_str(app, "ui.lang.nl"), UI_ACT_LANG, MS_LANG_NL, app->settings.lang == MS_LANG_NL);
    row_button(app, &row, ui_app_str(app, "ui.lang.en"), UI_ACT_LANG, MS_LANG_EN, app->settings.lang == MS_LANG_EN);
    y = row_end(app, &row);

    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.typeface"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    row = (Row){x, x, y, col, 0};
    row_button(app, &row, ui_app_str(app, "ui.settings.typeface_lato"), UI_ACT_TYPEFACE, UI_TYPEFACE_LATO,
               app->settings.typeface == UI_TYPEFACE_LATO);
    row_button(app, &row, ui_app_str(app, "ui.settings.typeface_dyslexic"), UI_ACT_TYPEFACE, UI_TYPEFACE_DYSLEXIC,
               app->settings.typeface == UI_TYPEFACE_DYSLEXIC);
    y = row_end(app, &row);

    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.speech"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    row = (Row){x, x, y, col, 0};
    row_button(app, &row, ui_app_str(app, "ui.settings.speech_off"), UI_ACT_SPEECH, 0, !app->settings.speech);
    row_button(app, &row, ui_app_str(app, "ui.settings.speech_on"), UI_ACT_SPEECH, 1, app->settings.speech);
    y = row_end(app, &row);
    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.speech_hint"), UI_STYLE_REGULAR, m->body,
                   UI_COLOR_MUTED);
    y += m->gap * 2;

    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.settings.speech_rate"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap;
    row = (Row){x, x, y, col, 0};
    static const struct {
        const char *key;
        int wpm;
    } rates[] = {{"ui.settings.rate_slow", 130},
                 {"ui.settings.rate_normal", UI_SPEECH_RATE_DEFAULT},
                 {"ui.settings.rate_fast", 240},
                 {"ui.settings.rate_faster", 320}};
    int rate = ui_settings_speech_rate(&app->settings);
    for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++) {
        row_button(app, &row, ui_app_str(app, rates[i].key), UI_ACT_SPEECH_RATE, rates[i].wpm, rate == rates[i].wpm);
    }
    y = row_end(app, &row);

    ui_w_text(app, x, y, col, ui_app_str(app, app->persist ? "ui.settings.kept" : "ui.settings.not_kept"),
              UI_STYLE_REGULAR, m->small, UI_COLOR_MUTED);
}

void ui_screen_pause_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int step = 0;
    int scene = session_scene(app->session);
    if (scene >= 0) {
        step = (int)app->scenario->scenes[scene].step;
    }
    int header = ui_progress_build(app, step, false);
    ui_view_set_viewport(app->view, (SDL_Rect){0, header, m->w, m->h - header}, m->margin);
    int avail = m->w - 2 * m->margin;
    int col = avail < m->body * 24 ? avail : m->body * 24;
    int x = (m->w - col) / 2;
    int y = header + m->margin;
    y += ui_w_text(app, x, y, col, ui_app_str(app, "ui.pause.title"), UI_STYLE_BOLD, m->h1, UI_COLOR_TEXT);
    y += ui_w_text(app, x, y, col, ui_app_text(app, &app->scenario->title), UI_STYLE_REGULAR, m->body,
                   UI_COLOR_MUTED);
    y += m->gap * 2;
    static const struct {
        const char *key;
        UiAction action;
    } items[] = {
        {"ui.pause.resume", UI_ACT_RESUME},     {"ui.pause.restart", UI_ACT_RESTART},
        {"ui.menu.settings", UI_ACT_SETTINGS},  {"ui.pause.menu", UI_ACT_MENU},
        {"ui.menu.quit", UI_ACT_QUIT},
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        y += ui_w_button(app, (SDL_Rect){x, y, col, 0}, ui_app_str(app, items[i].key),
                         i == 0 ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, (int)i + 1, items[i].action, 0, false);
        y += m->gap;
    }
}
