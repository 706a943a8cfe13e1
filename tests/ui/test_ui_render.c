/*
 * test_ui_render.c: the pixels. Screens are not blank, every button shows
 * its label, the escalation diagram is drawn with both routes, a PNG round
 * trips, the themes meet WCAG AA, and an unchanged screen re-renders
 * without rasterising any text again. A broken edit under --watch is shown
 * in the window, and fixing it brings the case back at the same place.
 */
#include "ui_test_support.h"

#include <SDL_image.h>
#include <unistd.h>

#include "ui_app_priv.h"
#include "ui_theme.h"

typedef struct Canvas {
    SDL_Surface *s;
    SDL_Renderer *r;
} Canvas;

static Canvas canvas(int w, int h)
{
    Canvas c;
    c.s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    assert_non_null(c.s);
    c.r = SDL_CreateSoftwareRenderer(c.s);
    assert_non_null(c.r);
    return c;
}

static void canvas_free(Canvas *c)
{
    SDL_DestroyRenderer(c->r);
    SDL_FreeSurface(c->s);
}

static SDL_Color pixel(SDL_Surface *s, int x, int y)
{
    Uint32 p = ((Uint32 *)s->pixels)[y * (s->pitch / 4) + x];
    SDL_Color c;
    SDL_GetRGBA(p, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

static int distance(SDL_Color a, SDL_Color b)
{
    return abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b);
}

/* Share of pixels in r that differ clearly from colour c, in per mille. */
static int differing(SDL_Surface *s, SDL_Rect r, SDL_Color c)
{
    int n = 0, total = 0;
    for (int y = r.y; y < r.y + r.h; y++) {
        for (int x = r.x; x < r.x + r.w; x++) {
            if (x < 0 || y < 0 || x >= s->w || y >= s->h) {
                continue;
            }
            total++;
            n += distance(pixel(s, x, y), c) > 60;
        }
    }
    return total ? n * 1000 / total : 0;
}

static void draw(UiApp *app, Canvas *c)
{
    ui_app_render(app, c->r);
    SDL_RenderPresent(c->r);
}

static void check_buttons_labelled(UiApp *app, Canvas *c, SDL_Color face)
{
    UiView *v = ui_app_view(app);
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        int item = ui_view_button_item(v, b);
        const UiItem *it = ui_view_item(v, (size_t)item);
        if (it->button_style != UI_BUTTON_CHOICE && it->button_style != UI_BUTTON_CARD) {
            continue;
        }
        ui_view_scroll_to(v, (size_t)item, 20);
        draw(app, c);
        SDL_Rect r = ui_view_screen_rect(v, (size_t)item);
        SDL_Rect inner = {r.x + r.w / 8, r.y + 6, r.w * 3 / 4, r.h - 12};
        int ink = differing(c->s, inner, face);
        if (ink < 10) {
            fail_msg("button %zu shows no label (%d per mille ink)", b, ink);
        }
    }
    ui_view_set_scroll(v, 0);
}

static void test_screens_not_blank_and_labelled(void **state)
{
    (void)state;
    Canvas c = canvas(1280, 720);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    UiTheme t;
    ui_theme_get(false, &t);
    SDL_Color bg = ui_theme_color(&t, UI_COLOR_BG);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_show_menu(app);
    draw(app, &c);
    SDL_Rect all = {0, 0, 1280, 720};
    assert_true(differing(c.s, all, bg) > 20);
    check_buttons_labelled(app, &c, ui_theme_color(&t, UI_COLOR_SURFACE));

    ui_app_start(app, ui_test_load(MELDSIM_FIXTURES "/valid/minimal"));
    draw(app, &c);
    assert_true(differing(c.s, all, bg) > 20);
    check_buttons_labelled(app, &c, ui_theme_color(&t, UI_COLOR_BUTTON));
    assert_true(ui_app_choose(app, 0));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
    draw(app, &c);
    assert_true(differing(c.s, all, bg) > 20);
    ui_app_free(app);
    canvas_free(&c);
}

