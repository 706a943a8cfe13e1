/*
 * ui_group.c: groep mode, a trainer with a projector. When a decision appears
 * the options are shown as plain text (nothing to click) with a countdown, so
 * the group talks before anyone answers; then the trainer may count hands per
 * option and takes the group's choice. The counts go to the records with the
 * choice and back on screen in the debrief.
 */
#include "ui_widgets.h"

#include <stdio.h>
#include <stdlib.h>

void ui_group_enter_play(UiApp *app)
{
    int opts[SESSION_MAX_CHOICES];
    if (app->attempt == NULL || !attempt_rules(app->attempt)->discussion_pause || session_ended(app->session) ||
        session_options(app->session, opts) < 2) {
        return;
    }
    size_t key = session_history_count(app->session) + 1;
    if (app->discussed_at == key) {
        return; /* back from the pause menu: the same decision, the same countdown */
    }
    app->discussed_at = key;
    app->discussing = true;
    app->discussion_held = false;
    app->discussion_end = SDL_GetTicks64() + (uint64_t)MODE_DISCUSSION_PAUSE_SECONDS * 1000u;
    app->shown_seconds = MODE_DISCUSSION_PAUSE_SECONDS;
    for (size_t i = 0; i < SESSION_MAX_CHOICES; i++) {
        app->votes[i] = 0;
    }
}

int ui_group_seconds_left(const UiApp *app)
{
    if (app->discussing && app->discussion_held) {
        return (int)((app->discussion_left + 999) / 1000);
    }
    uint64_t now = SDL_GetTicks64();
    return app->discussing && now < app->discussion_end ? (int)((app->discussion_end - now + 999) / 1000) : 0;
}

/* One decision's votes into the list the debrief shows. */
static void keep(UiApp *app, int scene, const int *offered, const int *counts, size_t n, int taken)
{
    if (app->group_count == UI_GROUP_MAX) {
        return;
    }
    UiGroupVote *g = &app->group[app->group_count++];
    g->scene = scene;
    g->count = n;
    g->taken = taken;
    for (size_t i = 0; i < n; i++) {
        g->offered[i] = offered[i];
        g->counts[i] = counts[i];
    }
}

void ui_group_record(UiApp *app, const int *offered, size_t n, size_t taken)
{
    int total = 0;
    for (size_t i = 0; i < n; i++) {
        total += app->votes[i];
    }
    int64_t id = attempt_id(app->attempt);
    if (total > 0 && app->records != NULL && id > 0) {
        RecordsChoice *rows = NULL;
        size_t count = 0;
        MsError err;
        ms_error_clear(&err);
        MsStatus st = records_choices_get(app->records, id, &rows, &count, &err);
        if (st == MS_OK && count > 0) {
            st = records_votes_set(app->records, id, rows[count - 1].seq, app->votes, n, &err);
        }
        free(rows);
        if (st != MS_OK) {
            fprintf(stderr, "meldsim: %s\n", err.message);
            app->notice = "ui.group.votes_failed";
        }
    }
    size_t hist = session_history_count(app->session);
    keep(app, hist > 0 ? session_history(app->session, hist - 1)->scene : -1, offered, app->votes, n, (int)taken);
}

void ui_group_restore(UiApp *app)
{
    app->group_count = 0;
    int64_t id = attempt_id(app->attempt);
    if (app->records == NULL || id <= 0 || !attempt_rules(app->attempt)->group_votes) {
        return;
    }
    RecordsChoice *rows = NULL;
    size_t count = 0;
    MsError err;
    ms_error_clear(&err);
    MsStatus st = records_choices_get(app->records, id, &rows, &count, &err);
    for (size_t i = 0; i < count && st == MS_OK; i++) {
        const RecordsChoice *c = &rows[i];
        int scene = scenario_scene_find(app->scenario, c->scene);
        if (c->undone || !c->decision || scene < 0) {
            continue;
        }
        int counts[SESSION_MAX_CHOICES], total = 0;
        st = records_votes_get(app->records, id, c->seq, counts, c->offered_count, &total, &err);
        if (st == MS_OK && total > 0) {
            keep(app, scene, c->offered, counts, c->offered_count, c->option);
        }
    }
    free(rows);
    if (st != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err.message);
        app->notice = "ui.group.votes_failed";
    }
}

/* An option as text with its number, during the pause; returns its height. */
static int option_text(UiApp *app, int number, const char *text, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    int line = ui_w_line_height(app, m->body);
    int box = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, UI_COLOR_SURFACE, UI_COLOR_BORDER, 1);
    char num[4];
    snprintf(num, sizeof num, "%d", number);
    ui_w_badge(app, (SDL_Rect){x + m->pad, y + m->pad, line, line}, num, UI_COLOR_MUTED, UI_COLOR_ACCENT_TEXT);
    int tx = x + 2 * m->pad + line;
    int h = ui_w_text(app, tx, y + m->pad, x + w - m->pad - tx, text, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    h = h > line ? h : line;
    ui_w_end(app, box, y + h + 2 * m->pad);
    return h + 2 * m->pad;
}

