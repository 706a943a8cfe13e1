/*
 * ui_screen_play.c: a scene with its options, and the feedback after a choice.
 * Wide windows get two columns (the scene left, what to do right) so a whole
 * decision fits on a netbook at 100%; narrow ones stack them in one readable
 * column and scroll. The feedback panel replaces the options in place, so the
 * scene stays where the learner was reading.
 */
#include "ui_widgets.h"

#include <stdio.h>

#include "vfs.h"

typedef struct Columns {
    int lx, lw; /* left (or only) column */
    int rx, rw; /* right column; equal to left when stacked */
    bool two;
} Columns;

static Columns columns(const UiApp *app)
{
    const UiMetrics *m = &app->m;
    Columns c;
    int avail = m->w - 2 * m->margin;
    int gutter = m->margin;
    c.two = avail >= 40 * m->body + gutter;
    if (c.two) {
        int col = (avail - gutter) / 2;
        if (col > m->column_max) {
            col = m->column_max;
        }
        int total = 2 * col + gutter;
        c.lx = (m->w - total) / 2;
        c.lw = col;
        c.rx = c.lx + col + gutter;
        c.rw = col;
    } else {
        c.lw = avail < m->column_max ? avail : m->column_max;
        c.lx = (m->w - c.lw) / 2;
        c.rx = c.lx;
        c.rw = c.lw;
    }
    return c;
}

const char *ui_step_line(const UiApp *app, MsStep step, char *buf, size_t cap)
{
    char n[16], total[16];
    snprintf(n, sizeof n, "%d", (int)step + 1);
    snprintf(total, sizeof total, "%d", MS_STEP_COUNT);
    UiFormatArg args[] = {{"n", n}, {"total", total}, {"name", ui_app_text(app, &meldcode_step(app->mc, step)->name)}};
    return ui_format(buf, cap, ui_app_str(app, "ui.play.step"), args, 3);
}

/* "Stap 2 van 5: Collegiale consultatie" and the speaker; returns the new y. */
static int scene_heading(UiApp *app, const ScenarioScene *scene, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    char text[512];
    y += ui_w_text(app, x, y, w, ui_step_line(app, scene->step, text, sizeof text), UI_STYLE_BOLD, m->small,
                   UI_COLOR_ACCENT);
    if (scene->speaker >= 0 && (size_t)scene->speaker < app->scenario->character_count) {
        const ScenarioCharacter *ch = &app->scenario->characters[scene->speaker];
        const char *role = ui_app_text(app, &ch->role);
        y += m->gap / 2;
        int tx = x;
        char vpath[512];
        int side = ui_w_line_height(app, m->h2) + ui_w_line_height(app, m->small);
        bool picture = ch->portrait != NULL && app->scenario->mount != NULL &&
                       snprintf(vpath, sizeof vpath, "%s/%s", app->scenario->mount, ch->portrait) < (int)sizeof vpath &&
                       vfs_exists(vpath) && side * 3 < w;
        if (picture) {
            int frame = ui_w_box_begin(app, (SDL_Rect){x, y, side, side}, UI_COLOR_SURFACE, UI_COLOR_BORDER, 1);
            ui_w_image(app, (SDL_Rect){x + 1, y + 1, side - 2, side - 2}, vpath);
            ui_w_end(app, frame, y + side);
            tx = x + side + m->pad;
        }
        int ty = y;
        ty += ui_w_text(app, tx, ty, x + w - tx, ui_app_text(app, &ch->name), UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT);
        if (role[0] != '\0') {
            ty += ui_w_text(app, tx, ty, x + w - tx, role, UI_STYLE_REGULAR, m->small, UI_COLOR_MUTED);
        }
        y = picture && y + side > ty ? y + side : ty;
    }
    return y + m->gap;
}

/* The scene text on a card; returns the new y. */
static int scene_card(UiApp *app, const ScenarioScene *scene, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    int box = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, UI_COLOR_SURFACE, UI_COLOR_BORDER, 1);
    int pad = m->pad + m->gap / 2;
    int h = ui_w_text(app, x + pad, y + pad, w - 2 * pad, ui_app_text(app, &scene->text),
                      UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    ui_w_end(app, box, y + pad + h + pad);
    return y + pad + h + pad;
}

static int hint(UiApp *app, int x, int y, int w, size_t count)
{
    char n[16], text[512];
    snprintf(n, sizeof n, "%d", (int)count);
    UiFormatArg args[] = {{"n", n}};
    ui_format(text, sizeof text,
              ui_app_str(app, count > 1 ? "ui.play.hint_keys" : "ui.play.hint_next"), args, 1);
    return ui_w_text(app, x, y, w, text, UI_STYLE_REGULAR, app->m.small, UI_COLOR_MUTED);
}

