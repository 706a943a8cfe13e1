/*
 * ui_screen_debrief.c: the end of a case: result, score per step, critical
 * mistakes, the escalation path and what happens next.
 * The numbers are always written out beside the bars, so nothing depends on
 * reading a bar's length or colour. Two columns when the window is wide.
 */
#include "ui_widgets.h"

#include <stdio.h>

static int section(UiApp *app, int x, int y, int w, const char *key)
{
    return ui_w_text(app, x, y, w, ui_app_str(app, key), UI_STYLE_BOLD, app->m.h2, UI_COLOR_TEXT) +
           app->m.gap / 2;
}

const char *ui_debrief_total(const UiApp *app, char *buf, size_t cap)
{
    const ScoreResult *r = &app->score;
    char earned[16], possible[16], pct[16], mark[16];
    snprintf(earned, sizeof earned, "%d", r->earned);
    snprintf(possible, sizeof possible, "%d", r->possible);
    snprintf(pct, sizeof pct, "%d", score_percent(r->scaled));
    snprintf(mark, sizeof mark, "%d", (int)(app->scenario->pass_mark * 100.0 + 0.5));
    UiFormatArg args[] = {{"earned", earned}, {"possible", possible}, {"pct", pct}, {"mark", mark}};
    return ui_format(buf, cap, ui_app_str(app, "ui.debrief.total"), args, 4);
}

static int result(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    const ScoreResult *r = &app->score;
    const ScenarioEnding *ending = &app->scenario->endings[r->ending];
    int top = y;
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.debrief.title"), UI_STYLE_BOLD, m->small, UI_COLOR_ACCENT);
    y += ui_w_text(app, x, y, w, ui_app_text(app, &ending->title), UI_STYLE_BOLD, m->h1, UI_COLOR_TEXT);
    y += m->gap;
    int line = ui_w_line_height(app, m->h2);
    SDL_Rect icon = {x, y, line, line};
    if (r->passed) {
        ui_w_icon(app, UI_ICON_CHECK, icon, UI_COLOR_GOOD, UI_COLOR_GOOD_BG, NULL, UI_STYLE_BOLD, 0);
    } else {
        ui_w_icon(app, UI_ICON_CROSS, icon, UI_COLOR_BAD, UI_COLOR_BAD_BG, NULL, UI_STYLE_BOLD, 0);
    }
    int tx = x + line + m->pad;
    int h = ui_w_text(app, tx, y, x + w - tx, ui_app_str(app, r->passed ? "ui.debrief.passed" : "ui.debrief.failed"),
                      UI_STYLE_BOLD, m->h2, r->passed ? UI_COLOR_GOOD : UI_COLOR_BAD);
    y += (h > line ? h : line) + m->gap / 2;
    char text[512];
    y += ui_w_text(app, x, y, w, ui_debrief_total(app, text, sizeof text), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    return y - top + m->gap * 2;
}

/* How the story ended: after the numbers, so the result is seen first. */
static int ending_text(UiApp *app, int x, int y, int w)
{
    const ScenarioEnding *ending = &app->scenario->endings[app->score.ending];
    int top = y;
    y += section(app, x, y, w, "ui.debrief.ending");
    y += ui_w_text(app, x, y, w, ui_app_text(app, &ending->text), UI_STYLE_REGULAR, app->m.body, UI_COLOR_TEXT);
    return y - top + app->m.gap;
}

static int step_bars(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    int top = y;
    y += section(app, x, y, w, "ui.debrief.steps");
    int label_w = 0;
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        int tw = ui_w_text_width(app, ui_app_text(app, &meldcode_step(app->mc, (MsStep)i)->short_name),
                                 UI_STYLE_REGULAR, m->body);
        label_w = tw > label_w ? tw : label_w;
    }
    int num_w = ui_w_text_width(app, "100 / 100", UI_STYLE_BOLD, m->body);
    int line = ui_w_line_height(app, m->body);
    bool stacked = label_w + num_w + 2 * m->pad + w / 4 > w;
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        const ScoreStep *s = &app->score.steps[i];
        const char *name = ui_app_text(app, &meldcode_step(app->mc, (MsStep)i)->short_name);
        ui_w_text(app, x, y, label_w + 1, name, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
        int bx = stacked ? x : x + label_w + m->pad;
        int by = stacked ? y + line : y;
        int bw = x + w - num_w - m->pad - bx;
        char text[64];
        if (s->possible > 0 || s->decisions > 0) {
            snprintf(text, sizeof text, "%d / %d", s->earned, s->possible);
            int bar_h = line / 2;
            SDL_Rect track = {bx, by + (line - bar_h) / 2, bw, bar_h};
            ui_w_shape(app, UI_SHAPE_RECT, track, UI_COLOR_TRACK, 0);
            double f = s->possible > 0 ? (double)s->earned / s->possible : 1.0;
            f = f < 0 ? 0 : f > 1 ? 1 : f;
            if (f > 0) {
                ui_view_item_mut(app->view, ui_view_count(app->view) - 1)->decor = true;
                ui_w_shape(app, UI_SHAPE_RECT, (SDL_Rect){bx, track.y, (int)(bw * f), bar_h}, UI_COLOR_ACCENT, 0);
            }
            ui_w_text(app, bx + bw + m->pad, by, num_w + 1, text, UI_STYLE_BOLD, m->body, UI_COLOR_TEXT);
        } else {
            ui_w_text(app, bx, by, x + w - bx, ui_app_str(app, "ui.debrief.not_scored"), UI_STYLE_ITALIC,
                      m->body, UI_COLOR_MUTED);
        }
        y = by + line + m->gap / 2;
    }
    return y - top + m->gap;
}

