/*
 * ui_window.c: the window and its event loop.
 * Start-up runs on two threads: while this one opens the display and the
 * window (SDL's video start talks to the X server and reads the input
 * method's tables), a second one loads the case, the records and the fonts
 * and draws the first frame into a canvas. That thread uses nothing of SDL's
 * video subsystem: surfaces, a software renderer and SDL_ttf only. Joined, the
 * canvas is copied to the window, and every later frame is drawn the same way
 * on this thread.
 * The loop sleeps in SDL_WaitEvent and draws only after an event changed
 * something, so a learner reading a scene costs no CPU. The benchmark option
 * --frames N is the one exception: it draws continuously and quits after N
 * presented frames.
 * With --watch a third thread sleeps on the pack's watcher (watch.h) and wakes
 * the loop with an SDL user event when the pack changed; the case is then
 * reloaded on this thread. Nothing is recorded then.
 */
#include "ui_run.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "library.h"
#include "ui_app.h"
#include "ui_canvas.h"
#include "ui_memory.h"
#include "ui_theme.h"
#include "watch.h"
#include "ui_voice.h"

/* The format of X11's usual 24-bit visual, so that copying the canvas is a plain copy. */
#define CANVAS_FORMAT SDL_PIXELFORMAT_RGB888

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

/* The window's pixels are shared memory: the first touch of each page is slow in this process
 * and again in the X server. Paying for it now, showing the theme's background while the other
 * thread draws the first frame, takes it off the way to that frame. */
static void warm_up(SDL_Window *win, SDL_Surface *screen, bool high_contrast)
{
    UiTheme theme;
    ui_theme_get(high_contrast, &theme);
    SDL_Color bg = ui_theme_color(&theme, UI_COLOR_BG);
    ui_memory_populate(screen->pixels, (size_t)screen->pitch * (size_t)screen->h);
    SDL_FillRect(screen, NULL, SDL_MapRGB(screen->format, bg.r, bg.g, bg.b));
    SDL_UpdateWindowSurface(win);
}

/* The app's speech into the voice, made at the first utterance: a start with speech off never
 * loads eSpeak NG or opens a sound device. */
static void speak(void *user, const UiSayList *list, int rate)
{
    UiVoice **voice = user;
    if (*voice == NULL && list->count == 0) {
        return;
    }
    if (*voice == NULL && (*voice = ui_voice_create()) == NULL) {
        fprintf(stderr, "meldsim: speech: cannot start the voice's thread\n");
        return;
    }
    ui_voice_say(*voice, list, rate);
}

/* What the second thread makes: everything the first frame needs but the display. */
typedef struct Startup {
    const Cli *cli;
    const UiOptions *o;
    UiAppConfig config;
    int w, h;
    SDL_sem *opened_sem; /* posted once `opened` is set */
    int opened;          /* the case, the records and the learner: CLI_EXIT_OK or why not */
    int rc;              /* and the first frame */
    Records *records;
    UiApp *app;
    UiCanvas canvas;
} Startup;

/* The case, the records, the fonts and the learner: CLI_EXIT_OK, or why the start ends. */
static int open_all(Startup *s)
{
    Scenario *sc = NULL;
    MsError err;
    ms_error_clear(&err);
    int rc = CLI_EXIT_OK;
    bool broken = false; /* --watch: the case does not load yet; the window says why */
    if (s->o->scenario != NULL && (rc = ui_run_load(s->cli, s->o->scenario, &sc)) != CLI_EXIT_OK) {
        if (!s->o->watch || rc != CLI_EXIT_INVALID) {
            return rc;
        }
        broken = true;
    }
    rc = CLI_EXIT_INSTALL;
    if (TTF_Init() != 0) {
        fprintf(stderr, "meldsim: cannot start SDL_ttf: %s\n", TTF_GetError());
        goto fail;
    }
    s->records = s->config.records = s->o->watch ? NULL : open_records(s->cli);
    if (s->o->learner != NULL && s->records == NULL) {
        goto fail;
    }
    if (ui_app_create(&s->config, &s->app, &err) != MS_OK) {
        rc = cli_fail(&err);
        goto fail;
    }
    if (s->o->learner != NULL && ui_app_learner(s->app) == NULL) {
        fprintf(stderr, "meldsim: play: --learner '%s' cannot be used (see above)\n", s->o->learner);
        rc = CLI_EXIT_USAGE;
        goto fail;
    }
    if (broken) {
        ui_app_reload(s->app, s->o->scenario);
    } else if (sc != NULL) {
        ui_app_open(s->app, sc);
        sc = NULL;
    } else {
        ui_app_show_menu(s->app);
    }
    rc = CLI_EXIT_OK;
fail:
    scenario_free(sc);
    return rc;
}

