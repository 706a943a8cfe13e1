/*
 * test_ui_a11y.c: the accessibility check of every screen (issue 13).
 * Every screen of the player is visited: the start page, settings, the
 * learner screens, the mode screen, every decision and feedback of the
 * example case on its best and worst path and of every installed case on its
 * best path, the pause menu, the debrief, groep's discussion and vote, and
 * each voorlichting page. On each:
 *   - every text, and every control's edge and focus ring, against what is
 *     drawn beneath it: at least 4.5:1, and 7:1 in high contrast (WCAG
 *     relative luminance, from the theme's colours);
 *   - Tab reaches every control, and the ring is there in the rendered pixels;
 *   - right and wrong carry a word and a shape, never colour alone;
 *   - nothing runs on a timer but groep's discussion pause, which the trainer
 *     can hold (the menu) or skip (S);
 *   - at 200% in 1280x720, in both typefaces, nothing is cut: the layout
 *     contract holds, every line is as tall as its font, and every character
 *     is in the typeface.
 */
#include "ui_test_support.h"

#include <SDL_image.h>

#include "strategy.h"
#include "ui_app_priv.h"
#include "ui_theme.h"

#define MINIMAL MELDSIM_FIXTURES "/valid/minimal"

typedef struct Setup {
    int w, h, pct;
    bool hc;
    MsLang lang;
    UiTypeface face;
} Setup;

typedef void (*Visit)(UiApp *app, const Setup *s, const char *what, void *user);

static UiApp *setup_app(const Setup *s, bool mode_set, Mode mode)
{
    UiAppConfig config = {.meldcode = ui_test_env.mc,
                          .strings = ui_test_env.st,
                          .settings = {s->pct, s->hc, s->lang, s->face, false, 0},
                          .mode_set = mode_set,
                          .mode = mode};
    UiApp *app = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(ui_app_create(&config, &app, &err), MS_OK);
    ui_app_resize(app, s->w, s->h, 1.0f);
    return app;
}

static void press(UiApp *app, SDL_Keycode sym)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    ui_app_handle_event(app, &e);
}

#define PICK_PARTLY STRATEGY_COUNT /* the option worth some points but not the most, where there is one */

static size_t pick(const Session *session, int strategy, uint64_t *rng)
{
    if (strategy != PICK_PARTLY) {
        return strategy_pick(session, (Strategy)strategy, rng);
    }
    const ScenarioScene *scene = &session_scenario(session)->scenes[session_scene(session)];
    int opts[SESSION_MAX_CHOICES];
    size_t n = session_options(session, opts);
    int best = -1000000;
    for (size_t i = 0; i < n; i++) {
        best = scene->choices[opts[i]].points > best ? scene->choices[opts[i]].points : best;
    }
    for (size_t i = 0; i < n; i++) {
        int p = scene->choices[opts[i]].points;
        if (p > 0 && p < best && scene->choices[opts[i]].critical.id == NULL) {
            return i;
        }
    }
    return strategy_pick(session, STRATEGY_BEST, rng);
}

/* A case from its start to the debrief, each decision and feedback visited. */
static void walk(const Setup *s, const char *spec, int strategy, Mode mode, bool with_pause, Visit visit,
                 void *user)
{
    UiApp *app = setup_app(s, true, mode);
    Scenario *sc = ui_test_load(spec);
    assert_non_null(sc);
    ui_app_start(app, sc);
    uint64_t rng = 3;
    char what[512];
    for (int i = 0; i < 500 && !session_ended(ui_app_session(app)); i++) {
        snprintf(what, sizeof what, "%s %s scene %d", spec, mode_id(mode), session_scene(ui_app_session(app)));
        visit(app, s, what, user);
        if (i == 0 && with_pause) {
            ui_app_show(app, UI_SCREEN_PAUSE);
            visit(app, s, "pause", user);
            ui_app_show(app, UI_SCREEN_PLAY);
        }
        if (ui_app_discussing(app)) {
            press(app, SDLK_s);
            strncat(what, " vote", sizeof what - strlen(what) - 1);
            visit(app, s, what, user);
        }
        assert_true(ui_app_choose(app, pick(ui_app_session(app), strategy, &rng)));
        if (ui_app_screen(app) == UI_SCREEN_FEEDBACK) {
            strncat(what, " feedback", sizeof what - strlen(what) - 1);
            visit(app, s, what, user);
            ui_app_show(app, session_ended(ui_app_session(app)) ? UI_SCREEN_DEBRIEF : UI_SCREEN_PLAY);
        }
    }
    ui_app_show(app, UI_SCREEN_DEBRIEF);
    snprintf(what, sizeof what, "%s %s debrief", spec, mode_id(mode));
    visit(app, s, what, user);
    ui_app_free(app);
}

