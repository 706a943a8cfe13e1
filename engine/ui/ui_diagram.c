/*
 * ui_diagram.c: the escalation path as two routes side by side.
 * The learner's route (numbered discs joined by a solid line) and the correct
 * route (numbered diamonds joined by a dashed line) each stand in their own
 * column, every actor in the order the route took it, so both read top to
 * bottom and step n of one sits beside step n of the other. An actor that is
 * in one route only is drawn with a thin border and in regular type. Shape,
 * line style, column and heading tell the routes apart; colour only repeats
 * it. When the space is narrow the correct route stands below the learner's.
 * A sentence per route below says the same in words.
 */
#include "ui_widgets.h"

#include <stdio.h>
#include <string.h>

#include "debrief.h"

typedef struct Route {
    bool learner;
    const int *actors;
    size_t count;
    const int *other; /* the other route, to tell which actors both share */
    size_t other_count;
} Route;

static bool route_has(const int *route, size_t n, int actor)
{
    for (size_t i = 0; i < n; i++) {
        if (route[i] == actor) {
            return true;
        }
    }
    return false;
}

static void marker(UiApp *app, bool learner, int cx, int cy, int d, int pos)
{
    char num[16];
    snprintf(num, sizeof num, "%d", pos + 1);
    SDL_Rect r = {cx - d / 2, cy - d / 2, d, d};
    if (learner) {
        ui_w_badge(app, r, num, UI_COLOR_ACCENT, UI_COLOR_ACCENT_TEXT);
        return;
    }
    int idx = ui_w_shape(app, UI_SHAPE_DIAMOND, (SDL_Rect){r.x - d / 8, r.y - d / 8, d + d / 4, d + d / 4},
                         UI_COLOR_GOOD, 0);
    int px = d * 50 / 100;
    int saved = app->parent;
    app->parent = idx;
    ui_w_text(app, cx - ui_w_text_width(app, num, UI_STYLE_BOLD, px) / 2, cy - ui_w_line_height(app, px) / 2,
              d, num, UI_STYLE_BOLD, px, UI_COLOR_GOOD_BG);
    app->parent = saved;
}

/* The column's heading: the route's shape, a sample of its line, its name. */
static int heading(UiApp *app, const Route *r, int x, int y, int w, int d)
{
    const UiMetrics *m = &app->m;
    int line = ui_w_line_height(app, m->small);
    int h = line > d ? line : d;
    int cy = y + h / 2;
    const char *label = ui_app_str(app, r->learner ? "ui.debrief.route_yours" : "ui.debrief.route_correct");
    UiColorRole color = r->learner ? UI_COLOR_ACCENT : UI_COLOR_GOOD;
    ui_w_shape(app, r->learner ? UI_SHAPE_CIRCLE : UI_SHAPE_DIAMOND, (SDL_Rect){x, cy - d / 2, d, d}, color, 0);
    ui_w_line(app, r->learner ? UI_SHAPE_LINE : UI_SHAPE_DASHED, (float)(x + d + m->pad / 2), (float)cy,
              (float)(x + 2 * d + m->pad / 2), (float)cy, color, m->border + 1);
    int tx = x + 2 * d + m->pad;
    int th = ui_w_text(app, tx, cy - line / 2, x + w - tx, label, UI_STYLE_BOLD, m->small, UI_COLOR_TEXT);
    return th > h ? th : h;
}

static const char *actor_name(UiApp *app, int actor)
{
    return ui_app_text(app, &meldcode_actor(app->mc, (size_t)actor)->name);
}

/* The widest word of any actor name in the routes: side by side only when it fits unbroken. */
static int widest_word(UiApp *app, const Route *routes, size_t nroutes, int px)
{
    int widest = 0;
    for (size_t k = 0; k < nroutes; k++) {
        for (size_t i = 0; i < routes[k].count; i++) {
            const char *name = actor_name(app, routes[k].actors[i]);
            while (*name) {
                size_t len = strcspn(name, " ");
                char word[128];
                snprintf(word, sizeof word, "%.*s", (int)len, name);
                int ww = ui_w_text_width(app, word, UI_STYLE_BOLD, px);
                widest = ww > widest ? ww : widest;
                name += len;
                name += strspn(name, " ");
            }
        }
    }
    return widest;
}