static int draw_first_frame(Startup *s)
{
    if (!ui_canvas_open(&s->canvas, s->w, s->h, CANVAS_FORMAT)) {
        fprintf(stderr, "meldsim: cannot make a %dx%d canvas: %s\n", s->w, s->h, SDL_GetError());
        return CLI_EXIT_INSTALL;
    }
    ui_app_resize(s->app, s->w, s->h, 1.0f);
    ui_app_render(s->app, s->canvas.renderer);
    SDL_RenderPresent(s->canvas.renderer);
    return CLI_EXIT_OK;
}

/* The second thread: says as soon as it knows whether the start can go on, then draws. */
static int prepare(void *data)
{
    Startup *s = data;
    s->opened = open_all(s);
    if (s->opened_sem != NULL) {
        SDL_SemPost(s->opened_sem);
    }
    s->rc = s->opened == CLI_EXIT_OK ? draw_first_frame(s) : s->opened;
    return 0;
}

/* Matches the canvas to the window's size in pixels (larger than its size in points on a
 * high-DPI screen). A new canvas has a new renderer, so the old one's textures go first. */
static bool fit(UiApp *app, UiCanvas *canvas, SDL_Window *win)
{
    int ww = 0, wh = 0, pw = 0, ph = 0;
    SDL_GetWindowSize(win, &ww, &wh);
    SDL_GetWindowSizeInPixels(win, &pw, &ph);
    if (pw <= 0 || ph <= 0) {
        return true;
    }
    if (canvas->surface->w != pw || canvas->surface->h != ph) {
        ui_app_drop_textures(app);
        ui_canvas_close(canvas);
        if (!ui_canvas_open(canvas, pw, ph, CANVAS_FORMAT)) {
            fprintf(stderr, "meldsim: cannot make a %dx%d canvas: %s\n", pw, ph, SDL_GetError());
            return false;
        }
    }
    ui_app_resize(app, pw, ph, ww > 0 ? (float)pw / (float)ww : 1.0f);
    return true;
}

/* Copies the canvas to the window and shows it. */
static void show(const UiCanvas *canvas, SDL_Window *win)
{
    SDL_Surface *screen = SDL_GetWindowSurface(win);
    if (screen != NULL) {
        SDL_BlitSurface(canvas->surface, NULL, screen, NULL);
        SDL_UpdateWindowSurface(win);
    }
}

/* --watch: the pack's watcher and the event that wakes the loop (0 when not watching). */
typedef struct Watcher {
    Watch *watch;
    Uint32 event;
    const char *spec;
    SDL_Thread *thread;
} Watcher;

static int watch_thread(void *data)
{
    Watcher *wt = data;
    while (watch_wait(wt->watch, -1)) {
        SDL_Event e;
        SDL_zero(e);
        e.type = wt->event;
        SDL_PushEvent(&e);
    }
    return 0;
}

/* Starts watching o's case; false (after saying why) when it cannot be watched. */
static bool watcher_start(const UiOptions *o, Watcher *wt)
{
    char path[4096];
    MsError err;
    ms_error_clear(&err);
    wt->spec = o->scenario;
    if (library_find_path(o->scenario, path, sizeof path, &err) != MS_OK ||
        watch_open(path, &wt->watch, &err) != MS_OK) {
        cli_fail(&err);
        return false;
    }
    wt->event = SDL_RegisterEvents(1);
    wt->thread = wt->event != (Uint32)-1 ? SDL_CreateThread(watch_thread, "meldsim-watch", wt) : NULL;
    if (wt->thread == NULL) {
        fprintf(stderr, "meldsim: cannot watch %s: %s\n", path, SDL_GetError());
        return false;
    }
    return true;
}

static void watcher_stop(Watcher *wt)
{
    if (wt->thread != NULL) {
        watch_stop(wt->watch);
        SDL_WaitThread(wt->thread, NULL);
    }
    watch_close(wt->watch);
}