/* Every screen; with_library adds the best path of every installed case. */
static void visit_all(const Setup *s, bool with_library, Visit visit, void *user)
{
    UiApp *app = setup_app(s, false, MODE_OEFENEN);
    ui_app_show_menu(app);
    visit(app, s, "menu", user);
    ui_app_show(app, UI_SCREEN_SETTINGS);
    visit(app, s, "settings", user);
    ui_app_show(app, UI_SCREEN_LEARNER);
    visit(app, s, "learner", user);
    ui_app_show(app, UI_SCREEN_NAME);
    visit(app, s, "name", user);
    ui_app_open(app, ui_test_load(MINIMAL));
    visit(app, s, "mode", user);
    ui_app_free(app);

    walk(s, MINIMAL, STRATEGY_BEST, MODE_OEFENEN, true, visit, user);
    walk(s, MINIMAL, STRATEGY_WORST, MODE_OEFENEN, false, visit, user);
    walk(s, MINIMAL, STRATEGY_WORST, MODE_TOETS, false, visit, user);
    walk(s, MINIMAL, STRATEGY_BEST, MODE_GROEP, true, visit, user);

    app = setup_app(s, true, MODE_VOORLICHTING);
    ui_app_start(app, ui_test_load(MINIMAL));
    for (int page = 0; page < UI_PRESENT_PAGES; page++) {
        assert_true(ui_app_set_page(app, page));
        char what[64];
        snprintf(what, sizeof what, "voorlichting page %d", page + 1);
        visit(app, s, what, user);
    }
    ui_app_free(app);

    if (with_library) {
        LibraryList list;
        MsError err;
        ms_error_clear(&err);
        assert_int_equal(library_list(&list, &err), MS_OK);
        for (size_t i = 0; i < list.count; i++) {
            walk(s, list.packs[i].real_path, STRATEGY_BEST, MODE_OEFENEN, false, visit, user);
        }
        library_list_free(&list);
    }
}

/* ---- contrast --------------------------------------------------------------------------- */

static bool fills(const UiItem *o)
{
    switch (o->kind) {
    case UI_ITEM_BOX:
        return o->color != UI_COLOR_COUNT;
    case UI_ITEM_BUTTON:
        return true;
    case UI_ITEM_SHAPE:
        return o->shape == UI_SHAPE_CIRCLE || o->shape == UI_SHAPE_DIAMOND || o->shape == UI_SHAPE_TRIANGLE ||
               o->shape == UI_SHAPE_RECT;
    default:
        return false;
    }
}

/* The colour drawn beneath the centre of item i: the last filled item before it in drawing
 * order that covers the point, else the window's background. Buttons beneath count with their
 * face, normal or hot. */
static UiColorRole ground(const UiView *v, size_t i, bool hot)
{
    const UiItem *it = ui_view_item(v, i);
    SDL_Point c = {it->rect.x + it->rect.w / 2, it->rect.y + it->rect.h / 2};
    for (size_t j = i; j-- > 0;) {
        const UiItem *o = ui_view_item(v, j);
        if (o->fixed != it->fixed || !fills(o) || !SDL_PointInRect(&c, &o->rect)) {
            continue;
        }
        if (o->kind == UI_ITEM_BUTTON) {
            UiColorRole face, frame;
            ui_view_button_colors(o, hot, &face, &frame);
            return face;
        }
        return o->color;
    }
    return UI_COLOR_BG;
}

static bool inside_button(const UiView *v, const UiItem *it)
{
    for (int p = it->parent; p >= 0; p = ui_view_item(v, (size_t)p)->parent) {
        if (ui_view_item(v, (size_t)p)->kind == UI_ITEM_BUTTON) {
            return true;
        }
    }
    return false;
}

typedef struct Contrast {
    int checked, problems;
    double lowest;
    char first[512];
} Contrast;

