/*
 * ui_diagram.c: the escalation path as a diagram of two routes over the actors.
 * The actors stand in a column (the six of every debrief first, then any
 * other actor either route touches). Beside them run two lanes: the learner's
 * route as numbered discs joined by a solid line, the correct route as
 * numbered diamonds joined by a dashed line. Shape, line style, lane and
 * legend tell the routes apart; colour only repeats it. A sentence per route
 * below says the same in words.
 */
#include "ui_widgets.h"

#include <stdio.h>

#include "debrief.h"

typedef struct Node {
    int actor;
    int learner_pos, correct_pos;
    int cy; /* row centre */
} Node;

static size_t collect_nodes(const UiApp *app, const ScenarioEnding *ending, Node *nodes, size_t max)
{
    DebriefActor cmp[DEBRIEF_MAX_ACTORS];
    size_t ncmp = debrief_route_compare(&app->score, ending, cmp);
    size_t n = 0;
    size_t actors = meldcode_actor_count(app->mc);
    for (size_t a = 0; a < actors && n < max; a++) {
        bool in_cmp = false;
        for (size_t k = 0; k < ncmp; k++) {
            in_cmp |= cmp[k].actor == (int)a;
        }
        if (meldcode_actor(app->mc, a)->core || in_cmp) {
            nodes[n].actor = (int)a;
            nodes[n].learner_pos = -1;
            nodes[n].correct_pos = -1;
            for (size_t k = 0; k < ncmp; k++) {
                if (cmp[k].actor == (int)a) {
                    nodes[n].learner_pos = cmp[k].learner_pos;
                    nodes[n].correct_pos = cmp[k].correct_pos;
                }
            }
            n++;
        }
    }
    return n;
}

static int find_pos(const Node *nodes, size_t n, bool learner, int pos)
{
    for (size_t i = 0; i < n; i++) {
        if ((learner ? nodes[i].learner_pos : nodes[i].correct_pos) == pos) {
            return (int)i;
        }
    }
    return -1;
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
    ui_w_text(app, cx - ui_w_text_width(app, num, UI_STYLE_BOLD, px) / 2, cy - ui_text_line_height(px) / 2,
              d, num, UI_STYLE_BOLD, px, UI_COLOR_GOOD_BG);
    app->parent = saved;
}

static void route_lines(UiApp *app, const Node *nodes, size_t n, bool learner, int lane_x, int d)
{
    const UiMetrics *m = &app->m;
    for (int pos = 0;; pos++) {
        int a = find_pos(nodes, n, learner, pos), b = find_pos(nodes, n, learner, pos + 1);
        if (a < 0 || b < 0) {
            break;
        }
        /* A step back up the column runs beside the lane so it never hides the way down. */
        float x = (float)lane_x + (b < a ? (float)d * 0.75f : 0.0f);
        float y0 = (float)nodes[a].cy + (b > a ? 1.0f : -1.0f) * (float)d * 0.5f;
        float y1 = (float)nodes[b].cy + (b > a ? -1.0f : 1.0f) * (float)d * 0.5f;
        ui_w_line(app, learner ? UI_SHAPE_LINE : UI_SHAPE_DASHED, x, y0, x, y1,
                  learner ? UI_COLOR_ACCENT : UI_COLOR_GOOD, m->border + 1);
    }
}

static int legend(UiApp *app, int x, int y, int w, int d)
{
    const UiMetrics *m = &app->m;
    int line = ui_text_line_height(m->small);
    int h = line > d ? line : d;
    const char *mine = ui_app_str(app, "ui.debrief.route_yours");
    const char *right = ui_app_str(app, "ui.debrief.route_correct");
    int cx = x + d / 2, cy = y + h / 2;
    ui_w_shape(app, UI_SHAPE_CIRCLE, (SDL_Rect){cx - d / 2, cy - d / 2, d, d}, UI_COLOR_ACCENT, 0);
    ui_w_line(app, UI_SHAPE_LINE, (float)(x + d + m->pad / 2), (float)cy, (float)(x + 2 * d + m->pad / 2),
              (float)cy, UI_COLOR_ACCENT, m->border + 1);
    int tx = x + 2 * d + m->pad;
    ui_w_text(app, tx, cy - line / 2, w, mine, UI_STYLE_BOLD, m->small, UI_COLOR_TEXT);
    int x2 = tx + ui_w_text_width(app, mine, UI_STYLE_BOLD, m->small) + m->gap * 2;
    int y2 = y;
    if (x2 + 2 * d + m->pad + ui_w_text_width(app, right, UI_STYLE_BOLD, m->small) > x + w) {
        x2 = x;
        y2 = y + h + m->gap / 2;
    }
    cy = y2 + h / 2;
    ui_w_shape(app, UI_SHAPE_DIAMOND, (SDL_Rect){x2, cy - d / 2, d, d}, UI_COLOR_GOOD, 0);
    ui_w_line(app, UI_SHAPE_DASHED, (float)(x2 + d + m->pad / 2), (float)cy,
              (float)(x2 + 2 * d + m->pad / 2), (float)cy, UI_COLOR_GOOD, m->border + 1);
    ui_w_text(app, x2 + 2 * d + m->pad, cy - line / 2, w, right, UI_STYLE_BOLD, m->small, UI_COLOR_TEXT);
    return y2 + h - y;
}

