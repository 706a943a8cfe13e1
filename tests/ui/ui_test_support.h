/*
 * ui_test_support.h: shared set-up and layout checks for the player's tests.
 * Included by each tests/ui/test_ui_*.c (one cmocka executable each). The
 * layout check is the contract every screen must keep at every size and font
 * scale: inside the window, children inside parents, nothing overlapping,
 * every button reachable with its focus ring in view.
 */
#ifndef UI_TEST_SUPPORT_H
#define UI_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "library.h"
#include "meldcode.h"
#include "ms_strings.h"
#include "ui_app.h"
#include "ui_metrics.h"
#include "vfs.h"

typedef struct UiTestEnv {
    Meldcode *mc;
    Strings *st;
} UiTestEnv;

static UiTestEnv ui_test_env;

static inline int ui_test_setup(void **state)
{
    (void)state;
    MsError err;
    ms_error_clear(&err);
    if (vfs_init(NULL, &err) != MS_OK || meldcode_load(&ui_test_env.mc, &err) != MS_OK ||
        strings_load(&ui_test_env.st, &err) != MS_OK) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    return TTF_Init() == 0 ? 0 : -1;
}

static inline int ui_test_teardown(void **state)
{
    (void)state;
    strings_free(ui_test_env.st);
    meldcode_free(ui_test_env.mc);
    TTF_Quit();
    vfs_quit();
    return 0;
}

static inline UiApp *ui_test_app(int font_pct, bool high_contrast, MsLang lang)
{
    UiAppConfig config = {.meldcode = ui_test_env.mc,
                          .strings = ui_test_env.st,
                          .settings = {font_pct, high_contrast, lang}};
    UiApp *app = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(ui_app_create(&config, &app, &err), MS_OK);
    return app;
}

static inline Scenario *ui_test_load(const char *spec)
{
    Scenario *sc = NULL;
    MsError err;
    ms_error_clear(&err);
    if (library_load(spec, ui_test_env.mc, &sc, &err) != MS_OK) {
        fprintf(stderr, "load %s: %s\n", spec, err.message);
        return NULL;
    }
    return sc;
}

/* Some item of the current screen shows needle. */
static inline bool ui_test_view_has_text(UiApp *app, const char *needle)
{
    UiView *v = ui_app_view(app);
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->text != NULL && strstr(it->text, needle) != NULL) {
            return true;
        }
    }
    return false;
}

static inline bool rect_inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

static inline bool rect_overlap(SDL_Rect a, SDL_Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static inline SDL_Rect rect_grow(SDL_Rect r, int by)
{
    SDL_Rect g = {r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by};
    return g;
}

/* Returns the number of problems, describing the first in why. `what` names the case. */
static inline int ui_test_check_layout(UiView *v, const UiMetrics *m, const char *what)
{
    int problems = 0;
    char why[512] = "";
    int W = ui_view_width(v), H = ui_view_height(v);
    SDL_Rect window = {0, 0, W, H};
    SDL_Rect vp = ui_view_viewport(v);
    int ring = m->focus + m->focus_gap;
    size_t n = ui_view_count(v);
#define PROBLEM(...)                                                                                          \
    do {                                                                                                      \
        if (problems++ == 0)                                                                                  \
            snprintf(why, sizeof why, __VA_ARGS__);                                                           \
    } while (0)
    for (size_t i = 0; i < n; i++) {
        const UiItem *it = ui_view_item(v, i);
        SDL_Rect r = it->rect;
        if (r.w < 0 || r.h < 0) {
            PROBLEM("item %zu has a negative size", i);
        }
        if (r.x < 0 || r.x + r.w > W) {
            PROBLEM("item %zu (kind %d, '%.40s') runs out of the window sideways: x %d w %d of %d", i, it->kind,
                    it->text ? it->text : "", r.x, r.w, W);
        }
        if (it->fixed && !rect_inside(r, window)) {
            PROBLEM("fixed item %zu ('%.40s') is outside the window", i, it->text ? it->text : "");
        }
        if (!it->fixed && r.y < vp.y) {
            PROBLEM("item %zu ('%.40s') starts above the viewport", i, it->text ? it->text : "");
        }
        if (it->kind == UI_ITEM_TEXT && r.w > it->wrap) {
            PROBLEM("text item %zu ('%.40s') is wider (%d) than its wrap width %d", i, it->text, r.w, it->wrap);
        }
        if (it->parent >= 0) {
            const UiItem *p = ui_view_item(v, (size_t)it->parent);
            if (!rect_inside(r, p->rect)) {
                PROBLEM("item %zu ('%.40s') sticks out of its parent %d (%d,%d %dx%d in %d,%d %dx%d)", i,
                        it->text ? it->text : "", it->parent, r.x, r.y, r.w, r.h, p->rect.x, p->rect.y, p->rect.w,
                        p->rect.h);
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        const UiItem *a = ui_view_item(v, i);
        if (a->parent >= 0 || a->decor) {
            continue;
        }
        SDL_Rect ra = a->kind == UI_ITEM_BUTTON ? rect_grow(a->rect, ring) : a->rect;
        for (size_t j = 0; j < n; j++) {
            const UiItem *b = ui_view_item(v, j);
            if (j == i || b->parent >= 0 || b->decor || b->fixed != a->fixed) {
                continue;
            }
            if (rect_overlap(ra, b->rect)) {
                PROBLEM("items %zu (kind %d '%.30s' %d,%d %dx%d) and %zu (kind %d '%.30s' %d,%d %dx%d) overlap%s", i,
                        a->kind, a->text ? a->text : "", ra.x, ra.y, ra.w, ra.h, j, b->kind, b->text ? b->text : "",
                        b->rect.x, b->rect.y, b->rect.w, b->rect.h,
                        a->kind == UI_ITEM_BUTTON ? " (with the focus ring)" : "");
            }
        }
    }
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        int item = ui_view_button_item(v, b);
        const UiItem *it = ui_view_item(v, (size_t)item);
        ui_view_scroll_to(v, (size_t)item, ring + m->gap);
        SDL_Rect on = rect_grow(ui_view_screen_rect(v, (size_t)item), ring);
        if (!rect_inside(on, it->fixed ? window : vp)) {
            PROBLEM("button %zu cannot be brought fully into view with its focus ring", b);
        }
    }
    ui_view_set_scroll(v, 0);
#undef PROBLEM
    if (problems > 0) {
        fprintf(stderr, "%s: %d layout problems; first: %s\n", what, problems, why);
    }
    return problems;
}

#endif