static void pair(Contrast *c, const UiTheme *t, UiColorRole ink, UiColorRole under, const char *what, const char *whose)
{
    double need = t->high_contrast ? 7.0 : 4.5;
    double ratio = ui_theme_contrast(ui_theme_color(t, ink), ui_theme_color(t, under));
    c->checked++;
    c->lowest = ratio < c->lowest ? ratio : c->lowest;
    if (ratio < need && c->problems++ == 0) {
        snprintf(c->first, sizeof c->first, "%s: %s: colour %d on %d is %.2f:1, below %.1f:1", what, whose, ink, under,
                 ratio, need);
    }
}

static void check_contrast(UiApp *app, const Setup *s, const char *what, void *user)
{
    Contrast *c = user;
    UiTheme t;
    ui_theme_get(s->hc, &t);
    UiView *v = ui_app_view(app);
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        char whose[96];
        snprintf(whose, sizeof whose, "'%.60s'", it->text != NULL ? it->text : "");
        if (it->kind == UI_ITEM_TEXT) {
            pair(c, &t, it->color, ground(v, i, false), what, whose);
            if (inside_button(v, it)) {
                pair(c, &t, it->color, ground(v, i, true), what, whose); /* under the pointer */
            }
        } else if (it->kind == UI_ITEM_BUTTON) {
            /* The control is seen by its edge, or by a face unlike what is around it. */
            UiColorRole under = ground(v, i, false);
            for (int hot = 0; hot < 2; hot++) {
                UiColorRole face, frame;
                ui_view_button_colors(it, hot != 0, &face, &frame);
                double fe = ui_theme_contrast(ui_theme_color(&t, frame), ui_theme_color(&t, under));
                double fa = ui_theme_contrast(ui_theme_color(&t, face), ui_theme_color(&t, under));
                snprintf(whose, sizeof whose, "the edge of button %d (%s)", it->action, hot ? "hot" : "normal");
                pair(c, &t, fe >= fa ? frame : face, under, what, whose);
            }
            snprintf(whose, sizeof whose, "the focus ring of button %d", it->action);
            pair(c, &t, UI_COLOR_FOCUS, under, what, whose);
        }
    }
}

static void test_contrast_every_screen(void **state)
{
    (void)state;
    for (int hc = 0; hc < 2; hc++) {
        for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
            Contrast c = {0, 0, 99.0, ""};
            Setup s = {1280, 720, 100, hc != 0, (MsLang)lang, UI_TYPEFACE_LATO};
            visit_all(&s, lang == MS_LANG_NL, check_contrast, &c);
            fprintf(stderr, "%s theme, %s: %d colour pairs, the lowest %.2f:1\n", hc ? "high-contrast" : "normal",
                    ms_lang_code((MsLang)lang), c.checked, c.lowest);
            if (c.problems > 0) {
                fail_msg("%d pairs below the minimum; first: %s", c.problems, c.first);
            }
            assert_true(c.checked > 1000);
        }
    }
}

/* The check itself must see a pair that is too weak, or the test above proves nothing. */
static void test_contrast_check_can_fail(void **state)
{
    (void)state;
    UiTheme t;
    ui_theme_get(false, &t);
    Contrast c = {0, 0, 99.0, ""};
    pair(&c, &t, UI_COLOR_TRACK, UI_COLOR_SURFACE, "bar track", "as text");
    assert_int_equal(c.problems, 1);
    ui_theme_get(true, &t);
    pair(&c, &t, UI_COLOR_TRACK, UI_COLOR_BG, "bar track", "as text (high contrast)");
    assert_int_equal(c.problems, 2);
}

/* ---- Tab and the focus ring, in pixels ----------------------------------------------------- */

typedef struct Ring {
    SDL_Surface *s;
    SDL_Renderer *r;
    int screens, buttons;
} Ring;