static void test_diagram_draws_both_routes(void **state)
{
    (void)state;
    Canvas c = canvas(1920, 1080);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1920, 1080, 1.0f);
    ui_app_start(app, ui_test_load(MELDSIM_FIXTURES "/valid/minimal"));
    /* The example's best path: school, zorgteam, veilig_thuis on both routes. */
    for (int i = 0; i < 50 && !session_ended(ui_app_session(app)); i++) {
        assert_true(ui_app_choose(app, 0));
    }
    assert_true(session_ended(ui_app_session(app)));
    ui_app_show(app, UI_SCREEN_DEBRIEF);
    draw(app, &c);
    UiTheme t;
    ui_theme_get(false, &t);
    UiView *v = ui_app_view(app);
    int diamonds = 0, discs = 0, solid = 0, dashed = 0;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->kind != UI_ITEM_SHAPE) {
            continue;
        }
        bool legend = it->rect.w < 40 && it->parent < 0 && it->shape == UI_SHAPE_DIAMOND && it->rect.h < 30;
        if (it->shape == UI_SHAPE_DIAMOND && !legend) {
            diamonds++;
            ui_view_scroll_to(v, i, 10);
            draw(app, &c);
            SDL_Rect r = ui_view_screen_rect(v, i);
            /* The diamond's left corner region, beside the number, is the route's green. */
            SDL_Color got = pixel(c.s, r.x + r.w / 4 + 2, r.y + r.h / 2);
            assert_true(distance(got, ui_theme_color(&t, UI_COLOR_GOOD)) < 40);
        }
        if (it->shape == UI_SHAPE_CIRCLE && it->color == UI_COLOR_ACCENT) {
            discs++;
        }
        solid += it->shape == UI_SHAPE_LINE && it->color == UI_COLOR_ACCENT;
        dashed += it->shape == UI_SHAPE_DASHED && it->color == UI_COLOR_GOOD;
    }
    /* Three on the correct route (plus the legend's), three learner discs (plus the legend's),
     * two connectors per route plus one legend sample each. */
    assert_true(diamonds >= 3);
    assert_true(discs >= 4);
    assert_true(solid >= 3);
    assert_true(dashed >= 3);
    ui_app_free(app);
    canvas_free(&c);
}

typedef struct RouteMarks {
    int cy[8];  /* centre of marker n + 1 */
    int x[8];
    int count;
} RouteMarks;

/* The numbered markers of both routes (not the headings' samples), by their number. */
static void route_marks(UiView *v, RouteMarks *mine, RouteMarks *right)
{
    memset(mine, 0, sizeof *mine);
    memset(right, 0, sizeof *right);
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *t = ui_view_item(v, i);
        if (t->kind != UI_ITEM_TEXT || t->parent < 0) {
            continue;
        }
        const UiItem *p = ui_view_item(v, (size_t)t->parent);
        bool disc = p->kind == UI_ITEM_SHAPE && p->shape == UI_SHAPE_CIRCLE && p->color == UI_COLOR_ACCENT;
        bool diamond = p->kind == UI_ITEM_SHAPE && p->shape == UI_SHAPE_DIAMOND && p->color == UI_COLOR_GOOD;
        int n = atoi(t->text);
        if ((!disc && !diamond) || n < 1 || n > 8) {
            continue;
        }
        RouteMarks *r = disc ? mine : right;
        r->cy[n - 1] = p->rect.y + p->rect.h / 2;
        r->x[n - 1] = p->rect.x + p->rect.w;
        r->count = n > r->count ? n : r->count;
    }
}

/* The label beside a marker: the nearest text to its right whose lines span its centre. */
static const char *label_beside(UiView *v, int x, int cy)
{
    const UiItem *best = NULL;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *t = ui_view_item(v, i);
        if (t->kind == UI_ITEM_TEXT && t->rect.x > x && t->rect.y <= cy && t->rect.y + t->rect.h >= cy &&
            (!best || t->rect.x < best->rect.x)) {
            best = t;
        }
    }
    return best ? best->text : "";
}

/* A route that calls Veilig Thuis before the buurtteam is drawn in the order taken: both routes
 * read top to bottom, step n of one beside step n of the other, every connector runs down. */