static int critical_list(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    const ScoreResult *r = &app->score;
    int top = y;
    y += section(app, x, y, w, "ui.debrief.critical");
    int line = ui_w_line_height(app, m->body);
    if (r->critical_count == 0) {
        ui_w_icon(app, UI_ICON_CHECK, (SDL_Rect){x, y, line, line}, UI_COLOR_GOOD, UI_COLOR_GOOD_BG, NULL,
                  UI_STYLE_BOLD, 0);
        y += ui_w_text(app, x + line + m->pad, y, w - line - m->pad, ui_app_str(app, "ui.debrief.no_critical"),
                       UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
        return y - top + m->gap;
    }
    for (size_t i = 0; i < r->critical_count; i++) {
        const ScenarioCritical *c = r->critical[i].critical;
        const MeldcodeMistake *type = c->type >= 0 ? meldcode_mistake(app->mc, (size_t)c->type) : NULL;
        const char *name = type != NULL ? ui_app_text(app, &type->name) : c->id;
        const char *why = !ms_text_empty(&c->explanation) ? ui_app_text(app, &c->explanation)
                          : type != NULL                  ? ui_app_text(app, &type->explanation)
                                                          : "";
        int box = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, UI_COLOR_BAD_BG, UI_COLOR_BAD, m->border);
        int py = y + m->pad;
        ui_w_icon(app, UI_ICON_CROSS, (SDL_Rect){x + m->pad, py, line, line}, UI_COLOR_BAD, UI_COLOR_BAD_BG, NULL,
                  UI_STYLE_BOLD, 0);
        int tx = x + m->pad + line + m->pad;
        int tw = x + w - m->pad - tx;
        py += ui_w_text(app, tx, py, tw, name, UI_STYLE_BOLD, m->body, UI_COLOR_TEXT);
        py += ui_w_text(app, tx, py, tw, why, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
        ui_w_end(app, box, py + m->pad);
        y = py + m->pad + m->gap;
    }
    return y - top;
}

static int next_steps(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    const ScenarioEnding *ending = &app->scenario->endings[app->score.ending];
    int top = y;
    y += section(app, x, y, w, "ui.debrief.next");
    y += ui_w_text(app, x, y, w, ui_app_text(app, &ending->debrief), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    y += m->gap;
    if (!ms_text_empty(&ending->history)) {
        y += section(app, x, y, w, "ui.debrief.history");
        y += ui_w_text(app, x, y, w, ui_app_text(app, &ending->history), UI_STYLE_REGULAR, m->body,
                       UI_COLOR_TEXT);
        y += m->gap;
    }
    if (!ms_text_empty(&app->scenario->debrief)) {
        y += ui_w_text(app, x, y, w, ui_app_text(app, &app->scenario->debrief), UI_STYLE_ITALIC, m->body,
                       UI_COLOR_TEXT);
        y += m->gap;
    }
    return y - top;
}

void ui_screen_debrief_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    if (app->score.ending < 0) {
        return;
    }
    int header = ui_progress_build(app, -1, false);
    const UiFooterButton buttons[] = {
        {ui_app_str(app, "ui.debrief.replay"), UI_BUTTON_SECONDARY, 1, UI_ACT_RESTART, 0},
        {ui_app_str(app, "ui.debrief.menu"), UI_BUTTON_PRIMARY, 2, UI_ACT_MENU, 0},
    };
    ui_footer_build(app, header, NULL, buttons, 2);
    int avail = m->w - 2 * m->margin;
    bool two = avail >= 40 * m->body + m->margin;
    int y = header + m->margin;
    if (two) {
        int col = (avail - m->margin) / 2;
        col = col > m->column_max ? m->column_max : col;
        int lx = (m->w - 2 * col - m->margin) / 2, rx = lx + col + m->margin;
        int ly = y + result(app, lx, y, col);
        ly += step_bars(app, lx, ly, col);
        ly += critical_list(app, lx, ly, col);
        ly += ui_group_debrief(app, lx, ly, col);
        ending_text(app, lx, ly, col);
        int ry = y + section(app, rx, y, col, "ui.debrief.route");
        ry += ui_diagram_build(app, rx, ry, col) + m->gap;
        next_steps(app, rx, ry, col);
        return;
    }
    int col = avail < m->column_max ? avail : m->column_max;
    int x = (m->w - col) / 2;
    y += result(app, x, y, col);
    y += step_bars(app, x, y, col);
    y += critical_list(app, x, y, col);
    y += ui_group_debrief(app, x, y, col);
    y += ending_text(app, x, y, col);
    y += section(app, x, y, col, "ui.debrief.route");
    y += ui_diagram_build(app, x, y, col) + m->gap;
    next_steps(app, x, y, col);
}