static SDL_Color pixel(SDL_Surface *s, int x, int y)
{
    Uint32 p = ((Uint32 *)s->pixels)[y * (s->pitch / 4) + x];
    SDL_Color c;
    SDL_GetRGBA(p, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

static bool near(SDL_Color a, SDL_Color b)
{
    return abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b) < 60;
}

/* Share (per mille) of the ring's straight sides drawn in the focus colour. */
static int ring_ink(SDL_Surface *s, SDL_Rect b, const UiMetrics *m, int radius, SDL_Color focus)
{
    int mid = m->focus_gap + (m->focus + 1) / 2; /* the middle of the ring's stroke */
    SDL_Rect ring = {b.x - mid, b.y - mid, b.w + 2 * mid, b.h + 2 * mid};
    int corner = radius + m->focus_gap + m->focus + 2;
    int hits = 0, total = 0;
    for (int x = ring.x + corner; x < ring.x + ring.w - corner; x++) {
        int ys[2] = {ring.y, ring.y + ring.h - 1};
        for (int k = 0; k < 2; k++) {
            if (x >= 0 && x < s->w && ys[k] >= 0 && ys[k] < s->h) {
                total++;
                hits += near(pixel(s, x, ys[k]), focus);
            }
        }
    }
    for (int y = ring.y + corner; y < ring.y + ring.h - corner; y++) {
        int xs[2] = {ring.x, ring.x + ring.w - 1};
        for (int k = 0; k < 2; k++) {
            if (y >= 0 && y < s->h && xs[k] >= 0 && xs[k] < s->w) {
                total++;
                hits += near(pixel(s, xs[k], y), focus);
            }
        }
    }
    return total > 0 ? hits * 1000 / total : 0;
}

static void check_tab_ring(UiApp *app, const Setup *s, const char *what, void *user)
{
    Ring *ring = user;
    UiTheme t;
    ui_theme_get(s->hc, &t);
    SDL_Color focus = ui_theme_color(&t, UI_COLOR_FOCUS);
    UiView *v = ui_app_view(app);
    size_t n = ui_view_button_count(v);
    bool seen[512] = {false};
    assert_true(n < 512);
    for (size_t k = 0; k < n; k++) {
        press(app, SDLK_TAB);
        v = ui_app_view(app);
        int f = ui_app_focus(app);
        assert_true(f >= 0 && (size_t)f < n);
        seen[f] = true;
        ui_app_render(app, ring->r);
        SDL_RenderPresent(ring->r);
        size_t item = (size_t)ui_view_button_item(v, (size_t)f);
        SDL_Rect on = ui_view_screen_rect(v, item);
        UiMetrics m = app->m;
        int ink = ring_ink(ring->s, on, &m, ui_view_item(v, item)->radius, focus);
        if (ink < 900) {
            IMG_SavePNG(ring->s, "/tmp/meldsim-a11y-ring.png");
            fail_msg("%s: button %d has a focus ring on %d per mille of its sides only (see "
                     "/tmp/meldsim-a11y-ring.png)",
                     what, f, ink);
        }
        ring->buttons++;
    }
    for (size_t b = 0; b < n; b++) {
        if (!seen[b]) {
            fail_msg("%s: Tab never reaches button %zu of %zu", what, b, n);
        }
    }
    ring->screens++;
}

static void test_tab_reaches_every_control_with_a_ring(void **state)
{
    (void)state;
    for (int hc = 0; hc < 2; hc++) {
        Setup s = {1280, 720, hc ? 200 : 100, hc != 0, MS_LANG_NL, hc ? UI_TYPEFACE_DYSLEXIC : UI_TYPEFACE_LATO};
        Ring ring = {SDL_CreateRGBSurfaceWithFormat(0, s.w, s.h, 32, SDL_PIXELFORMAT_ARGB8888), NULL, 0, 0};
        assert_non_null(ring.s);
        ring.r = SDL_CreateSoftwareRenderer(ring.s);
        assert_non_null(ring.r);
        visit_all(&s, false, check_tab_ring, &ring);
        fprintf(stderr, "%d screens, %d focus rings seen in the pixels\n", ring.screens, ring.buttons);
        assert_true(ring.screens > 20 && ring.buttons > 100);
        SDL_DestroyRenderer(ring.r);
        SDL_FreeSurface(ring.s);
    }
}

/* ---- right and wrong are never colour alone ------------------------------------------------ */

static bool within(const UiView *v, const UiItem *it, int ancestor)
{
    for (int p = it->parent; p >= 0; p = ui_view_item(v, (size_t)p)->parent) {
        if (p == ancestor) {
            return true;
        }
    }
    return ancestor < 0;
}

/* Shapes of a kind in the view (under = -1) or inside item `under`. */
static int count_shape_in(const UiView *v, UiShape shape, int under)
{
    int n = 0;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        n += it->kind == UI_ITEM_SHAPE && it->shape == shape && within(v, it, under);
    }
    return n;
}

