/*
 * ui_screen_present.c: voorlichting, a presentation at the presenter's pace.
 * Pages: an opening, the five steps of the Meldcode (each with what the case's
 * best path decides in that step), and the escalation path with the roles of
 * its actors. The case was played along its best path when the mode began, so
 * the pages only read a finished session: nothing here is recorded.
 */
#include "ui_widgets.h"

#include <stdio.h>

/* Two columns when the window is wide enough, as on the play screen. */
static bool two_columns(const UiApp *app, int *lx, int *rx, int *col)
{
    const UiMetrics *m = &app->m;
    int avail = m->w - 2 * m->margin;
    if (avail >= 40 * m->body + m->margin) {
        *col = (avail - m->margin) / 2 > m->column_max ? m->column_max : (avail - m->margin) / 2;
        *lx = (m->w - 2 * *col - m->margin) / 2;
        *rx = *lx + *col + m->margin;
        return true;
    }
    *col = avail < m->column_max ? avail : m->column_max;
    *lx = *rx = (m->w - *col) / 2;
    return false;
}

static int footer(UiApp *app, int header)
{
    char page[16], total[16], hint[256];
    snprintf(page, sizeof page, "%d", app->page + 1);
    snprintf(total, sizeof total, "%d", UI_PRESENT_PAGES);
    UiFormatArg args[] = {{"page", page}, {"total", total}};
    ui_format(hint, sizeof hint, ui_app_str(app, "ui.present.hint"), args, 2);
    bool last = app->page + 1 >= UI_PRESENT_PAGES;
    UiFooterButton buttons[] = {
        {ui_app_str(app, "ui.present.previous"), UI_BUTTON_SECONDARY, 0, UI_ACT_PAGE, -1},
        {ui_app_str(app, last ? "ui.present.end" : "ui.present.next"), UI_BUTTON_PRIMARY, 0,
         last ? UI_ACT_MENU : UI_ACT_PAGE, 1},
    };
    return app->page > 0 ? ui_footer_build(app, header, hint, buttons, 2)
                         : ui_footer_build(app, header, hint, buttons + 1, 1);
}

static int opening(UiApp *app, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.present.intro"), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    y += m->gap * 2;
    for (int s = 0; s < MS_STEP_COUNT; s++) {
        char line[512], n[8];
        snprintf(n, sizeof n, "%d", s + 1);
        UiFormatArg args[] = {{"n", n}, {"name", ui_app_text(app, &meldcode_step(app->mc, (MsStep)s)->name)}};
        ui_format(line, sizeof line, ui_app_str(app, "ui.present.step_line"), args, 2);
        y += ui_w_text(app, x, y, w, line, UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT) + m->gap / 2;
    }
    y += m->gap * 2;
    char example[512];
    UiFormatArg args[] = {{"case", ui_app_text(app, &app->scenario->title)}};
    ui_format(example, sizeof example, ui_app_str(app, "ui.present.example"), args, 1);
    y += ui_w_text(app, x, y, w, example, UI_STYLE_BOLD, m->h2, UI_COLOR_ACCENT) + m->gap / 2;
    return y + ui_w_text(app, x, y, w, ui_app_text(app, &app->scenario->summary), UI_STYLE_REGULAR, m->body,
                         UI_COLOR_TEXT);
}

/* What the case's best path decides in step s: the scene and the option taken. */
static int case_step(UiApp *app, MsStep s, int x, int y, int w)
{
    const UiMetrics *m = &app->m;
    char head[512];
    UiFormatArg args[] = {{"case", ui_app_text(app, &app->scenario->title)}};
    ui_format(head, sizeof head, ui_app_str(app, "ui.present.in_case"), args, 1);
    y += ui_w_text(app, x, y, w, head, UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT) + m->gap;
    int shown = 0;
    for (size_t i = 0; i < session_history_count(app->session); i++) {
        const SessionStep *step = session_history(app->session, i);
        const ScenarioScene *scene = &app->scenario->scenes[step->scene];
        if (!step->decision || step->choice < 0 || scene->step != s) {
            continue;
        }
        const ScenarioChoice *c = &scene->choices[step->choice];
        int pad = m->pad + m->gap / 2;
        int box = ui_w_box_begin(app, (SDL_Rect){x, y, w, 0}, UI_COLOR_SURFACE, UI_COLOR_BORDER, 1);
        int py = y + pad;
        py += ui_w_text(app, x + pad, py, w - 2 * pad, ui_app_text(app, &scene->text), UI_STYLE_REGULAR, m->small,
                        UI_COLOR_MUTED) + m->gap / 2;
        py += ui_w_text(app, x + pad, py, w - 2 * pad, ui_app_str(app, "ui.present.best"), UI_STYLE_BOLD, m->body,
                        UI_COLOR_GOOD);
        py += ui_w_text(app, x + pad, py, w - 2 * pad, ui_app_text(app, &c->text), UI_STYLE_BOLD, m->body,
                        UI_COLOR_TEXT) + m->gap / 2;
        py += ui_w_text(app, x + pad, py, w - 2 * pad, ui_app_text(app, &c->feedback), UI_STYLE_ITALIC, m->body,
                        UI_COLOR_TEXT);
        ui_w_end(app, box, py + pad);
        y = py + pad + m->gap;
        shown++;
    }
    if (shown == 0) {
        y += ui_w_text(app, x, y, w, ui_app_str(app, "ui.present.no_decision"), UI_STYLE_ITALIC, m->body,
                       UI_COLOR_MUTED);
    }
    return y;
}

