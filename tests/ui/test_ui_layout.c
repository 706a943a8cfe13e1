/*
 * test_ui_layout.c: every screen of every installed case (and the format's
 * example) keeps the layout contract at 1024x600, 1280x720 and 1920x1080,
 * at 100%, 150% and 200% text, in both themes and both languages.
 */
#include "ui_test_support.h"

#include "strategy.h"

static const int sizes[][2] = {{1024, 600}, {1280, 720}, {1920, 1080}};
static const int scales[] = {100, 150, 200};

typedef struct Count {
    int views;
    int problems;
} Count;

static void check(UiApp *app, Count *c, const char *what, int w, int h, int pct)
{
    UiMetrics m;
    ui_metrics_compute(w, h, pct, &m);
    char name[256];
    snprintf(name, sizeof name, "%s at %dx%d %d%%", what, w, h, pct);
    c->problems += ui_test_check_layout(ui_app_view(app), &m, name);
    c->views++;
}

/* Plays spec with strategy, checking the play and feedback screens of every scene and the debrief. */
static void walk_case(const char *spec, Strategy strategy, int w, int h, int pct, bool hc, MsLang lang, Count *c)
{
    Scenario *sc = ui_test_load(spec);
    assert_non_null(sc);
    UiApp *app = ui_test_app(pct, hc, lang);
    ui_app_resize(app, w, h, 1.0f);
    ui_app_start(app, sc);
    uint64_t rng = 7;
    char what[256];
    for (int step = 0; step < 500 && !session_ended(ui_app_session(app)); step++) {
        snprintf(what, sizeof what, "%s scene %d", spec, session_scene(ui_app_session(app)));
        int opts[SESSION_MAX_CHOICES];
        size_t offered = session_options(ui_app_session(app), opts);
        assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
        check(app, c, what, w, h, pct);
        /* One numbered button per option, or one "Verder" for narration. */
        const UiView *v = ui_app_view(app);
        for (size_t k = 1; k <= (offered ? offered : 1); k++) {
            assert_true(ui_view_numbered(v, (int)k) >= 0);
        }
        assert_true(ui_view_numbered(v, (int)(offered ? offered : 1) + 1) < 0);
        if (step == 0) {
            ui_app_show(app, UI_SCREEN_PAUSE);
            check(app, c, "pause", w, h, pct);
            ui_app_show(app, UI_SCREEN_PLAY);
        }
        assert_true(ui_app_choose(app, strategy_pick(ui_app_session(app), strategy, &rng)));
        if (ui_app_screen(app) == UI_SCREEN_FEEDBACK) {
            strncat(what, " feedback", sizeof what - strlen(what) - 1);
            check(app, c, what, w, h, pct);
            ui_app_show(app, session_ended(ui_app_session(app)) ? UI_SCREEN_DEBRIEF : UI_SCREEN_PLAY);
        }
    }
    assert_true(session_ended(ui_app_session(app)));
    ui_app_show(app, UI_SCREEN_DEBRIEF);
    snprintf(what, sizeof what, "%s debrief", spec);
    check(app, c, what, w, h, pct);
    ui_app_free(app);
}

static void test_every_screen_every_size(void **state)
{
    (void)state;
    LibraryList list;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(library_list(&list, &err), MS_OK);
    Count c = {0, 0};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
            int w = sizes[s][0], h = sizes[s][1], pct = scales[k];
            bool hc = (s + k) % 2 == 1;
            MsLang lang = k == 1 ? MS_LANG_EN : MS_LANG_NL;
            walk_case(MELDSIM_FIXTURES "/valid/minimal", STRATEGY_BEST, w, h, pct, hc, lang, &c);
            walk_case(MELDSIM_FIXTURES "/valid/minimal", STRATEGY_WORST, w, h, pct, hc, lang, &c);
            for (size_t i = 0; i < list.count; i++) {
                walk_case(list.packs[i].real_path, (i + s) % 2 ? STRATEGY_WORST : STRATEGY_BEST, w, h, pct, hc,
                          lang, &c);
            }
            UiApp *app = ui_test_app(pct, hc, lang);
            ui_app_resize(app, w, h, 1.0f);
            ui_app_show_menu(app);
            check(app, &c, "menu", w, h, pct);
            ui_app_show(app, UI_SCREEN_SETTINGS);
            check(app, &c, "settings", w, h, pct);
            ui_app_free(app);
        }
    }
    library_list_free(&list);
    fprintf(stderr, "checked %d views\n", c.views);
    assert_true(c.views > 100);
    assert_int_equal(c.problems, 0);
}

/* The checker itself must catch a broken layout, or the test above proves nothing. */
static void test_checker_catches_overlap(void **state)
{
    (void)state;
    UiView *v = ui_view_create();
    ui_view_reset(v, 1024, 600);
    UiItem a;
    memset(&a, 0, sizeof a);
    a.kind = UI_ITEM_BOX;
    a.parent = -1;
    a.rect = (SDL_Rect){100, 100, 200, 100};
    ui_view_add(v, &a);
    UiMetrics m;
    ui_metrics_compute(1024, 600, 100, &m);
    assert_int_equal(ui_test_check_layout(v, &m, "one box"), 0);
    a.rect = (SDL_Rect){250, 150, 200, 100};
    ui_view_add(v, &a);
    assert_true(ui_test_check_layout(v, &m, "overlapping boxes (expected)") > 0);
    ui_view_reset(v, 1024, 600);
    a.kind = UI_ITEM_TEXT;
    a.text = "x";
    a.wrap = 2000;
    a.rect = (SDL_Rect){900, 10, 200, 30};
    ui_view_add(v, &a);
    assert_true(ui_test_check_layout(v, &m, "text out of the window (expected)") > 0);
    ui_view_free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_checker_catches_overlap),
        cmocka_unit_test(test_every_screen_every_size),
    };
    return cmocka_run_group_tests(tests, ui_test_setup, ui_test_teardown);
}