static int count_shape(const UiView *v, UiShape shape)
{
    return count_shape_in(v, shape, -1);
}

/* The item of the text that is exactly text, or -1. */
static int text_item(const UiView *v, const char *text)
{
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->kind == UI_ITEM_TEXT && it->text != NULL && strcmp(it->text, text) == 0) {
            return (int)i;
        }
    }
    return -1;
}

static bool has_text(const UiView *v, const char *text)
{
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->kind == UI_ITEM_TEXT && it->text != NULL && strstr(it->text, text) != NULL) {
            return true;
        }
    }
    return false;
}

typedef struct Verdicts {
    int good, partly, wrong, critical, debriefs;
} Verdicts;

static void check_not_colour_alone(UiApp *app, const Setup *s, const char *what, void *user)
{
    Verdicts *vd = user;
    UiView *v = ui_app_view(app);
    const char *L[] = {"ui.feedback.good", "ui.feedback.partly", "ui.feedback.wrong", "ui.feedback.critical"};
    if (ui_app_screen(app) == UI_SCREEN_FEEDBACK) {
        for (int k = 0; k < 4; k++) {
            int title = text_item(v, strings_get(ui_test_env.st, L[k], s->lang));
            if (title < 0) {
                continue;
            }
            /* The word is there; in its panel, a shape of its own: a tick, a warning triangle, a cross. */
            int panel = ui_view_item(v, (size_t)title)->parent;
            assert_true(panel >= 0);
            bool ok = k == 0   ? count_shape_in(v, UI_SHAPE_CHECK, panel) == 1 && count_shape_in(v, UI_SHAPE_CROSS, panel) == 0
                      : k == 1 ? count_shape_in(v, UI_SHAPE_TRIANGLE, panel) == 1 && count_shape_in(v, UI_SHAPE_CHECK, panel) == 0
                               : count_shape_in(v, UI_SHAPE_CROSS, panel) == 1 && count_shape_in(v, UI_SHAPE_CHECK, panel) == 0;
            if (!ok) {
                fail_msg("%s: the verdict '%s' has no shape of its own beside it", what,
                         strings_get(ui_test_env.st, L[k], s->lang));
            }
            int *counter[] = {&vd->good, &vd->partly, &vd->wrong, &vd->critical};
            (*counter[k])++;
        }
    }
    if (ui_app_screen(app) == UI_SCREEN_DEBRIEF) {
        bool passed = app->score.passed;
        assert_true(has_text(v, strings_get(ui_test_env.st, passed ? "ui.debrief.passed" : "ui.debrief.failed", s->lang)));
        assert_true(count_shape(v, passed ? UI_SHAPE_CHECK : UI_SHAPE_CROSS) > 0);
        /* The two routes: discs and diamonds, solid and dashed, each named in words. */
        assert_true(count_shape(v, UI_SHAPE_CIRCLE) > 0 && count_shape(v, UI_SHAPE_DIAMOND) > 0);
        assert_true(count_shape(v, UI_SHAPE_LINE) > 0 && count_shape(v, UI_SHAPE_DASHED) > 0);
        assert_true(has_text(v, strings_get(ui_test_env.st, "ui.debrief.route_yours", s->lang)));
        assert_true(has_text(v, strings_get(ui_test_env.st, "ui.debrief.route_correct", s->lang)));
        vd->debriefs++;
    }
    /* The strings themselves differ: a word tells each verdict apart. */
    for (int a = 0; a < 4; a++) {
        for (int b = a + 1; b < 4; b++) {
            assert_string_not_equal(strings_get(ui_test_env.st, L[a], s->lang), strings_get(ui_test_env.st, L[b], s->lang));
        }
    }
}

