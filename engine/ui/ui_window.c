/*
 * ui_window.c: the window and its event loop.
 * The loop sleeps in SDL_WaitEvent and draws only after an event changed
 * something, so a learner reading a scene costs no CPU. The benchmark option
 * --frames N is the one exception: it draws continuously and quits after N
 * presented frames.
 */
#include "ui_run.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "ui_app.h"

/* SDL falls back to its invisible "offscreen" or "dummy" driver when no display answers; a
 * window nobody can see would run for ever. Those drivers count only when asked for by name. */
static bool real_display(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (!driver)
        return false;
    if (strcmp(driver, "offscreen") != 0 && strcmp(driver, "dummy") != 0)
        return true;
    return asked && strcmp(asked, driver) == 0;
}

static void no_display(const Cli *cli)
{
    /* Both languages: nobody has chosen one yet when there is no screen to choose on. */
    fprintf(stderr, "meldsim: %s\nmeldsim: %s\n", strings_get(cli->strings, "ui.error.no_display", MS_LANG_NL),
            strings_get(cli->strings, "ui.error.no_display", MS_LANG_EN));
}

static void fit(UiApp *app, SDL_Window *win, SDL_Renderer *r)
{
    int ww = 0, wh = 0, pw = 0, ph = 0;
    SDL_GetWindowSize(win, &ww, &wh);
    if (SDL_GetRendererOutputSize(r, &pw, &ph) != 0 || pw <= 0) {
        pw = ww;
        ph = wh;
    }
    ui_app_resize(app, pw, ph, ww > 0 ? (float)pw / (float)ww : 1.0f);
}

static SDL_Renderer *make_renderer(SDL_Window *win)
{
    /* The software renderer starts fastest and needs no GL stack; a GPU gains nothing on a
     * screen that changes only when the learner acts. MELDSIM_RENDERER=gpu asks for one. */
    const char *want = getenv("MELDSIM_RENDERER");
    bool gpu = want != NULL && strcmp(want, "gpu") == 0;
    Uint32 flags = gpu ? SDL_RENDERER_ACCELERATED : SDL_RENDERER_SOFTWARE;
    /* Without this SDL backs the software window with a GL texture: 100 MB of driver for nothing. */
    if (!gpu) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, flags);
    if (r == NULL) {
        r = SDL_CreateRenderer(win, -1, 0);
    }
    return r;
}

/* The learner records; the window still plays (unrecorded) when they cannot be opened. */
static Records *open_records(const Cli *cli)
{
    Records *records = NULL;
    RecordsOpenInfo info;
    MsError err;
    ms_error_clear(&err);
    if (records_open_user(&info, &records, &err) != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err.message);
        return NULL;
    }
    if (info.moved_to[0] != '\0') {
        char line[3 * RECORDS_PATH_MAX + 512];
        strings_fill(strings_get(cli->strings, "records.damaged", cli->lang), info.moved_to, info.path,
                     info.damage, line, sizeof line);
        fprintf(stderr, "meldsim: %s\n", line);
    }
    return records;
}

static int loop(UiApp *app, SDL_Window *win, SDL_Renderer *r, int frames)
{
    int presented = 0;
    Uint64 start = SDL_GetPerformanceCounter();
    bool draw = true;
    while (!ui_app_wants_quit(app)) {
        if (draw || frames > 0) {
            ui_app_render(app, r);
            SDL_RenderPresent(r);
            draw = false;
            if (frames > 0 && ++presented >= frames) {
                /* For benchmarks: when the last frame went out, on the realtime clock. */
                struct timespec now;
                clock_gettime(CLOCK_REALTIME, &now);
                double ms = (double)(SDL_GetPerformanceCounter() - start) * 1000.0 / (double)SDL_GetPerformanceFrequency();
                fprintf(stderr, "meldsim: %d frames in %.1f ms; last presented at %lld.%09ld\n", presented, ms,
                        (long long)now.tv_sec, now.tv_nsec);
                break;
            }
        }
        SDL_Event e;
        int wait = ui_app_wait_ms(app);
        bool got = frames > 0  ? SDL_PollEvent(&e) != 0
                   : wait >= 0 ? SDL_WaitEventTimeout(&e, wait) != 0
                               : SDL_WaitEvent(&e) != 0;
        draw |= ui_app_tick(app);
        while (got) {
            if (e.type == SDL_WINDOWEVENT && (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                                              e.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)) {
                fit(app, win, r);
                draw = true;
            } else if (e.type == SDL_RENDER_TARGETS_RESET || e.type == SDL_RENDER_DEVICE_RESET) {
                draw = true;
            }
            draw |= ui_app_handle_event(app, &e);
            got = SDL_PollEvent(&e) != 0;
        }
    }
    return CLI_EXIT_OK;
}

int ui_window_run(const Cli *cli, const UiOptions *o, const UiSettings *settings)
{
    Scenario *sc = NULL;
    if (o->scenario != NULL) {
        int rc = ui_run_load(cli, o->scenario, &sc);
        if (rc != CLI_EXIT_OK) {
            return rc;
        }
    }
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || !real_display()) {
        no_display(cli);
        SDL_Quit();
        scenario_free(sc);
        return CLI_EXIT_INSTALL;
    }
    int rc = CLI_EXIT_INSTALL;
    SDL_Window *win = NULL;
    SDL_Renderer *r = NULL;
    UiApp *app = NULL;
    Records *records = NULL;
    MsError err;
    ms_error_clear(&err);
    if (TTF_Init() != 0) {
        fprintf(stderr, "meldsim: cannot start SDL_ttf: %s\n", TTF_GetError());
        goto fail;
    }
    win = SDL_CreateWindow(strings_get(cli->strings, "ui.app.title", settings->lang), SDL_WINDOWPOS_CENTERED,
                           SDL_WINDOWPOS_CENTERED, o->w > 0 ? o->w : 1280, o->h > 0 ? o->h : 720,
                           SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (win == NULL || (r = make_renderer(win)) == NULL) {
        no_display(cli);
        goto fail;
    }
    SDL_SetWindowMinimumSize(win, 800, 480);
    /* The player takes no typed text: keys only, and no input method popping up. */
    SDL_StopTextInput();
    records = open_records(cli);
    UiAppConfig config = {.meldcode = cli->meldcode,
                          .strings = cli->strings,
                          .settings = *settings,
                          .persist_settings = true,
                          .status = stdout,
                          .records = records,
                          .learner = o->learner,
                          .mode_set = o->mode_set,
                          .mode = o->mode};
    if (o->learner != NULL && records == NULL) {
        goto fail;
    }
    if (ui_app_create(&config, &app, &err) != MS_OK) {
        rc = cli_fail(&err);
        goto fail;
    }
    fit(app, win, r);
    if (o->learner != NULL && ui_app_learner(app) == NULL) {
        fprintf(stderr, "meldsim: play: --learner '%s' cannot be used (see above)\n", o->learner);
        rc = CLI_EXIT_USAGE;
        goto fail;
    }
    if (sc != NULL) {
        ui_app_open(app, sc);
        sc = NULL;
    } else {
        ui_app_show_menu(app);
    }
    rc = loop(app, win, r, o->frames);
fail:
    ui_app_free(app);
    records_close(records);
    scenario_free(sc);
    if (r != NULL) {
        SDL_DestroyRenderer(r);
    }
    if (win != NULL) {
        SDL_DestroyWindow(win);
    }
    if (TTF_WasInit()) {
        TTF_Quit();
    }
    SDL_Quit();
    return rc;
}