static void test_diagram_routes_in_order_taken(void **state)
{
    (void)state;
    Canvas c = canvas(1920, 1080);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1920, 1080, 1.0f);
    ui_app_start(app, ui_test_load(MELDSIM_SOURCE_ROOT "/tests/ui/fixtures/vt-first"));
    assert_true(ui_app_choose(app, 0));
    assert_true(session_ended(ui_app_session(app)));
    ui_app_show(app, UI_SCREEN_DEBRIEF);
    draw(app, &c);
    int vt = meldcode_actor_find(app->mc, "veilig_thuis"), bt = meldcode_actor_find(app->mc, "buurtteam");
    assert_int_equal(app->score.route_count, 3);
    assert_int_equal(app->score.route[1], vt);
    assert_int_equal(app->score.route[2], bt);
    UiView *v = ui_app_view(app);
    RouteMarks mine, right;
    route_marks(v, &mine, &right);
    assert_int_equal(mine.count, 3);
    assert_int_equal(right.count, 3);
    const ScenarioEnding *e = &app->scenario->endings[app->score.ending];
    for (int n = 0; n < 3; n++) {
        if (n > 0) {
            assert_true(mine.cy[n] > mine.cy[n - 1]);
            assert_true(right.cy[n] > right.cy[n - 1]);
        }
        assert_true(abs(mine.cy[n] - right.cy[n]) <= 2); /* side by side, step for step */
        assert_true(right.x[n] > mine.x[n]);
        assert_string_equal(label_beside(v, mine.x[n], mine.cy[n]),
                            ui_app_text(app, &meldcode_actor(app->mc, (size_t)app->score.route[n])->name));
        assert_string_equal(label_beside(v, right.x[n], right.cy[n]),
                            ui_app_text(app, &meldcode_actor(app->mc, (size_t)e->route[n])->name));
    }
    int down = 0;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->kind == UI_ITEM_SHAPE && (it->shape == UI_SHAPE_LINE || it->shape == UI_SHAPE_DASHED) &&
            it->x0 == it->x1 && (it->color == UI_COLOR_ACCENT || it->color == UI_COLOR_GOOD)) {
            assert_true(it->y1 > it->y0);
            down++;
        }
    }
    assert_int_equal(down, 4); /* two connectors per route, none running back up */

    /* Narrow: the correct route stands below the learner's, still in order. */
    ui_app_free(app);
    app = ui_test_app(200, false, MS_LANG_NL);
    ui_app_resize(app, 400, 900, 1.0f);
    ui_app_start(app, ui_test_load(MELDSIM_SOURCE_ROOT "/tests/ui/fixtures/vt-first"));
    assert_true(ui_app_choose(app, 0));
    ui_app_show(app, UI_SCREEN_DEBRIEF);
    draw(app, &c);
    route_marks(ui_app_view(app), &mine, &right);
    assert_int_equal(mine.count, 3);
    assert_int_equal(right.count, 3);
    assert_true(right.cy[0] > mine.cy[2]);
    assert_true(mine.cy[1] > mine.cy[0] && mine.cy[2] > mine.cy[1]);
    assert_true(right.cy[1] > right.cy[0] && right.cy[2] > right.cy[1]);
    ui_app_free(app);
    canvas_free(&c);
}

static void test_png_round_trip(void **state)
{
    (void)state;
    Canvas c = canvas(1024, 600);
    UiApp *app = ui_test_app(150, true, MS_LANG_EN);
    ui_app_resize(app, 1024, 600, 1.0f);
    ui_app_show_menu(app);
    draw(app, &c);
    char path[] = "/tmp/meldsim-ui-test-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(IMG_SavePNG(c.s, path), 0);
    SDL_Surface *back = IMG_Load(path);
    assert_non_null(back);
    assert_int_equal(back->w, 1024);
    assert_int_equal(back->h, 600);
    SDL_Surface *conv = SDL_ConvertSurfaceFormat(back, SDL_PIXELFORMAT_ARGB8888, 0);
    for (int y = 0; y < 600; y += 37) {
        for (int x = 0; x < 1024; x += 41) {
            assert_true(distance(pixel(conv, x, y), pixel(c.s, x, y)) == 0);
        }
    }
    SDL_FreeSurface(conv);
    SDL_FreeSurface(back);
    remove(path);
    ui_app_free(app);
    canvas_free(&c);
}

