/*
 * ui_app.h: the player as a state machine, independent of any window.
 * The app holds the screen, the session and the settings; it is fed SDL
 * events and asked to render into any renderer. The window loop, the
 * screenshot command and the tests all drive this one object, so what the
 * tests press is exactly what a learner presses.
 */
#ifndef UI_APP_H
#define UI_APP_H

#include <stdbool.h>
#include <stdio.h>

#include <SDL.h>

#include "meldcode.h"
#include "attempt.h"
#include "ms_error.h"
#include "scenario.h"
#include "session.h"
#include "ms_strings.h"
#include "ui_say.h"
#include "ui_settings.h"
#include "ui_view.h"

typedef enum {
    UI_SCREEN_MENU,
    UI_SCREEN_SETTINGS,
    UI_SCREEN_PLAY,
    UI_SCREEN_FEEDBACK,
    UI_SCREEN_PAUSE,
    UI_SCREEN_DEBRIEF,
    UI_SCREEN_MODE,    /* a case was opened: choose how to play it */
    UI_SCREEN_RESUME,  /* the learner has an unfinished attempt at it */
    UI_SCREEN_LEARNER, /* choose or add a learner */
    UI_SCREEN_NAME,    /* type a new learner's name */
    UI_SCREEN_PRESENT, /* voorlichting: the steps and the escalation path, page by page */
    UI_SCREEN_COUNT
} UiScreen;

/* Where the app's speech goes: list replaces whatever is still being said (an empty list is
 * silence), at rate words per minute. Called on the app's thread; must not block. */
typedef void (*UiSpeakFn)(void *user, const UiSayList *list, int rate);

typedef struct UiAppConfig {
    const Meldcode *meldcode; /* borrowed; outlives the app */
    const Strings *strings;   /* borrowed; outlives the app */
    UiSettings settings;
    bool persist_settings; /* save changes made on the settings screen */
    FILE *status;          /* where "debrief: ..." lines go for scripts, or NULL */
    Records *records;      /* borrowed; NULL: nothing is recorded */
    const char *learner;   /* NULL: the last learner who played (records only) */
    bool mode_set;         /* false: the mode screen offers every window mode */
    Mode mode;             /* when mode_set: the one mode offered and used by ui_app_start */
    UiSpeakFn speak;       /* NULL: nothing is said, whatever the setting */
    void *speak_user;
} UiAppConfig;

typedef struct UiApp UiApp;

/* Loads the fonts (vfs and TTF_Init first). Caller frees with ui_app_free. */
MsStatus ui_app_create(const UiAppConfig *config, UiApp **out, MsError *err);
void ui_app_free(UiApp *app);

/* Output size in pixels and pixels per window point (2 on a high-DPI screen). */
void ui_app_resize(UiApp *app, int w, int h, float pixel_ratio);
/* Starts playing sc at once in the configured mode (oefenen when none), as screenshots need
 * (the app takes ownership and frees it). */
void ui_app_start(UiApp *app, Scenario *sc);
/* Opens sc as a learner does: the resume question when the learner has an unfinished attempt
 * at it, else the mode screen (the app takes ownership and frees it). */
void ui_app_open(UiApp *app, Scenario *sc);
/* --watch: the pack of spec changed: loads and checks it again. A case that does not load or
 * check shows why on the screen (file:line, scene); one that does starts again at the same scene
 * with the same choices, as far as they still fit it, and says so. */
void ui_app_reload(UiApp *app, const char *spec);
/* Shows the start screen, listing installed cases (loaded lazily, once). */
void ui_app_show_menu(UiApp *app);
void ui_app_show(UiApp *app, UiScreen screen);
UiScreen ui_app_screen(const UiApp *app);

/* Plays option (0-based among the options offered), as a click would; false when invalid. */
bool ui_app_choose(UiApp *app, size_t option);

/* Feeds one event; returns true when the screen must be drawn again. */
bool ui_app_handle_event(UiApp *app, const SDL_Event *event);
bool ui_app_wants_quit(const UiApp *app);
/* With speech on: says what became due since the last call (a new screen, or the focus that
 * moved). ui_app_handle_event and ui_app_tick call it; the window once after the first frame. */
void ui_app_announce(UiApp *app);
/* Time passing: the groep countdown. True when the screen must be drawn again. */
bool ui_app_tick(UiApp *app);
/* Milliseconds until ui_app_tick has something to do, -1 when nothing is timed (wait for input). */
int ui_app_wait_ms(const UiApp *app);
/* Voorlichting: the page shown (0-based) and going to another; false when out of range. */
int ui_app_page(const UiApp *app);
bool ui_app_set_page(UiApp *app, int page);
/* Groep: the discussion pause is on (no answer can be taken). */
bool ui_app_discussing(const UiApp *app);
/* Lays out (when needed) and draws the current screen. Does not present. */
void ui_app_render(UiApp *app, SDL_Renderer *r);
/* Destroys every texture made by the renderer render was given, before that renderer goes;
 * the next render makes them again. */
void ui_app_drop_textures(UiApp *app);
/* The laid-out view of the current screen, for tests and screenshots. */
UiView *ui_app_view(UiApp *app);
int ui_app_focus(const UiApp *app);
/* The attempt being played (NULL on the start screens). */
const Attempt *ui_app_attempt(const UiApp *app);
/* The learner choices are recorded for, or NULL when nothing is recorded. */
const RecordsLearner *ui_app_learner(const UiApp *app);
const Session *ui_app_session(const UiApp *app);
const UiSettings *ui_app_settings(const UiApp *app);

#endif