static void step_page(UiApp *app, MsStep s, int y)
{
    const UiMetrics *m = &app->m;
    int lx, rx, col;
    bool two = two_columns(app, &lx, &rx, &col);
    const MeldcodeStep *ms = meldcode_step(app->mc, s);
    char n[8], total[8], label[128];
    snprintf(n, sizeof n, "%d", (int)s + 1);
    snprintf(total, sizeof total, "%d", MS_STEP_COUNT);
    UiFormatArg args[] = {{"n", n}, {"total", total}};
    ui_format(label, sizeof label, ui_app_str(app, "ui.present.step_of"), args, 2);
    int ly = y;
    ly += ui_w_text(app, lx, ly, col, label, UI_STYLE_BOLD, m->small, UI_COLOR_ACCENT);
    ly += ui_w_text(app, lx, ly, col, ui_app_text(app, &ms->name), UI_STYLE_BOLD, m->h1, UI_COLOR_TEXT) + m->gap;
    ly += ui_w_text(app, lx, ly, col, ui_app_text(app, &ms->explanation), UI_STYLE_REGULAR, m->body, UI_COLOR_TEXT);
    case_step(app, s, rx, two ? y : ly + 2 * m->gap, col);
}

static void escalation_page(UiApp *app, int y)
{
    const UiMetrics *m = &app->m;
    int lx, rx, col;
    bool two = two_columns(app, &lx, &rx, &col);
    int ly = y;
    ly += ui_w_text(app, lx, ly, col, ui_app_str(app, "ui.present.escalation"), UI_STYLE_BOLD, m->h1,
                    UI_COLOR_TEXT) + m->gap;
    ly += ui_w_text(app, lx, ly, col, ui_app_str(app, "ui.present.escalation_intro"), UI_STYLE_REGULAR, m->body,
                    UI_COLOR_TEXT) + m->gap;
    int number = 1;
    for (size_t i = 0; i < meldcode_actor_count(app->mc); i++) {
        const MeldcodeActor *a = meldcode_actor(app->mc, i);
        if (!a->core) {
            continue;
        }
        char num[8];
        snprintf(num, sizeof num, "%d", number++);
        int line = ui_w_line_height(app, m->body);
        ui_w_badge(app, (SDL_Rect){lx, ly, line, line}, num, UI_COLOR_ACCENT, UI_COLOR_ACCENT_TEXT);
        int tx = lx + line + m->pad;
        ly += ui_w_text(app, tx, ly, lx + col - tx, ui_app_text(app, &a->name), UI_STYLE_BOLD, m->body, UI_COLOR_TEXT);
        ly += ui_w_text(app, tx, ly, lx + col - tx, ui_app_text(app, &a->role), UI_STYLE_REGULAR, m->small,
                        UI_COLOR_MUTED) + m->gap;
    }
    int ry = two ? y : ly + m->gap;
    char head[512];
    UiFormatArg args[] = {{"case", ui_app_text(app, &app->scenario->title)}};
    ui_format(head, sizeof head, ui_app_str(app, "ui.present.in_case"), args, 1);
    ry += ui_w_text(app, rx, ry, col, head, UI_STYLE_BOLD, m->h2, UI_COLOR_TEXT) + m->gap;
    ui_diagram_build(app, rx, ry, col);
}

void ui_screen_present_build(UiApp *app)
{
    const UiMetrics *m = &app->m;
    int page = app->page;
    /* The opening has the title band; the steps show where they are in the five. */
    int header = page == 0 ? ui_title_band(app, "ui.present.title")
                           : ui_progress_build(app, page <= MS_STEP_COUNT ? page - 1 : -1, true);
    footer(app, header);
    int y = header + m->margin;
    if (page == 0) {
        int w = m->w - 2 * m->margin < m->column_max ? m->w - 2 * m->margin : m->column_max;
        opening(app, (m->w - w) / 2, y, w);
    } else if (page <= MS_STEP_COUNT) {
        step_page(app, (MsStep)(page - 1), y);
    } else {
        escalation_page(app, y);
    }
}