static void test_themes_meet_wcag_aa(void **state)
{
    (void)state;
    static const struct {
        UiColorRole ink, ground;
        double min;
    } pairs[] = {
        {UI_COLOR_TEXT, UI_COLOR_BG, 4.5},          {UI_COLOR_TEXT, UI_COLOR_SURFACE, 4.5},
        {UI_COLOR_TEXT, UI_COLOR_BUTTON_HOVER, 4.5}, {UI_COLOR_MUTED, UI_COLOR_BG, 4.5},
        {UI_COLOR_MUTED, UI_COLOR_SURFACE, 4.5},     {UI_COLOR_ACCENT, UI_COLOR_BG, 4.5},
        {UI_COLOR_ACCENT, UI_COLOR_SURFACE, 4.5},    {UI_COLOR_ACCENT_TEXT, UI_COLOR_ACCENT, 4.5},
        {UI_COLOR_GOOD, UI_COLOR_GOOD_BG, 4.5},      {UI_COLOR_WARN, UI_COLOR_WARN_BG, 4.5},
        {UI_COLOR_BAD, UI_COLOR_BAD_BG, 4.5},        {UI_COLOR_TEXT, UI_COLOR_GOOD_BG, 4.5},
        {UI_COLOR_TEXT, UI_COLOR_BAD_BG, 4.5},       {UI_COLOR_GOOD_BG, UI_COLOR_GOOD, 4.5},
        {UI_COLOR_BAD_BG, UI_COLOR_BAD, 4.5},        {UI_COLOR_FOCUS, UI_COLOR_BG, 3.0},
        {UI_COLOR_FOCUS, UI_COLOR_SURFACE, 3.0},     {UI_COLOR_BORDER, UI_COLOR_SURFACE, 3.0},
        {UI_COLOR_TEXT, UI_COLOR_HEADER, 4.5},       {UI_COLOR_MUTED, UI_COLOR_HEADER, 4.5},
    };
    for (int hc = 0; hc < 2; hc++) {
        UiTheme t;
        ui_theme_get(hc != 0, &t);
        for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
            double ratio = ui_theme_contrast(ui_theme_color(&t, pairs[i].ink), ui_theme_color(&t, pairs[i].ground));
            if (ratio < pairs[i].min) {
                fail_msg("theme %d: pair %zu has contrast %.2f < %.1f", hc, i, ratio, pairs[i].min);
            }
        }
    }
    SDL_Color black = {0, 0, 0, 255}, white = {255, 255, 255, 255};
    assert_true(ui_theme_contrast(black, white) > 20.9);
}

static void test_unchanged_screen_rasterises_nothing(void **state)
{
    (void)state;
    Canvas c = canvas(1280, 720);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_start(app, ui_test_load(MELDSIM_FIXTURES "/valid/minimal"));
    draw(app, &c);
    size_t made = ui_textcache_rasterised(app->tc);
    assert_true(made > 3);
    for (int i = 0; i < 5; i++) {
        draw(app, &c);
    }
    assert_int_equal(ui_textcache_rasterised(app->tc), made);
    /* A hover changes the face, not the text. */
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = 900;
    e.motion.y = 200;
    ui_app_handle_event(app, &e);
    draw(app, &c);
    assert_int_equal(ui_textcache_rasterised(app->tc), made);
    ui_app_free(app);
    canvas_free(&c);
}

/* The start page lists every installed case, most of them below the fold: only the text in
 * view is rasterised, the rest when it scrolls in. */
static void test_only_text_in_view_is_rasterised(void **state)
{
    (void)state;
    Canvas c = canvas(1280, 720);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_show_menu(app);
    UiView *v = ui_app_view(app);
    assert_true(ui_view_scroll_max(v) > 0);
    size_t texts = 0;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        texts += ui_view_item(v, i)->kind == UI_ITEM_TEXT;
    }
    draw(app, &c);
    size_t first = ui_textcache_rasterised(app->tc);
    assert_true(first > 3);
    assert_true(first < texts);
    ui_view_set_scroll(ui_app_view(app), ui_view_scroll_max(ui_app_view(app)));
    draw(app, &c);
    assert_true(ui_textcache_rasterised(app->tc) > first); /* the cases further down */
    ui_app_free(app);
    canvas_free(&c);
}