static int options(UiApp *app, const ScenarioScene *scene, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    int opts[SESSION_MAX_CHOICES];
    size_t n = session_options(app->session, opts);
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.play.question"), UI_STYLE_BOLD, m->h2,
                   UI_COLOR_TEXT);
    y += m->gap;
    for (size_t i = 0; i < n; i++) {
        const ScenarioChoice *c = &scene->choices[opts[i]];
        y += ui_w_button(app, (SDL_Rect){x, y, w, 0}, ui_app_text(app, &c->text), UI_BUTTON_CHOICE,
                         (int)i + 1, UI_ACT_CHOOSE, (int)i, false);
        y += m->gap;
    }
    return y + hint(app, x, y, w, n);
}

typedef enum { VERDICT_GOOD, VERDICT_PARTLY, VERDICT_WRONG, VERDICT_CRITICAL, VERDICT_NEUTRAL } Verdict;

static Verdict verdict_of(const SessionStep *step, const ScenarioChoice *c)
{
    if (c->critical.id != NULL) {
        return VERDICT_CRITICAL;
    }
    if (!step->decision) {
        return VERDICT_NEUTRAL;
    }
    if (step->points >= step->best_points) {
        return VERDICT_GOOD;
    }
    return step->points > 0 ? VERDICT_PARTLY : VERDICT_WRONG;
}

const char *ui_feedback_title_key(const SessionStep *step, const ScenarioChoice *c)
{
    static const char *const title[] = {"ui.feedback.good", "ui.feedback.partly", "ui.feedback.wrong",
                                        "ui.feedback.critical", "ui.feedback.neutral"};
    return title[verdict_of(step, c)];
}

const char *ui_critical_text(const UiApp *app, const ScenarioCritical *crit)
{
    if (!ms_text_empty(&crit->explanation)) {
        return ui_app_text(app, &crit->explanation);
    }
    if (crit->type >= 0) {
        return ui_app_text(app, &meldcode_mistake(app->mc, (size_t)crit->type)->explanation);
    }
    return "";
}

const char *ui_feedback_points(const UiApp *app, const SessionStep *step, char *buf, size_t cap)
{
    char earned[16], best[16];
    snprintf(earned, sizeof earned, "%d", step->points);
    snprintf(best, sizeof best, "%d", step->best_points);
    MsStep ms = app->scenario->scenes[step->scene].step;
    UiFormatArg args[] = {{"step", ui_app_text(app, &meldcode_step(app->mc, ms)->short_name)},
                          {"earned", earned},
                          {"best", best}};
    return ui_format(buf, cap, ui_app_str(app, "ui.feedback.points"), args, 3);
}

static int verdict_icon(UiApp *app, Verdict v, SDL_Rect r)
{
    switch (v) {
    case VERDICT_GOOD:
        return ui_w_icon(app, UI_ICON_CHECK, r, UI_COLOR_GOOD, UI_COLOR_GOOD_BG, NULL, UI_STYLE_BOLD, 0);
    case VERDICT_PARTLY:
        return ui_w_icon(app, UI_ICON_WARN, r, UI_COLOR_WARN, UI_COLOR_WARN_BG, NULL, UI_STYLE_BOLD, 0);
    case VERDICT_WRONG:
    case VERDICT_CRITICAL:
        return ui_w_icon(app, UI_ICON_CROSS, r, UI_COLOR_BAD, UI_COLOR_BAD_BG, NULL, UI_STYLE_BOLD, 0);
    case VERDICT_NEUTRAL:
    default:
        return ui_w_icon(app, UI_ICON_RING, r, UI_COLOR_ACCENT, UI_COLOR_ACCENT, "i", UI_STYLE_BOLD, app->m.border);
    }
}

