/*
 * ui_speak.c: `meldsim speak`: a whole playthrough by keyboard, as the voice
 * says it, written out as a transcript and optionally as a WAV file.
 * The case is opened as a learner opens it (the mode screen), and every step
 * is a key press fed to the app, so the transcript is exactly what a learner
 * with speech on hears, in the order heard. No window and no sound card are
 * needed: the utterances are collected, then synthesised one after another.
 */
#include "ui_run.h"

#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "strategy.h"
#include "ui_app.h"
#include "ui_espeak.h"
#include "ui_voice.h"

#define SPEAK_MAX_KEYS 20000
#define SPEAK_PAUSE_MS 300 /* between utterances */
#define SPEAK_KEY_MS 700   /* where a key was pressed */

typedef struct Heard {
    UiSayList all;   /* every utterance, in order; a key press is an utterance with text "\1key" */
    int rate;
} Heard;

static void collect(void *user, const UiSayList *list, int rate)
{
    Heard *h = user;
    ui_say_append(&h->all, list);
    h->rate = rate;
}

static void press(UiApp *app, Heard *h, SDL_Keycode sym, const char *name)
{
    char mark[32];
    snprintf(mark, sizeof mark, "\x01%s", name);
    UiUtterance u = {MS_LANG_NL, mark};
    UiSayList one = {&u, 1, 1};
    ui_say_append(&h->all, &one);
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    ui_app_handle_event(app, &e);
}

static void press_number(UiApp *app, Heard *h, int n)
{
    char name[8];
    snprintf(name, sizeof name, "%d", n);
    press(app, h, SDLK_1 + (n - 1), name);
}

/* Plays to the debrief: the best or worst option, or the numbers of list, at each decision. */
static int play(UiApp *app, Heard *h, const UiOptions *o)
{
    uint64_t rng = 1;
    const char *p = o->choices;
    bool tabbed = false;
    press_number(app, h, 1); /* the mode: the first offered (oefenen, or the one --mode names) */
    for (int i = 0; i < SPEAK_MAX_KEYS && ui_app_screen(app) != UI_SCREEN_DEBRIEF; i++) {
        const Session *s = ui_app_session(app);
        UiScreen screen = ui_app_screen(app);
        if (s == NULL || (screen != UI_SCREEN_PLAY && screen != UI_SCREEN_FEEDBACK)) {
            return cli_usage("speak: the case did not start (screen %d)", (int)screen);
        }
        int opts[SESSION_MAX_CHOICES];
        if (screen == UI_SCREEN_FEEDBACK || session_options(s, opts) == 0) {
            press(app, h, SDLK_RETURN, "Enter");
            continue;
        }
        if (ui_app_discussing(app)) {
            press(app, h, SDLK_s, "S");
            continue;
        }
        if (!tabbed) {
            /* Once, as a learner finding their way would: Tab moves the focus, and it is said. */
            press(app, h, SDLK_TAB, "Tab");
            tabbed = true;
        }
        int pick;
        if (p != NULL) {
            char *end = NULL;
            long n = strtol(p, &end, 10);
            if (*p == '\0' || end == p || n < 1 || n > 9 || (*end != ',' && *end != '\0')) {
                return cli_usage("speak: --choices must be option numbers 1-9 separated by commas, and enough of "
                                 "them to reach the end, not '%s'",
                                 o->choices);
            }
            pick = (int)n - 1;
            p = *end == ',' ? end + 1 : end;
        } else {
            pick = (int)strategy_pick(s, o->strategy != NULL && strcmp(o->strategy, "worst") == 0 ? STRATEGY_WORST
                                                                                                     : STRATEGY_BEST,
                                      &rng);
        }
        size_t before = session_history_count(s);
        press_number(app, h, pick + 1);
        if (session_history_count(ui_app_session(app)) == before && ui_app_screen(app) == UI_SCREEN_PLAY) {
            return cli_usage("speak: option %d is not offered at scene %d", pick + 1, session_scene(s));
        }
    }
    return ui_app_screen(app) == UI_SCREEN_DEBRIEF ? CLI_EXIT_OK : cli_usage("speak: the case did not end");
}

static void print_transcript(const Heard *h)
{
    for (size_t i = 0; i < h->all.count; i++) {
        const UiUtterance *u = &h->all.items[i];
        if (u->text[0] == '\x01') {
            printf("> %s\n", u->text + 1);
        } else {
            printf("[%s] %s\n", ms_lang_code(u->lang), u->text);
        }
    }
    fflush(stdout);
}

static int write_audio(const Heard *h, const char *path)
{
    UiVoiceAudio audio;
    memset(&audio, 0, sizeof audio);
    MsError err;
    ms_error_clear(&err);
    int rc = CLI_EXIT_OK;
    for (size_t i = 0; i < h->all.count && rc == CLI_EXIT_OK; i++) {
        const UiUtterance *u = &h->all.items[i];
        if (u->text[0] == '\x01') {
            ui_voice_pause(&audio, SPEAK_KEY_MS);
        } else if (ui_voice_synth(u->lang, h->rate, u->text, &audio, &err) != MS_OK) {
            rc = cli_fail(&err);
        } else {
            ui_voice_pause(&audio, SPEAK_PAUSE_MS);
        }
    }
    if (rc == CLI_EXIT_OK && ui_voice_write_wav(path, &audio, &err) != MS_OK) {
        rc = cli_fail(&err);
    }
    if (rc == CLI_EXIT_OK) {
        fprintf(stderr, "meldsim: speak: %s: %.1f s of speech\n", path,
                audio.sample_rate > 0 ? (double)audio.count / audio.sample_rate : 0.0);
    }
    ui_voice_audio_free(&audio);
    ui_espeak_close();
    return rc;
}

int ui_speak_run(const Cli *cli, const UiOptions *o, const UiSettings *settings)
{
    if (TTF_Init() != 0) {
        fprintf(stderr, "meldsim: speak: cannot start SDL_ttf: %s\n", TTF_GetError());
        return CLI_EXIT_INSTALL;
    }
    Heard h;
    ui_say_list_init(&h.all);
    h.rate = ui_settings_speech_rate(settings);
    UiAppConfig config = {.meldcode = cli->meldcode,
                          .strings = cli->strings,
                          .settings = *settings,
                          .mode_set = o->mode_set,
                          .mode = o->mode,
                          .speak = collect,
                          .speak_user = &h};
    config.settings.speech = true;
    UiApp *app = NULL;
    Scenario *sc = NULL;
    MsError err;
    ms_error_clear(&err);
    int rc = ui_run_load(cli, o->scenario, &sc);
    if (rc == CLI_EXIT_OK && ui_app_create(&config, &app, &err) != MS_OK) {
        rc = cli_fail(&err);
    }
    if (rc == CLI_EXIT_OK) {
        ui_app_resize(app, o->w > 0 ? o->w : 1280, o->h > 0 ? o->h : 720, 1.0f);
        ui_app_open(app, sc);
        sc = NULL;
        ui_app_announce(app);
        rc = play(app, &h, o);
    }
    if (rc == CLI_EXIT_OK) {
        print_transcript(&h);
        if (o->out != NULL) {
            rc = write_audio(&h, o->out);
        }
    }
    ui_app_free(app);
    scenario_free(sc);
    ui_say_list_free(&h.all);
    TTF_Quit();
    return rc;
}