/* The height of row i: the taller of the routes' boxes at that step (rows line up). */
static int row_height(UiApp *app, const Route *routes, size_t nroutes, size_t i, int label_w, int min_h,
                      int px)
{
    int h = min_h;
    for (size_t k = 0; k < nroutes; k++) {
        if (i < routes[k].count) {
            int th = ui_w_text_height(app, actor_name(app, routes[k].actors[i]), UI_STYLE_BOLD, px, label_w) +
                     app->m.pad;
            h = th > h ? th : h;
        }
    }
    return h;
}

/* One route's column from y; rows[i] is the top of step i, rows[count] the end. */
static void route_column(UiApp *app, const Route *r, int x, int w, const int *rows, int d, int px)
{
    const UiMetrics *m = &app->m;
    int lane = x + d / 2 + d / 8;
    int box_x = lane + d / 2 + d / 8 + m->pad;
    int label_w = x + w - box_x - 2 * m->pad;
    for (size_t i = 0; i + 1 < r->count; i++) {
        float top = (float)(rows[i] + rows[i + 1] - m->gap / 2) / 2.0f + (float)d * 0.5f;
        float bottom = (float)(rows[i + 1] + rows[i + 2] - m->gap / 2) / 2.0f - (float)d * 0.5f;
        ui_w_line(app, r->learner ? UI_SHAPE_LINE : UI_SHAPE_DASHED, (float)lane, top, (float)lane, bottom,
                  r->learner ? UI_COLOR_ACCENT : UI_COLOR_GOOD, m->border + 1);
    }
    for (size_t i = 0; i < r->count; i++) {
        int top_y = rows[i], h = rows[i + 1] - rows[i] - m->gap / 2;
        int cy = top_y + h / 2;
        bool shared = route_has(r->other, r->other_count, r->actors[i]);
        int box = ui_w_box_begin(app, (SDL_Rect){box_x, top_y, x + w - box_x, h}, UI_COLOR_SURFACE,
                                 shared ? UI_COLOR_TEXT : UI_COLOR_BORDER, shared ? m->border : 1);
        const char *name = actor_name(app, r->actors[i]);
        UiStyle style = shared ? UI_STYLE_BOLD : UI_STYLE_REGULAR;
        int th = ui_w_text_height(app, name, style, px, label_w);
        ui_w_text(app, box_x + m->pad, cy - th / 2, label_w, name, style, px, UI_COLOR_TEXT);
        ui_w_end(app, box, top_y + h);
        marker(app, r->learner, lane, cy, d, (int)i);
    }
}

const char *ui_route_verdict_key(const ScoreResult *r, const ScenarioEnding *ending)
{
    static const char *const key[] = {"ui.debrief.route_match", "ui.debrief.route_order",
                                      "ui.debrief.route_differs"};
    return key[debrief_route_verdict(r, ending)];
}

void ui_route_names(const UiApp *app, bool learner, const char *sep, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (app->score.ending < 0) {
        return;
    }
    const ScenarioEnding *ending = &app->scenario->endings[app->score.ending];
    const int *actors = learner ? app->score.route : ending->route;
    size_t n = learner ? app->score.route_count : ending->route_count;
    size_t len = 0;
    for (size_t i = 0; i < n && len < cap; i++) {
        const char *name = ui_app_text(app, &meldcode_actor(app->mc, (size_t)actors[i])->name);
        int w = snprintf(buf + len, cap - len, "%s%s", i > 0 ? sep : "", name);
        len = w > 0 ? len + (size_t)w : len;
    }
}