/* "−  12  +" for option i at (x, y); returns its height. */
static int vote_control(UiApp *app, size_t i, int x, int y, int bw, int cw)
{
    const UiMetrics *m = &app->m;
    int h = ui_w_button(app, (SDL_Rect){x, y, bw, 0}, "\xe2\x88\x92", UI_BUTTON_SECONDARY, 0, UI_ACT_VOTE_SUB, (int)i,
                        false);
    char count[16];
    snprintf(count, sizeof count, "%d", app->votes[i]);
    int th = ui_w_line_height(app, m->h2);
    int tw = ui_w_text_width(app, count, UI_STYLE_BOLD, m->h2);
    ui_w_text(app, x + bw + m->gap + (cw - tw) / 2, y + (h - th) / 2, tw, count, UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
    ui_w_button(app, (SDL_Rect){x + bw + cw + 2 * m->gap, y, bw, 0}, "+", UI_BUTTON_SECONDARY, 0, UI_ACT_VOTE_ADD,
                (int)i, false);
    return h;
}

int ui_group_options(UiApp *app, const ScenarioScene *scene, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    int header = ui_view_viewport(app->view).y;
    int opts[SESSION_MAX_CHOICES];
    size_t n = session_options(app->session, opts);
    if (app->discussing) {
        UiFooterButton start = {ui_app_str(app, "ui.group.start"), UI_BUTTON_PRIMARY, 0, UI_ACT_VOTE_START, 0};
        ui_footer_build(app, header, ui_app_str(app, "ui.group.hint_discuss"), &start, 1);
        char left[16], text[256];
        int s = ui_group_seconds_left(app);
        snprintf(left, sizeof left, "%d:%02d", s / 60, s % 60);
        UiFormatArg args[] = {{"time", left}};
        ui_format(text, sizeof text, ui_app_str(app, "ui.group.discuss"), args, 1);
        y += ui_w_text(app, x, y, w, text, UI_STYLE_BOLD, m->h2, UI_COLOR_ACCENT) + m->gap;
        for (size_t i = 0; i < n; i++) {
            y += option_text(app, (int)i + 1, ui_app_text(app, &scene->choices[opts[i]].text), x, y, w) + m->gap;
        }
        return y;
    }
    ui_footer_build(app, header, ui_app_str(app, "ui.group.hint_vote"), NULL, 0);
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.group.vote"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT) + m->gap;
    int bw = ui_w_button_width(app, "+");
    int cw = ui_w_text_width(app, "999", UI_STYLE_BOLD, m->h2);
    int ctrl = 2 * bw + cw + 2 * m->gap;
    bool beside = w - ctrl - 2 * m->gap >= 14 * m->body;
    int ring = m->focus + m->focus_gap;
    for (size_t i = 0; i < n; i++) {
        const char *text = ui_app_text(app, &scene->choices[opts[i]].text);
        int ow = beside ? w - ctrl - 2 * m->gap : w;
        int bh = ui_w_button(app, (SDL_Rect){x, y, ow, 0}, text, UI_BUTTON_CHOICE, (int)i + 1, UI_ACT_CHOOSE, (int)i,
                             false);
        if (beside) {
            int ch = vote_control(app, i, x + w - ctrl, y, bw, cw);
            y += (bh > ch ? bh : ch) + m->gap;
        } else {
            y += bh + m->gap + ring;
            y += vote_control(app, i, x + w - ctrl, y, bw, cw) + m->gap + ring;
        }
    }
    return y;
}

int ui_group_debrief(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    if (app->attempt == NULL || !attempt_rules(app->attempt)->group_votes || app->group_count == 0) {
        return 0;
    }
    int top = y;
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.group.debrief"), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT) + m->gap;
    for (size_t d = 0; d < app->group_count; d++) {
        const UiGroupVote *g = &app->group[d];
        if (g->scene < 0) {
            continue;
        }
        const ScenarioScene *scene = &app->scenario->scenes[g->scene];
        char n[16], head[256];
        snprintf(n, sizeof n, "%zu", d + 1);
        UiFormatArg hargs[] = {{"n", n}, {"step", ui_app_text(app, &meldcode_step(app->mc, scene->step)->short_name)}};
        ui_format(head, sizeof head, ui_app_str(app, "ui.group.decision"), hargs, 2);
        y += ui_w_text(app, x, y, w, head, UI_STYLE_BOLD, m->body, UI_COLOR_TEXT) + m->gap / 3;
        int best = scene->choices[g->offered[0]].points;
        for (size_t i = 1; i < g->count; i++) {
            best = scene->choices[g->offered[i]].points > best ? scene->choices[g->offered[i]].points : best;
        }
        static const char *const keys[2][2] = {{"ui.group.line", "ui.group.line_best"},
                                               {"ui.group.line_taken", "ui.group.line_taken_best"}};
        for (size_t i = 0; i < g->count; i++) {
            char count[16], line[1024];
            snprintf(count, sizeof count, "%d", g->counts[i]);
            UiFormatArg args[] = {{"count", count},
                                  {"option", ui_app_text(app, &scene->choices[g->offered[i]].text)}};
            bool taken = (int)i == g->taken;
            bool is_best = scene->choices[g->offered[i]].points == best;
            ui_format(line, sizeof line, ui_app_str(app, keys[taken][is_best]), args, 2);
            y += ui_w_text(app, x + m->pad, y, w - m->pad, line, taken ? UI_STYLE_BOLD : UI_STYLE_REGULAR, m->small,
                           taken ? UI_COLOR_TEXT : UI_COLOR_MUTED);
        }
        y += m->gap;
    }
    return y - top + m->gap;
}