static void test_portrait_is_drawn(void **state)
{
    (void)state;
    Canvas c = canvas(1280, 720);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_start(app, ui_test_load(MELDSIM_SOURCE_ROOT "/tests/ui/fixtures/portrait"));
    draw(app, &c);
    UiView *v = ui_app_view(app);
    int found = -1;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        if (ui_view_item(v, i)->kind == UI_ITEM_IMAGE) {
            found = (int)i;
        }
    }
    assert_true(found >= 0);
    SDL_Rect r = ui_view_screen_rect(v, (size_t)found);
    /* The head of the fixture's figure is #5B7FA6, in the upper middle of the picture. */
    SDL_Color head = {0x5B, 0x7F, 0xA6, 255};
    assert_true(distance(pixel(c.s, r.x + r.w / 2, r.y + r.h * 38 / 96), head) < 30);
    ui_app_free(app);
    canvas_free(&c);
}

/* The item whose text has needle, or -1. */
static int item_with(UiApp *app, const char *needle)
{
    UiView *v = ui_app_view(app);
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->text != NULL && strstr(it->text, needle) != NULL) {
            return (int)i;
        }
    }
    return -1;
}

static void edit_file(const char *path, const char *from, const char *to)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "sed -i 's/%s/%s/' '%s'", from, to, path);
    assert_int_equal(system(cmd), 0);
}

/* A reload that brings the case back after the first choice, and says so. */
static void reload_back_at_overleg(UiApp *app, const char *spec, Canvas *c)
{
    ui_app_reload(app, spec);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    assert_int_equal(session_history_count(ui_app_session(app)), 1);
    draw(app, c);
    assert_true(item_with(app, "Casus opnieuw geladen") >= 0);
}

/* --watch: an edit reloads the case at the same scene; a broken edit shows the loader's message
 * (file:line) on the screen, drawn; the fix brings the case back where it was. */
static void test_watch_reload_and_broken_edit(void **state)
{
    (void)state;
    char dir[] = "/tmp/meldsim-uiwatch-XXXXXX", cmd[1024], lua[256];
    assert_non_null(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "cp -r '%s/../fixtures/valid/minimal' '%s/case'", MELDSIM_FIXTURES, dir);
    assert_int_equal(system(cmd), 0);
    snprintf(lua, sizeof lua, "%s/case/scenario.lua", dir);
    char spec[256];
    snprintf(spec, sizeof spec, "%s/case", dir);
    Canvas c = canvas(1280, 720);
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1280, 720, 1.0f);
    Scenario *sc = ui_test_load(spec);
    assert_non_null(sc);
    ui_app_start(app, sc);
    assert_true(ui_app_choose(app, 0)); /* opvallen: 1, on to overleg */
    assert_int_equal(session_history_count(ui_app_session(app)), 1);

    edit_file(lua, "Met wie overleg je?", "Met wie overleg je nu?");
    reload_back_at_overleg(app, spec, &c);
    assert_true(item_with(app, "Met wie overleg je nu?") >= 0);

    edit_file(lua, "id = \"ouders\"", "id = \"ouders\" ,,");
    ui_app_reload(app, spec);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    draw(app, &c);
    assert_true(item_with(app, "De casus bevat een fout") >= 0);
    int msg = item_with(app, "case/scenario.lua:61:");
    assert_true(msg >= 0);
    UiTheme t;
    ui_theme_get(false, &t);
    SDL_Rect r = ui_view_item(ui_app_view(app), (size_t)msg)->rect;
    SDL_Rect on_screen = {r.x, r.y - ui_view_scroll(ui_app_view(app)), r.w, r.h};
    assert_true(differing(c.s, on_screen, ui_theme_color(&t, UI_COLOR_BAD_BG)) > 20); /* drawn */

    edit_file(lua, "id = \"ouders\" ,,", "id = \"ouders\"");
    reload_back_at_overleg(app, spec, &c);
    assert_true(item_with(app, "De casus bevat een fout") < 0);

    ui_app_free(app);
    canvas_free(&c);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_screens_not_blank_and_labelled),
        cmocka_unit_test(test_watch_reload_and_broken_edit),
        cmocka_unit_test(test_diagram_draws_both_routes),
        cmocka_unit_test(test_diagram_routes_in_order_taken),
        cmocka_unit_test(test_png_round_trip),
        cmocka_unit_test(test_themes_meet_wcag_aa),
        cmocka_unit_test(test_unchanged_screen_rasterises_nothing),
        cmocka_unit_test(test_only_text_in_view_is_rasterised),
        cmocka_unit_test(test_portrait_is_drawn),
    };
    return cmocka_run_group_tests(tests, ui_test_setup, ui_test_teardown);
}