/* "Jouw route: School → Zorgteam → Veilig Thuis" */
static int route_sentence(UiApp *app, const Route *r, int x, int y, int w)
{
    char names[1024], buf[1200];
    ui_route_names(app, r->learner, " \xE2\x86\x92 ", names, sizeof names);
    const char *label = ui_app_str(app, r->learner ? "ui.debrief.route_yours" : "ui.debrief.route_correct");
    snprintf(buf, sizeof buf, "**%s:** %s", label, names[0] != '\0' ? names : ui_app_str(app, "ui.debrief.route_empty"));
    return ui_w_text(app, x, y, w, buf, UI_STYLE_REGULAR, app->m.body, UI_COLOR_TEXT);
}

/* The rows of `count` steps from y; returns the bottom. */
static int layout_rows(UiApp *app, const Route *routes, size_t nroutes, size_t count, int y, int label_w,
                       int min_h, int px, int *rows)
{
    for (size_t i = 0; i < count; i++) {
        rows[i] = y;
        y += row_height(app, routes, nroutes, i, label_w, min_h, px) + app->m.gap / 2;
    }
    rows[count] = y;
    return y;
}

int ui_diagram_build(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    if (app->score.ending < 0) {
        return 0;
    }
    const ScenarioEnding *ending = &app->scenario->endings[app->score.ending];
    const ScoreResult *s = &app->score;
    Route routes[2] = {{true, s->route, s->route_count, ending->route, ending->route_count},
                       {false, ending->route, ending->route_count, s->route, s->route_count}};
    int top = y;
    int d = ui_w_line_height(app, m->body) * 4 / 5;
    int sample = ui_w_line_height(app, m->small) * 3 / 4;
    int row_min = ui_w_line_height(app, m->body) + m->pad;
    row_min = row_min < d * 3 / 2 ? d * 3 / 2 : row_min;
    int lane_w = d + d / 4 + m->pad;
    int rows[SCORE_MAX_ROUTE + 1];
    for (int k = 0; k < 2; k++) {
        routes[k].count = routes[k].count > SCORE_MAX_ROUTE ? SCORE_MAX_ROUTE : routes[k].count;
    }
    int cw = (w - m->gap * 2) / 2;
    int side_label_w = cw - lane_w - 2 * m->pad;
    /* Side by side in body type, or in small type, when every word fits; else one below the other. */
    int px = m->body;
    bool side = side_label_w >= widest_word(app, routes, 2, px) + 2;
    if (!side && side_label_w >= widest_word(app, routes, 2, m->small) + 2) {
        px = m->small;
        side = true;
    }
    if (side) {
        int xs[2] = {x, x + cw + m->gap * 2};
        int hh = 0;
        for (int k = 0; k < 2; k++) {
            int h = heading(app, &routes[k], xs[k], y, cw, sample);
            hh = h > hh ? h : hh;
        }
        y += hh + m->gap / 2;
        size_t count = routes[0].count > routes[1].count ? routes[0].count : routes[1].count;
        y = layout_rows(app, routes, 2, count, y, side_label_w, row_min, px, rows);
        for (int k = 0; k < 2; k++) {
            route_column(app, &routes[k], xs[k], cw, rows, d, px);
        }
    } else {
        for (int k = 0; k < 2; k++) {
            y += heading(app, &routes[k], x, y, w, sample) + m->gap / 2;
            y = layout_rows(app, &routes[k], 1, routes[k].count, y, w - lane_w - 2 * m->pad, row_min, px, rows);
            route_column(app, &routes[k], x, w, rows, d, px);
            y += m->gap / 2;
        }
    }
    y += m->gap / 2;
    y += route_sentence(app, &routes[0], x, y, w);
    y += route_sentence(app, &routes[1], x, y, w);
    y += m->gap / 2;
    y += ui_w_text(app, x, y, w, ui_app_str(app, ui_route_verdict_key(&app->score, ending)),
                   UI_STYLE_ITALIC, m->body, UI_COLOR_TEXT);
    return y - top;
}
