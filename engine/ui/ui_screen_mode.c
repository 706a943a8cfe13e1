/*
 * ui_screen_mode.c: the screens between the start screen and the first scene:
 * how to play the case (the mode, with the pass mark shown before a toets
 * starts) and, when the learner stopped halfway before, whether to go on.
 * Both are lists of numbered buttons, so 1, 2, ... work as on every screen.
 */
#include <string.h>

#include "ui_widgets.h"

#include <stdio.h>

/* The modes the window offers, in the order shown. */
static const Mode offered[] = {MODE_OEFENEN, MODE_TOETS, MODE_GROEP, MODE_VOORLICHTING};

int ui_notice_build(UiApp *app, int x, int y, int w)
{
    if (app->notice == NULL) {
        return y;
    }
    const UiMetrics *m = &app->m;
    /* Most notices say something went wrong; "case reloaded" is news, not a problem. */
    bool news = strcmp(app->notice, "ui.watch.reloaded") == 0;
    int box = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, news ? UI_COLOR_SURFACE : UI_COLOR_BAD_BG,
                             news ? UI_COLOR_ACCENT : UI_COLOR_BAD, m->border * 2);
    int h = ui_w_text(app, x + m->pad, y + m->pad, w - 2 * m->pad, ui_app_str(app, app->notice), UI_STYLE_BOLD,
                      m->body, UI_COLOR_TEXT);
    if (app->notice == app->detail_of && app->notice_detail[0] != '\0') {
        h += m->gap + ui_w_text(app, x + m->pad, y + m->pad + h + m->gap, w - 2 * m->pad, app->notice_detail,
                                UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    }
    ui_w_end(app, box, y + h + 2 * m->pad);
    return y + h + 2 * m->pad + 2 * m->gap;
}

int ui_learner_line(UiApp *app, int x, int y, int w)
{
    if (ui_app_learner(app) == NULL) {
        return y;
    }
    char line[256];
    UiFormatArg args[] = {{"name", app->learner.name}};
    ui_format(line, sizeof line, ui_app_str(app, "ui.learner.current"), args, 1);
    return y + ui_w_text(app, x, y, w, line, UI_STYLE_REGULAR, app->m.small, UI_COLOR_MUTED) + app->m.gap;
}

/* The column the start screens share; returns its x and sets *w. */
static int column(const UiApp *app, int *w)
{
    int avail = app->m.w - 2 * app->m.margin;
    *w = avail < app->m.column_max ? avail : app->m.column_max;
    return (app->m.w - *w) / 2;
}

static int heading(UiApp *app, const char *title_key, int *x, int *w)
{
    const UiMetrics *m = &app->m;
    int header = ui_title_band(app, title_key);
    UiFooterButton back = {ui_app_str(app, "ui.mode.back"), UI_BUTTON_SECONDARY, 0, UI_ACT_MENU, 0};
    ui_footer_build(app, header, ui_app_str(app, "ui.mode.hint"), &back, 1);
    *x = column(app, w);
    int y = header + m->margin;
    y = ui_notice_build(app, *x, y, *w);
    y += ui_w_text(app, *x, y, *w, ui_app_text(app, &app->scenario->title), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    y += m->gap / 2;
    return ui_learner_line(app, *x, y, *w) + m->gap;
}

void ui_screen_mode_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int x, w;
    int y = heading(app, "ui.mode.title", &x, &w);
    char pass[16];
    snprintf(pass, sizeof pass, "%d", (int)(app->scenario->pass_mark * 100.0 + 0.5));
    int number = 1;
    for (size_t i = 0; i < sizeof offered / sizeof offered[0]; i++) {
        Mode mode = offered[i];
        if (app->mode_set && mode != app->mode) {
            continue;
        }
        char key[64], label[512];
        snprintf(key, sizeof key, "ui.mode.%s", mode_id(mode));
        UiFormatArg args[] = {{"pass", pass}};
        ui_format(label, sizeof label, ui_app_str(app, key), args, 1);
        y += ui_w_button(app, (SDL_Rect){x, y, w, 0}, label, UI_BUTTON_CHOICE, number++, UI_ACT_MODE, (int)mode,
                         false);
        y += m->gap;
    }
}

void ui_screen_resume_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int x, w;
    int y = heading(app, "ui.resume.title", &x, &w);
    char when[64], count[16], mode_key[64], text[512];
    wallclock_local_text(app->open.started_at, when, sizeof when);
    snprintf(count, sizeof count, "%d", app->open.answered);
    snprintf(mode_key, sizeof mode_key, "mode.%s", mode_id(app->open.mode));
    UiFormatArg args[] = {{"when", when}, {"mode", ui_app_str(app, mode_key)}, {"count", count}};
    ui_format(text, sizeof text, ui_app_str(app, "ui.resume.text"), args, 3);
    y += ui_w_text(app, x, y, w, text, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT) + m->gap * 2;
    y += ui_w_button(app, (SDL_Rect){x, y, w, 0}, ui_app_str(app, "ui.resume.continue"), UI_BUTTON_CHOICE, 1,
                     UI_ACT_RESUME_CASE, 0, false);
    y += m->gap;
    ui_w_button(app, (SDL_Rect){x, y, w, 0}, ui_app_str(app, "ui.resume.fresh"), UI_BUTTON_CHOICE, 2, UI_ACT_FRESH,
                0, false);
}