/* "Jouw route: School → Zorgteam → Veilig Thuis" */
static int route_sentence(UiApp *app, const Node *nodes, size_t n, bool learner, int x, int y, int w)
{
    char buf[1024];
    size_t len = 0;
    const char *label = ui_app_str(app, learner ? "ui.debrief.route_yours" : "ui.debrief.route_correct");
    len += (size_t)snprintf(buf, sizeof buf, "**%s:** ", label);
    for (int pos = 0; len < sizeof buf; pos++) {
        int i = find_pos(nodes, n, learner, pos);
        if (i < 0) {
            if (pos == 0) {
                snprintf(buf + len, sizeof buf - len, "%s", ui_app_str(app, "ui.debrief.route_empty"));
            }
            break;
        }
        const char *name = ui_app_text(app, &meldcode_actor(app->mc, (size_t)nodes[i].actor)->name);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", pos > 0 ? " \xE2\x86\x92 " : "", name);
    }
    return ui_w_text(app, x, y, w, buf, UI_STYLE_REGULAR, app->m.body, UI_COLOR_TEXT);
}

int ui_diagram_build(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    if (app->score.ending < 0) {
        return 0;
    }
    const ScenarioEnding *ending = &app->scenario->endings[app->score.ending];
    Node nodes[DEBRIEF_MAX_ACTORS];
    size_t n = collect_nodes(app, ending, nodes, DEBRIEF_MAX_ACTORS);
    int top = y;
    int d = ui_text_line_height(m->body) * 4 / 5;
    y += legend(app, x, y, w, ui_text_line_height(m->small) * 3 / 4) + m->gap;

    int line = ui_text_line_height(m->body);
    int row_h = line + m->pad;
    if (row_h < d * 3 / 2) {
        row_h = d * 3 / 2;
    }
    int lane_a = x + d / 2 + d / 8;
    int lane_b = lane_a + d * 7 / 4;
    int box_x = lane_b + d * 5 / 8 + m->pad;
    int label_w = x + w - box_x - 2 * m->pad;
    int heights[DEBRIEF_MAX_ACTORS];
    int ry = y;
    for (size_t i = 0; i < n; i++) {
        bool involved = nodes[i].learner_pos >= 0 || nodes[i].correct_pos >= 0;
        const char *name = ui_app_text(app, &meldcode_actor(app->mc, (size_t)nodes[i].actor)->name);
        int th = ui_w_text_height(app, name, involved ? UI_STYLE_BOLD : UI_STYLE_REGULAR, m->body, label_w);
        heights[i] = th + m->pad > row_h ? th + m->pad : row_h;
        nodes[i].cy = ry + heights[i] / 2;
        ry += heights[i] + m->gap / 2;
    }
    route_lines(app, nodes, n, true, lane_a, d);
    route_lines(app, nodes, n, false, lane_b, d);
    for (size_t i = 0; i < n; i++) {
        const Node *nd = &nodes[i];
        bool involved = nd->learner_pos >= 0 || nd->correct_pos >= 0;
        int top_y = nd->cy - heights[i] / 2;
        int box = ui_w_box_begin(app, (SDL_Rect){box_x, top_y, x + w - box_x, heights[i]},
                                 UI_COLOR_SURFACE, involved ? UI_COLOR_TEXT : UI_COLOR_BORDER,
                                 involved ? m->border : 1);
        const char *name = ui_app_text(app, &meldcode_actor(app->mc, (size_t)nd->actor)->name);
        UiStyle style = involved ? UI_STYLE_BOLD : UI_STYLE_REGULAR;
        int th = ui_w_text_height(app, name, style, m->body, label_w);
        ui_w_text(app, box_x + m->pad, nd->cy - th / 2, label_w, name, style, m->body,
                  involved ? UI_COLOR_TEXT : UI_COLOR_MUTED);
        ui_w_end(app, box, top_y + heights[i]);
        if (nd->learner_pos >= 0) {
            marker(app, true, lane_a, nd->cy, d, nd->learner_pos);
        }
        if (nd->correct_pos >= 0) {
            marker(app, false, lane_b, nd->cy, d, nd->correct_pos);
        }
    }
    y = ry + m->gap / 2;
    y += route_sentence(app, nodes, n, true, x, y, w);
    y += route_sentence(app, nodes, n, false, x, y, w);
    bool same = score_route_matches(&app->score, ending);
    y += m->gap / 2;
    y += ui_w_text(app, x, y, w, ui_app_str(app, same ? "ui.debrief.route_match" : "ui.debrief.route_differs"),
                   UI_STYLE_ITALIC, m->body, UI_COLOR_TEXT);
    return y - top;
}
