/*
 * test_ui_input.c: whole cases played through the app with SDL events only,
 * once with the keyboard alone and once with the mouse alone, without a
 * display; plus the keys that move focus, pause and go back.
 */
#include "ui_test_support.h"

#include "score.h"
#include "ui_app_priv.h"

static SDL_Event key_event(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    return e;
}

static void press(UiApp *app, SDL_Keycode sym)
{
    SDL_Event e = key_event(sym, KMOD_NONE);
    ui_app_handle_event(app, &e);
}

static void click_button(UiApp *app, int button)
{
    UiView *v = ui_app_view(app);
    int item = ui_view_button_item(v, (size_t)button);
    assert_true(item >= 0);
    /* Scroll like a learner would (wheel) until the button is in view, then click its centre. */
    for (int i = 0; i < 200; i++) {
        SDL_Rect r = ui_view_screen_rect(v, (size_t)item);
        SDL_Rect vp = ui_view_viewport(v);
        bool fixed = ui_view_item(v, (size_t)item)->fixed;
        if (fixed || (r.y >= vp.y && r.y + r.h <= vp.y + vp.h)) {
            break;
        }
        SDL_Event wheel;
        memset(&wheel, 0, sizeof wheel);
        wheel.type = SDL_MOUSEWHEEL;
        wheel.wheel.y = r.y < vp.y ? 1 : -1;
        ui_app_handle_event(app, &wheel);
    }
    SDL_Rect r = ui_view_screen_rect(v, (size_t)item);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = r.x + r.w / 2;
    e.motion.y = r.y + r.h / 2;
    ui_app_handle_event(app, &e);
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = r.x + r.w / 2;
    e.button.y = r.y + r.h / 2;
    ui_app_handle_event(app, &e);
    e.type = SDL_MOUSEBUTTONUP;
    ui_app_handle_event(app, &e);
}

/* The index of the menu card for the case with this id, as a button index. */
static int case_button(UiApp *app, const char *id)
{
    UiView *v = ui_app_view(app);
    (void)id;
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        const UiItem *it = ui_view_item(v, (size_t)ui_view_button_item(v, b));
        if (it->number == 1) {
            return (int)b;
        }
    }
    return -1;
}

static void render(UiApp *app, SDL_Renderer *r)
{
    ui_app_render(app, r);
    SDL_RenderPresent(r);
}

static void test_keyboard_alone(void **state)
{
    (void)state;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 1024, 600, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    UiApp *app = ui_test_app(200, true, MS_LANG_NL);
    ui_app_resize(app, 1024, 600, 1.0f);
    ui_app_show_menu(app);
    render(app, r);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    /* Tab to the first case and open it with Enter. */
    int first = case_button(app, NULL);
    assert_true(first >= 0);
    while (ui_app_focus(app) != first) {
        SDL_Event tab = key_event(SDLK_TAB, KMOD_NONE);
        ui_app_handle_event(app, &tab);
    }
    press(app, SDLK_RETURN);
    /* The mode screen: 1 is practice. */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MODE);
    press(app, SDLK_1);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    /* Escape pauses and Escape resumes. */
    press(app, SDLK_ESCAPE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PAUSE);
    press(app, SDLK_ESCAPE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    int decisions = 0;
    for (int i = 0; i < 400 && ui_app_screen(app) != UI_SCREEN_DEBRIEF; i++) {
        render(app, r);
        if (ui_app_screen(app) == UI_SCREEN_PLAY) {
            int opts[SESSION_MAX_CHOICES];
            size_t n = session_options(ui_app_session(app), opts);
            if (n > 1) {
                /* Arrow down to the last option, then Enter: focus moves and wraps. */
                int before = ui_app_focus(app);
                press(app, SDLK_DOWN);
                assert_int_not_equal(ui_app_focus(app), before);
                press(app, SDLK_UP);
                assert_int_equal(ui_app_focus(app), before);
                char digit = (char)('0' + (int)n);
                press(app, (SDL_Keycode)digit);
                decisions++;
            } else {
                press(app, SDLK_RETURN);
            }
        } else if (ui_app_screen(app) == UI_SCREEN_FEEDBACK) {
            press(app, SDLK_RETURN);
        } else {
            fail_msg("unexpected screen %d", ui_app_screen(app));
        }
    }
    assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
    assert_true(session_ended(ui_app_session(app)));
    assert_true(decisions > 0);
    render(app, r);
    /* 1 replays, Escape goes to the start screen. */
    press(app, SDLK_1);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    assert_int_equal(session_history_count(ui_app_session(app)), 0);
    press(app, SDLK_ESCAPE);
    press(app, SDLK_4);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    SDL_Event quit = key_event(SDLK_q, KMOD_LCTRL);
    ui_app_handle_event(app, &quit);
    assert_true(ui_app_wants_quit(app));
    ui_app_free(app);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
}

