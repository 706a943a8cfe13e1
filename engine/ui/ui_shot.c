/*
 * ui_shot.c: `meldsim shot`: one screen rendered off-screen into a PNG.
 * The software renderer draws into a plain surface, so no video driver is
 * initialised at all and the same pixels come out on any machine. The case is
 * driven through the app exactly as clicks would drive it.
 */
#include "ui_run.h"

#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "library.h"
#include "strategy.h"
#include "ui_app.h"
#include "ui_canvas.h"

#define SHOT_MAX_STEPS 100000

/* Narration scenes ("Verder") go on by themselves, as in `meldsim run --choices`: the numbers
 * are for scenes with choices only. */
static void skip_narration(UiApp *app)
{
    const Session *s = ui_app_session(app);
    while (!session_ended(s) && session_scenario(s)->scenes[session_scene(s)].has_next)
        if (!ui_app_choose(app, 0))
            break;
}

/* Groep: the trainer ends the discussion pause (the S key) so a choice can be taken. */
static void start_vote(UiApp *app)
{
    if (ui_app_discussing(app)) {
        SDL_Event e;
        SDL_zero(e);
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = SDLK_s;
        ui_app_handle_event(app, &e);
    }
}

static int play_choices(UiApp *app, const char *list)
{
    const char *p = list;
    int index = 0;
    while (*p != '\0') {
        skip_narration(app);
        char *end = NULL;
        long n = strtol(p, &end, 10);
        index++;
        if (end == p || n < 1 || n > 9 || (*end != ',' && *end != '\0')) {
            return cli_usage("shot: --choices must be option numbers 1-9 separated by commas, not '%s'", list);
        }
        if (session_ended(ui_app_session(app))) {
            return cli_usage("shot: choice %d of '%s': the case has already ended", index, list);
        }
        start_vote(app);
        if (!ui_app_choose(app, (size_t)(n - 1))) {
            return cli_usage("shot: choice %d of '%s': option %ld is not offered there", index, list, n);
        }
        p = *end == ',' ? end + 1 : end;
    }
    return CLI_EXIT_OK;
}

static void play_strategy(UiApp *app, Strategy strategy)
{
    uint64_t rng = 1;
    for (int i = 0; i < SHOT_MAX_STEPS && !session_ended(ui_app_session(app)); i++) {
        start_vote(app);
        if (!ui_app_choose(app, strategy_pick(ui_app_session(app), strategy, &rng))) {
            break;
        }
    }
}

static int reach_screen(UiApp *app, const UiOptions *o)
{
    const Session *s = ui_app_session(app);
    const char *screen = o->screen;
    if (screen == NULL) {
        screen = session_ended(s) ? "debrief" : "play";
    }
    if (strcmp(screen, "debrief") == 0) {
        skip_narration(app);
        if (!session_ended(s)) {
            return cli_usage("shot: the choices do not reach the end of the case; add choices or use --strategy");
        }
        ui_app_show(app, UI_SCREEN_DEBRIEF);
    } else if (strcmp(screen, "feedback") == 0) {
        size_t n = session_history_count(s);
        if (n == 0 || session_history(s, n - 1)->choice < 0) {
            return cli_usage("shot: --screen feedback needs --choices that end on a choice");
        }
        ui_app_show(app, UI_SCREEN_FEEDBACK);
    } else {
        if (session_ended(s)) {
            return cli_usage("shot: the case has ended; use --screen debrief");
        }
        bool vote = strcmp(screen, "vote") == 0;
        if (vote || attempt_rules(ui_app_attempt(app))->discussion_pause) {
            skip_narration(app); /* groep: the discussion or the vote of the next decision */
        }
        ui_app_show(app, strcmp(screen, "pause") == 0 ? UI_SCREEN_PAUSE : UI_SCREEN_PLAY);
        if (vote) {
            start_vote(app);
        }
    }
    return CLI_EXIT_OK;
}

