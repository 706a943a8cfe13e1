/*
 * ui_screen_learner.c: choosing who plays. The learners are numbered buttons;
 * a new one gets a made-up pseudonym with one key, and only the name screen
 * takes typed text (the one place in the player where a learner types).
 */
#include "ui_widgets.h"

#include <stdio.h>

void ui_screen_learner_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int header = ui_title_band(app, "ui.learner.title");
    UiFooterButton back = {ui_app_str(app, "ui.mode.back"), UI_BUTTON_SECONDARY, 0, UI_ACT_MENU, 0};
    ui_footer_build(app, header, ui_app_str(app, "ui.mode.hint"), &back, 1);
    int avail = m->w - 2 * m->margin;
    int w = avail < m->column_max ? avail : m->column_max;
    int x = (m->w - w) / 2;
    int y = header + m->margin;
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.learner.intro"), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    y += m->gap * 2;
    int number = 1;
    y += ui_w_button(app, (SDL_Rect){x, y, w, 0}, ui_app_str(app, "ui.learner.new_pseudonym"), UI_BUTTON_CHOICE,
                     number++, UI_ACT_NEW_PSEUDONYM, 0, false);
    y += m->gap;
    y += ui_w_button(app, (SDL_Rect){x, y, w, 0}, ui_app_str(app, "ui.learner.new_name"), UI_BUTTON_CHOICE, number++,
                     UI_ACT_NEW_NAME, 0, false);
    y += m->gap * 2;
    if (app->learner_count > 0) {
        y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.learner.known"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
        y += m->gap;
    }
    /* Newest first: the list grows at the bottom of the records. */
    for (size_t k = app->learner_count; k-- > 0;) {
        const RecordsLearner *l = &app->learners[k];
        bool current = app->have_learner && l->id == app->learner.id;
        char label[RECORDS_NAME_MAX + 128], count[16];
        snprintf(count, sizeof count, "%d", l->finished);
        UiFormatArg args[] = {{"name", l->name}, {"finished", count}};
        ui_format(label, sizeof label, ui_app_str(app, current ? "ui.learner.item_current" : "ui.learner.item"),
                  args, 2);
        y += ui_w_button(app, (SDL_Rect){x, y, w, 0}, label, UI_BUTTON_CHOICE, number <= 9 ? number : 0,
                         UI_ACT_LEARNER, (int)k, current);
        number++;
        y += m->gap;
    }
}

void ui_screen_name_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int header = ui_title_band(app, "ui.name.title");
    UiFooterButton buttons[] = {
        {ui_app_str(app, "ui.name.cancel"), UI_BUTTON_SECONDARY, 0, UI_ACT_LEARNERS, 0},
        {ui_app_str(app, "ui.name.save"), UI_BUTTON_PRIMARY, 0, UI_ACT_NAME_SAVE, 0},
    };
    ui_footer_build(app, header, NULL, buttons, 2);
    int avail = m->w - 2 * m->margin;
    int w = avail < m->column_max ? avail : m->column_max;
    int x = (m->w - w) / 2;
    int y = header + m->margin;
    y = ui_notice_build(app, x, y, w);
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.name.intro"), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    y += m->gap * 2;
    char shown[RECORDS_NAME_MAX + 8];
    snprintf(shown, sizeof shown, "%s|", app->name);
    int box = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, UI_COLOR_SURFACE, UI_COLOR_ACCENT, m->border * 2);
    int h = ui_w_text(app, x + m->pad, y + m->pad, w - 2 * m->pad, shown, UI_STYLE_REGULAR, m->h2, UI_COLOR_TEXT);
    ui_w_end(app, box, y + h + 2 * m->pad);
}