static void test_mouse_alone(void **state)
{
    (void)state;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 1920, 1080, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    UiApp *app = ui_test_app(100, false, MS_LANG_EN);
    ui_app_resize(app, 1920, 1080, 1.0f);
    ui_app_show_menu(app);
    render(app, r);
    click_button(app, case_button(app, NULL));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MODE);
    click_button(app, ui_view_numbered(ui_app_view(app), 1));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    for (int i = 0; i < 400 && ui_app_screen(app) != UI_SCREEN_DEBRIEF; i++) {
        render(app, r);
        /* Always the first option: buttons are numbered 1.., "Verder" is 1 too. */
        int b = ui_view_numbered(ui_app_view(app), 1);
        assert_true(b >= 0);
        click_button(app, b);
    }
    assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
    render(app, r);
    click_button(app, ui_view_numbered(ui_app_view(app), 2));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    ui_app_free(app);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
}

static void test_hover_ends_when_the_pointer_leaves(void **state)
{
    (void)state;
    UiApp *app = ui_test_app(100, false, MS_LANG_NL);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_show_menu(app);
    UiView *v = ui_app_view(app);
    SDL_Rect r = ui_view_screen_rect(v, (size_t)ui_view_button_item(v, (size_t)case_button(app, NULL)));
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = r.x + r.w / 2;
    e.motion.y = r.y + r.h / 2;
    assert_true(ui_app_handle_event(app, &e));
    assert_int_equal(app->hover, case_button(app, NULL));
    memset(&e, 0, sizeof e);
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_LEAVE;
    assert_true(ui_app_handle_event(app, &e)); /* redrawn without the highlight */
    assert_int_equal(app->hover, -1);
    assert_false(ui_app_handle_event(app, &e)); /* nothing lit: nothing to redraw */
    ui_app_free(app);
}

static void test_settings_by_keyboard_are_kept(void **state)
{
    (void)state;
    UiAppConfig config = {.meldcode = ui_test_env.mc,
                          .strings = ui_test_env.st,
                          .settings = {100, false, MS_LANG_NL},
                          .persist_settings = true};
    UiApp *app = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(ui_app_create(&config, &app, &err), MS_OK);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_show_menu(app);
    ui_app_show(app, UI_SCREEN_SETTINGS);
    UiView *v = ui_app_view(app);
    /* Tab to "200%" then "Hoog contrast" and press Space on each. */
    const int want_action[] = {UI_ACT_FONT, UI_ACT_CONTRAST};
    const int want_arg[] = {200, 1};
    for (int k = 0; k < 2; k++) {
        for (int i = 0; i < 40; i++) {
            v = ui_app_view(app);
            const UiItem *it = ui_view_item(v, (size_t)ui_view_button_item(v, (size_t)ui_app_focus(app)));
            if (it->action == want_action[k] && it->arg == want_arg[k]) {
                break;
            }
            press(app, SDLK_TAB);
        }
        press(app, SDLK_SPACE);
    }
    assert_int_equal(ui_app_settings(app)->font_pct, 200);
    assert_true(ui_app_settings(app)->high_contrast);
    ui_app_free(app);
    UiSettings back;
    ui_settings_default(&back, MS_LANG_NL);
    ui_settings_load(&back);
    assert_int_equal(back.font_pct, 200);
    assert_true(back.high_contrast);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keyboard_alone),
        cmocka_unit_test(test_mouse_alone),
        cmocka_unit_test(test_hover_ends_when_the_pointer_leaves),
        cmocka_unit_test(test_settings_by_keyboard_are_kept),
    };
    return cmocka_run_group_tests(tests, ui_test_setup, ui_test_teardown);
}