static int render_png(UiApp *app, int w, int h, const char *out)
{
    int rc = CLI_EXIT_INSTALL;
    UiCanvas canvas;
    if (!ui_canvas_open(&canvas, w, h, SDL_PIXELFORMAT_ARGB8888)) {
        fprintf(stderr, "meldsim: shot: cannot make a %dx%d canvas: %s\n", w, h, SDL_GetError());
        goto fail;
    }
    ui_app_resize(app, w, h, 1.0f);
    ui_app_render(app, canvas.renderer);
    SDL_RenderPresent(canvas.renderer);
    if (IMG_SavePNG(canvas.surface, out) != 0) {
        fprintf(stderr, "meldsim: shot: cannot write %s: %s\n", out, IMG_GetError());
        goto fail;
    }
    rc = CLI_EXIT_OK;
fail:
    /* Textures belong to the renderer: drop them before it goes. */
    ui_app_free(app);
    ui_canvas_close(&canvas);
    return rc;
}

int ui_shot_run(const Cli *cli, const UiOptions *o, const UiSettings *settings)
{
    if (TTF_Init() != 0) {
        fprintf(stderr, "meldsim: shot: cannot start SDL_ttf: %s\n", TTF_GetError());
        return CLI_EXIT_INSTALL;
    }
    UiAppConfig config = {.meldcode = cli->meldcode,
                          .strings = cli->strings,
                          .settings = *settings,
                          .mode_set = o->mode_set,
                          .mode = o->mode};
    UiApp *app = NULL;
    MsError err;
    ms_error_clear(&err);
    int rc;
    if (ui_app_create(&config, &app, &err) != MS_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    if (o->screen != NULL && strcmp(o->screen, "learner") == 0) {
        ui_app_show_menu(app);
        ui_app_show(app, UI_SCREEN_LEARNER);
    } else if (o->screen != NULL && (strcmp(o->screen, "menu") == 0 || strcmp(o->screen, "settings") == 0)) {
        ui_app_show_menu(app);
        if (strcmp(o->screen, "settings") == 0) {
            ui_app_show(app, UI_SCREEN_SETTINGS);
        }
    } else {
        Scenario *sc = NULL;
        rc = ui_run_load(cli, o->scenario, &sc);
        if (rc != CLI_EXIT_OK) {
            ui_app_free(app);
            goto done;
        }
        bool mode_screen = o->screen != NULL && strcmp(o->screen, "mode") == 0;
        if (mode_screen) {
            ui_app_open(app, sc);
        } else {
            ui_app_start(app, sc);
        }
        if (mode_screen) {
            rc = CLI_EXIT_OK;
        } else if (o->choices != NULL) {
            rc = play_choices(app, o->choices);
        } else if (o->strategy != NULL) {
            play_strategy(app, strcmp(o->strategy, "worst") == 0 ? STRATEGY_WORST : STRATEGY_BEST);
            rc = CLI_EXIT_OK;
        } else {
            rc = CLI_EXIT_OK;
        }
        bool present = ui_app_screen(app) == UI_SCREEN_PRESENT &&
                       (o->screen == NULL || strcmp(o->screen, "present") == 0);
        if (present) {
            ui_app_set_page(app, o->page > 0 ? o->page - 1 : 0);
        } else if (o->screen != NULL && strcmp(o->screen, "present") == 0) {
            rc = cli_usage("shot: --screen present needs --mode voorlichting");
        }
        if (rc == CLI_EXIT_OK && !mode_screen && !present) {
            rc = reach_screen(app, o);
        }
        if (rc != CLI_EXIT_OK) {
            ui_app_free(app);
            goto done;
        }
    }
    rc = render_png(app, o->w > 0 ? o->w : 1280, o->h > 0 ? o->h : 720, o->out);
done:
    TTF_Quit();
    return rc;
}

int ui_run_load(const Cli *cli, const char *spec, Scenario **out)
{
    MsError err;
    ms_error_clear(&err);
    if (library_load(spec, cli->meldcode, out, &err) != MS_OK) {
        return cli_fail(&err);
    }
    return CLI_EXIT_OK;
}