static void test_right_and_wrong_not_by_colour_alone(void **state)
{
    (void)state;
    for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
        Verdicts vd = {0, 0, 0, 0, 0};
        Setup s = {1280, 720, 100, false, (MsLang)lang, UI_TYPEFACE_LATO};
        visit_all(&s, true, check_not_colour_alone, &vd);
        LibraryList list;
        MsError err;
        ms_error_clear(&err);
        assert_int_equal(library_list(&list, &err), MS_OK);
        for (size_t i = 0; i < list.count; i++) {
            walk(&s, list.packs[i].real_path, STRATEGY_WORST, MODE_OEFENEN, false, check_not_colour_alone, &vd);
            walk(&s, list.packs[i].real_path, PICK_PARTLY, MODE_OEFENEN, false, check_not_colour_alone, &vd);
        }
        library_list_free(&list);
        fprintf(stderr, "%s: %d good, %d partly, %d wrong, %d critical verdicts, %d debriefs\n",
                ms_lang_code((MsLang)lang), vd.good, vd.partly, vd.wrong, vd.critical, vd.debriefs);
        assert_true(vd.good > 0 && vd.partly > 0 && vd.wrong > 0 && vd.critical > 0 && vd.debriefs > 3);
    }
}

/* ---- timers ------------------------------------------------------------------------------ */

static void check_untimed(UiApp *app, const Setup *s, const char *what, void *user)
{
    (void)s;
    int *timed = user;
    bool groep = ui_app_attempt(app) != NULL && attempt_rules(ui_app_attempt(app))->discussion_pause;
    if (ui_app_wait_ms(app) >= 0) {
        if (!groep || !ui_app_discussing(app)) {
            fail_msg("%s: something is timed (wait %d ms)", what, ui_app_wait_ms(app));
        }
        (*timed)++;
    }
}

static void test_no_timers_but_the_discussion_pause(void **state)
{
    (void)state;
    int timed = 0;
    Setup s = {1280, 720, 100, false, MS_LANG_NL, UI_TYPEFACE_LATO};
    visit_all(&s, false, check_untimed, &timed);
    assert_true(timed > 0); /* the groep decisions were visited in their pause */

    /* The trainer holds the pause (the menu) and skips it (S). */
    UiApp *app = setup_app(&s, true, MODE_GROEP);
    ui_app_start(app, ui_test_load(MINIMAL));
    assert_true(ui_app_discussing(app));
    assert_true(ui_app_wait_ms(app) >= 0);
    press(app, SDLK_ESCAPE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PAUSE);
    int held = ui_group_seconds_left(app);
    assert_int_equal(ui_app_wait_ms(app), -1);
    SDL_Delay(1100);
    assert_false(ui_app_tick(app));
    assert_int_equal(ui_group_seconds_left(app), held); /* the countdown waited */
    press(app, SDLK_ESCAPE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    assert_true(ui_app_discussing(app));
    assert_true(ui_group_seconds_left(app) <= held && ui_group_seconds_left(app) >= held - 1);
    press(app, SDLK_s);
    assert_false(ui_app_discussing(app));
    assert_int_equal(ui_app_wait_ms(app), -1);
    ui_app_free(app);
}

/* ---- 200% at 1280x720, both typefaces ------------------------------------------------------ */

typedef struct Fit {
    int views, problems, glyphs;
} Fit;

static unsigned utf8_decode(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    unsigned c = s[0];
    int n = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    c = n == 0 ? c : n == 1 ? c & 0x1F : n == 2 ? c & 0x0F : c & 0x07;
    for (int i = 1; i <= n && s[i] != '\0'; i++) {
        c = (c << 6) | (s[i] & 0x3F);
    }
    *p += 1 + n;
    return c;
}

static void check_fit(UiApp *app, const Setup *s, const char *what, void *user)
{
    Fit *f = user;
    UiMetrics m;
    ui_metrics_compute(s->w, s->h, s->pct, &m);
    char name[600];
    snprintf(name, sizeof name, "%s (%s, %d%%)", what, ui_settings_typeface_name(s->face), s->pct);
    f->problems += ui_test_check_layout(ui_app_view(app), &app->m, name);
    f->views++;
    UiView *v = ui_app_view(app);
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->kind != UI_ITEM_TEXT || it->text == NULL) {
            continue;
        }
        /* Every character is in the typeface (or its fallback), and its ink inside the line:
         * above the baseline no higher than the line's top, below it no lower than its bottom. */
        int line_h = ui_fonts_line_height(app->fonts, it->px);
        int baseline = ui_fonts_baseline(app->fonts, it->px);
        for (const char *p = it->text; *p != '\0';) {
            unsigned c = utf8_decode(&p);
            if (c < 0x20 || c == '*' || c == '\\') {
                continue;
            }
            TTF_Font *font = ui_fonts_for(app->fonts, it->style, it->px, c);
            if (font == NULL || TTF_GlyphIsProvided32(font, c) == 0) {
                fail_msg("%s: '%.60s' has U+%04X, which %s does not have", name, it->text, c,
                         ui_settings_typeface_name(s->face));
            }
            int minx, maxx, miny, maxy, adv;
            assert_int_equal(TTF_GlyphMetrics32(font, c, &minx, &maxx, &miny, &maxy, &adv), 0);
            int top = baseline - maxy; /* runs of every face share the line's baseline */
            if (top < 0 || baseline - miny > line_h) {
                fail_msg("%s: U+%04X at %d px reaches %d px above and %d px below a %d px line", name, c, it->px,
                         -top, baseline - miny - line_h, line_h);
            }
            f->glyphs++;
        }
    }
}