static int loop(UiApp *app, UiCanvas *canvas, SDL_Window *win, int frames, const Watcher *wt)
{
    int presented = 0;
    Uint64 start = SDL_GetPerformanceCounter();
    /* The canvas holds the first frame already, unless the window came out another size. */
    bool redraw = false, first = true;
    SDL_Surface *screen = SDL_GetWindowSurface(win);
    if (screen == NULL || screen->w != canvas->surface->w || screen->h != canvas->surface->h) {
        if (!fit(app, canvas, win)) {
            return CLI_EXIT_INSTALL;
        }
        redraw = true;
    }
    while (!ui_app_wants_quit(app)) {
        if (redraw || first || frames > 0) {
            if (redraw || !first) {
                ui_app_render(app, canvas->renderer);
                SDL_RenderPresent(canvas->renderer);
            }
            show(canvas, win);
            redraw = first = false;
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
        redraw |= ui_app_tick(app);
        while (got) {
            if (e.type == SDL_WINDOWEVENT && (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                                              e.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)) {
                if (!fit(app, canvas, win)) {
                    return CLI_EXIT_INSTALL;
                }
                redraw = true;
            }
            if (wt->event != 0 && e.type == wt->event) {
                ui_app_reload(app, wt->spec);
                redraw = true;
            } else {
                redraw |= ui_app_handle_event(app, &e);
            }
            got = SDL_PollEvent(&e) != 0;
        }
    }
    return CLI_EXIT_OK;
}

int ui_window_run(const Cli *cli, const UiOptions *o, const UiSettings *settings)
{
    UiVoice *voice = NULL;
    Startup s = {.cli = cli,
                 .o = o,
                 .config = {.meldcode = cli->meldcode,
                            .strings = cli->strings,
                            .settings = *settings,
                            .persist_settings = true,
                            .status = stdout,
                            .learner = o->learner,
                            .mode_set = o->mode_set,
                            .mode = o->mode,
                            .speak = speak,
                            .speak_user = &voice},
                 .w = o->w > 0 ? o->w : 1280,
                 .h = o->h > 0 ? o->h : 720,
                 .rc = CLI_EXIT_INSTALL};
    /* Settled before the second thread starts: the environment, SDL's clock and the hints both
     * threads read. Without a session bus, libdbus would fork dbus-launch to start one when SDL
     * asks for input methods: 7 ms of start-up, and a bus daemon left running after we quit. */
    if (getenv("DBUS_SESSION_BUS_ADDRESS") == NULL) {
        setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0);
    }
    SDL_GetTicks64();
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1");
    /* Without this SDL backs the window with a GL texture: 100 MB of driver for nothing. */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "nearest"); /* SDL's default, as in shot */
    /* No Wayland compositor named: SDL's Wayland driver would only complain on stderr before
     * the message that matters. A driver asked for in SDL_VIDEODRIVER still wins. */
    if (getenv("WAYLAND_DISPLAY") == NULL) {
        SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "x11,kmsdrm", SDL_HINT_DEFAULT);
    }
    /* A case that does not load or a learner that cannot be used ends the start before any
     * window shows: the main thread opens the display, then waits for that answer. */
    s.opened_sem = SDL_CreateSemaphore(0);
    SDL_Thread *thread = s.opened_sem != NULL ? SDL_CreateThread(prepare, "meldsim-start", &s) : NULL;
    if (thread == NULL) {
        prepare(&s);
    }
    /* Without DISPLAY or WAYLAND_DISPLAY a screen is unlikely, and SDL's search for one prints
     * its own complaints: then it starts only once the case is known good, so that a broken
     * case gets its message alone. */
    bool likely = getenv("DISPLAY") != NULL || getenv("WAYLAND_DISPLAY") != NULL;
    bool video = likely && SDL_Init(SDL_INIT_VIDEO) == 0 && real_display();
    if (s.opened_sem != NULL) {
        SDL_SemWait(s.opened_sem);
    }
    if (!likely && s.opened == CLI_EXIT_OK) {
        video = SDL_Init(SDL_INIT_VIDEO) == 0 && real_display();
    }
    SDL_Window *win = NULL;
    SDL_Surface *screen = NULL;
    if (video && s.opened == CLI_EXIT_OK) {
        win = SDL_CreateWindow(strings_get(cli->strings, "ui.app.title", settings->lang), SDL_WINDOWPOS_CENTERED,
                               SDL_WINDOWPOS_CENTERED, s.w, s.h, SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
        screen = win != NULL ? SDL_GetWindowSurface(win) : NULL;
    }
    if (screen != NULL) {
        SDL_SetWindowMinimumSize(win, 800, 480);
        /* The player takes no typed text until a learner's name is asked for. */
        SDL_StopTextInput();
        warm_up(win, screen, settings->high_contrast);
    }
    if (thread != NULL) {
        SDL_WaitThread(thread, NULL);
    }
    SDL_DestroySemaphore(s.opened_sem);
    int rc = s.rc;
    if (rc == CLI_EXIT_OK && screen == NULL) {
        no_display(cli);
        rc = CLI_EXIT_INSTALL;
    }
    Watcher wt = {NULL, 0, NULL, NULL};
    if (rc == CLI_EXIT_OK && o->watch && !watcher_start(o, &wt)) {
        rc = CLI_EXIT_INSTALL;
    }
    if (rc == CLI_EXIT_OK) {
        ui_app_announce(s.app); /* the first screen, when speech is on */
        rc = loop(s.app, &s.canvas, win, o->frames, &wt);
    }
    watcher_stop(&wt);
    ui_voice_free(voice); /* its sound device goes before SDL does */
    ui_app_free(s.app);
    ui_canvas_close(&s.canvas);
    records_close(s.records);
    if (win != NULL) {
        SDL_DestroyWindow(win);
    }
    if (TTF_WasInit()) {
        TTF_Quit();
    }
    SDL_Quit();
    return rc;
}