static int feedback(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    size_t count = session_history_count(app->session);
    const SessionStep *step = count > 0 ? session_history(app->session, count - 1) : NULL;
    if (step == NULL || step->choice < 0) {
        return y;
    }
    const ScenarioScene *scene = &app->scenario->scenes[step->scene];
    const ScenarioChoice *c = &scene->choices[step->choice];
    Verdict v = verdict_of(step, c);

    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.feedback.your_choice"), UI_STYLE_BOLD, m->small,
                   UI_COLOR_MUTED);
    y += m->gap / 2;
    int quote = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, UI_COLOR_SURFACE, UI_COLOR_BORDER, 1);
    int qh = ui_w_text(app, x + m->pad, y + m->pad, w - 2 * m->pad, ui_app_text(app, &c->text),
                       UI_STYLE_ITALIC, m->body, UI_COLOR_TEXT);
    ui_w_end(app, quote, y + qh + 2 * m->pad);
    y += qh + 2 * m->pad + m->gap;

    static const UiColorRole ink[] = {UI_COLOR_GOOD, UI_COLOR_WARN, UI_COLOR_BAD, UI_COLOR_BAD, UI_COLOR_ACCENT};
    static const UiColorRole tint[] = {UI_COLOR_GOOD_BG, UI_COLOR_WARN_BG, UI_COLOR_BAD_BG, UI_COLOR_BAD_BG,
                                       UI_COLOR_SURFACE};
    int panel = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, tint[v], ink[v], m->border * 2);
    int pad = m->pad + m->gap / 2;
    int py = y + pad;
    int line = ui_w_line_height(app, m->h2);
    int icon = line;
    verdict_icon(app, v, (SDL_Rect){x + pad, py, icon, icon});
    int tx = x + pad + icon + m->pad;
    int tw = x + w - pad - tx;
    py += ui_w_text(app, tx, py, tw, ui_app_str(app, ui_feedback_title_key(step, c)), UI_STYLE_BOLD, m->h2, ink[v]);
    py = py < y + pad + icon ? y + pad + icon : py;
    py += m->gap / 2;
    py += ui_w_text(app, x + pad, py, w - 2 * pad, ui_app_text(app, &c->feedback), UI_STYLE_REGULAR,
                    m->body, UI_COLOR_TEXT);
    if (v == VERDICT_CRITICAL) {
        const char *why = ui_critical_text(app, &c->critical);
        if (why[0] != '\0') {
            py += m->gap;
            py += ui_w_text(app, x + pad, py, w - 2 * pad, ui_app_str(app, "ui.feedback.critical_why"),
                            UI_STYLE_BOLD, m->body, UI_COLOR_TEXT);
            py += ui_w_text(app, x + pad, py, w - 2 * pad, why, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
        }
    }
    if (step->decision) {
        char text[256];
        ui_feedback_points(app, step, text, sizeof text);
        py += m->gap;
        py += ui_w_text(app, x + pad, py, w - 2 * pad, text, UI_STYLE_BOLD, m->body, UI_COLOR_TEXT);
    }
    ui_w_end(app, panel, py + pad);
    return py + pad;
}

static void next_footer(UiApp *app, int header, UiAction action)
{
    UiFooterButton next = {ui_app_str(app, "ui.play.next"), UI_BUTTON_PRIMARY, 1, action, 0};
    ui_footer_build(app, header, ui_app_str(app, "ui.play.hint_next"), &next, 1);
}

void ui_screen_play_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    bool fb = app->screen == UI_SCREEN_FEEDBACK;
    int scene_index = session_scene(app->session);
    if (fb) {
        size_t count = session_history_count(app->session);
        scene_index = count > 0 ? session_history(app->session, count - 1)->scene : scene_index;
    }
    if (scene_index < 0) {
        return;
    }
    const ScenarioScene *scene = &app->scenario->scenes[scene_index];
    int header = ui_progress_build(app, (int)scene->step, true);
    ui_view_set_viewport(app->view, (SDL_Rect){0, header, m->w, m->h - header}, m->margin);
    int opts[SESSION_MAX_CHOICES];
    bool narration = !fb && session_options(app->session, opts) == 0;
    Columns c = columns(app);
    /* Counting hands needs the counters beside each option: one wide column, and the scene,
     * discussed a moment ago, makes room for the options (the progress bar keeps the step). */
    bool voting = !fb && !narration && attempt_rules(app->attempt)->discussion_pause && !app->discussing;
    if (narration || voting) {
        /* The counters take a third beside the option texts, which keep a readable width. */
        int widest = voting ? m->column_max * 3 / 2 : m->column_max;
        c.lw = c.rw = m->w - 2 * m->margin < widest ? m->w - 2 * m->margin : widest;
        c.lx = c.rx = (m->w - c.lw) / 2;
        c.two = false;
    }
    int y = ui_notice_build(app, c.lx, header + m->margin, c.two ? m->w - 2 * m->margin : c.lw);
    int ly = y - m->gap;
    if (!voting) {
        ly = scene_heading(app, scene, c.lx, y, c.lw);
        if (c.two || !fb) {
            ly = scene_card(app, scene, c.lx, ly, c.lw) + m->gap;
        }
    }
    int ry = c.two ? y : ly + m->gap;
    if (fb) {
        feedback(app, c.rx, ry, c.rw);
        if (attempt_back_allowed(app->attempt) == ATTEMPT_BACK_OK) {
            UiFooterButton two[] = {
                {ui_app_str(app, "ui.play.undo"), UI_BUTTON_SECONDARY, 0, UI_ACT_UNDO, 0},
                {ui_app_str(app, "ui.play.next"), UI_BUTTON_PRIMARY, 1, UI_ACT_CONTINUE, 0},
            };
            ui_footer_build(app, header, ui_app_str(app, "ui.play.hint_undo"), two, 2);
        } else {
            next_footer(app, header, UI_ACT_CONTINUE);
        }
    } else if (narration) {
        next_footer(app, header, UI_ACT_CHOOSE);
    } else if (attempt_rules(app->attempt)->discussion_pause) {
        ui_group_options(app, scene, c.rx, ry, c.rw);
    } else {
        options(app, scene, c.rx, ry, c.rw);
    }
}