static void test_200_percent_nothing_cut(void **state)
{
    (void)state;
    for (int face = 0; face < UI_TYPEFACE_COUNT; face++) {
        for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
            Fit f = {0, 0, 0};
            Setup s = {1280, 720, 200, lang == 1, (MsLang)lang, (UiTypeface)face};
            visit_all(&s, true, check_fit, &f);
            fprintf(stderr, "%s, %s, 200%%: %d screens, %d characters\n", ui_settings_typeface_name((UiTypeface)face),
                    ms_lang_code((MsLang)lang), f.views, f.glyphs);
            assert_int_equal(f.problems, 0);
            assert_true(f.views > 50);
        }
    }
}

/* The dyslexia typeface is chosen in the settings, by keyboard, and every text follows. */
static void test_typeface_from_the_settings(void **state)
{
    (void)state;
    Setup s = {1280, 720, 100, false, MS_LANG_NL, UI_TYPEFACE_LATO};
    UiApp *app = setup_app(&s, false, MODE_OEFENEN);
    ui_app_show_menu(app);
    ui_app_show(app, UI_SCREEN_SETTINGS);
    UiView *v = ui_app_view(app);
    int dyslexic = -1;
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        const UiItem *it = ui_view_item(v, (size_t)ui_view_button_item(v, b));
        dyslexic = it->action == UI_ACT_TYPEFACE && it->arg == UI_TYPEFACE_DYSLEXIC ? (int)b : dyslexic;
    }
    assert_true(dyslexic >= 0);
    const char *sample = ui_app_str(app, "ui.settings.sample");
    int lato_w = ui_fonts_measure(app->fonts, UI_STYLE_REGULAR, 40, sample, strlen(sample));
    while (ui_app_focus(app) != dyslexic) {
        press(app, SDLK_TAB);
    }
    press(app, SDLK_RETURN);
    assert_int_equal(ui_app_settings(app)->typeface, UI_TYPEFACE_DYSLEXIC);
    assert_int_equal(ui_fonts_typeface(app->fonts), UI_TYPEFACE_DYSLEXIC);
    int dys_w = ui_fonts_measure(app->fonts, UI_STYLE_REGULAR, 40, sample, strlen(sample));
    assert_true(dys_w > lato_w); /* wider letters and spacing */
    assert_true(ui_fonts_line_height(app->fonts, 100) >= 150);
    /* The focus stayed on the typeface button, now selected. */
    v = ui_app_view(app);
    const UiItem *it = ui_view_item(v, (size_t)ui_view_button_item(v, (size_t)ui_app_focus(app)));
    assert_int_equal(it->action, UI_ACT_TYPEFACE);
    assert_true(it->selected);
    ui_app_free(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contrast_check_can_fail),
        cmocka_unit_test(test_contrast_every_screen),
        cmocka_unit_test(test_tab_reaches_every_control_with_a_ring),
        cmocka_unit_test(test_right_and_wrong_not_by_colour_alone),
        cmocka_unit_test(test_no_timers_but_the_discussion_pause),
        cmocka_unit_test(test_200_percent_nothing_cut),
        cmocka_unit_test(test_typeface_from_the_settings),
    };
    return cmocka_run_group_tests(tests, ui_test_setup, ui_test_teardown);
}
