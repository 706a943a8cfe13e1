/*
 * ui_app.c: screens, actions, focus and input of the player.
 * Input never touches the session directly: keys, clicks and taps all become
 * an action on a button of the current view, and only act() changes state.
 * The view is rebuilt lazily (layout_dirty) and the focus follows the same
 * button across a rebuild, so a resize or a font change keeps the learner's
 * place.
 */
#include "ui_widgets.h"

#include "strategy.h"

#include <stdlib.h>
#include <string.h>

static void compute_metrics(UiApp *app);

MsStatus ui_app_create(const UiAppConfig *config, UiApp **out, MsError *err)
{
    *out = NULL;
    UiApp *app = calloc(1, sizeof *app);
    if (app == NULL) {
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    }
    app->mc = config->meldcode;
    app->st = config->strings;
    app->status = config->status;
    app->persist = config->persist_settings;
    app->settings = config->settings;
    ui_theme_get(app->settings.high_contrast, &app->theme);
    app->focus = app->hover = app->press = -1;
    app->keep_action = -1;
    app->parent = -1;
    app->screen = UI_SCREEN_MENU;
    app->records = config->records;
    app->mode_set = config->mode_set;
    app->mode = config->mode_set ? config->mode : MODE_OEFENEN;
    app->speak = config->speak;
    app->speak_user = config->speak_user;
    ui_say_list_init(&app->said);
    app->speech_due = UI_SAY_SCREEN;
    if (app->records != NULL && config->learner != NULL && !ui_learner_add(app, config->learner)) {
        app->records = NULL;
    }
    MsStatus st = ui_fonts_load(&app->fonts, app->settings.typeface, err);
    if (st != MS_OK) {
        goto fail;
    }
    app->tc = ui_textcache_create(app->fonts);
    app->view = ui_view_create();
    app->images = ui_images_create();
    if (app->tc == NULL || app->view == NULL || app->images == NULL) {
        st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    ui_app_resize(app, 1024, 600, 1.0f);
    *out = app;
    return MS_OK;
fail:
    ui_app_free(app);
    return st;
}

static void free_cases(UiApp *app)
{
    for (size_t i = 0; i < app->case_count; i++) {
        scenario_free(app->cases[i].scenario);
        free(app->cases[i].name);
    }
    free(app->cases);
    app->cases = NULL;
    app->case_count = 0;
    app->cases_listed = false;
}

static void stop_case(UiApp *app)
{
    attempt_free(app->attempt);
    app->attempt = NULL;
    app->session = NULL;
    app->discussing = app->discussion_held = false;
    app->discussed_at = 0;
    app->group_count = 0;
    compute_metrics(app);
    if (app->own != NULL) {
        scenario_free(app->own);
        app->own = NULL;
    }
    app->scenario = NULL;
}

void ui_app_stop_case(UiApp *app)
{
    stop_case(app);
}

void ui_app_free(UiApp *app)
{
    if (app == NULL) {
        return;
    }
    stop_case(app);
    reload_path_free(&app->kept);
    free_cases(app);
    free(app->learners);
    ui_view_free(app->view);
    ui_images_free(app->images);
    ui_textcache_free(app->tc);
    ui_fonts_free(app->fonts);
    ui_say_list_free(&app->said);
    free(app);
}

const char *ui_app_str(const UiApp *app, const char *key)
{
    return strings_get(app->st, key, app->settings.lang);
}

const char *ui_app_text(const UiApp *app, const MsText *t)
{
    MsLang fallback = app->scenario != NULL ? app->scenario->language : MS_LANG_NL;
    return ms_text_get(t, app->settings.lang, fallback);
}

MsLang ui_app_text_lang(const UiApp *app, const MsText *t)
{
    MsLang fallback = app->scenario != NULL ? app->scenario->language : MS_LANG_NL;
    if (ms_text_has(t, app->settings.lang)) {
        return app->settings.lang;
    }
    if (ms_text_has(t, fallback)) {
        return fallback;
    }
    return ms_text_has(t, MS_LANG_NL) ? MS_LANG_NL : MS_LANG_EN;
}

static bool projector(const UiApp *app)
{
    return app->attempt != NULL && attempt_rules(app->attempt)->large_text;
}

/* The text scale asked for: the setting, half as large again in a mode for the projector. */
static int asked_pct(const UiApp *app)
{
    int pct = app->settings.font_pct;
    if (projector(app)) {
        pct = pct * 3 / 2 < UI_FONT_PCT_MAX ? pct * 3 / 2 : UI_FONT_PCT_MAX;
    }
    return pct;
}

static void compute_metrics(UiApp *app)
{
    ui_metrics_compute(app->w, app->h, asked_pct(app), &app->m);
    app->fit.pct = 0;
    app->layout_dirty = true;
}

void ui_app_resize(UiApp *app, int w, int h, float pixel_ratio)
{
    app->w = w;
    app->h = h;
    app->pixel_ratio = pixel_ratio > 0 ? pixel_ratio : 1.0f;
    compute_metrics(app);
}

static int default_focus(const UiView *v)
{
    int numbered = ui_view_numbered(v, 1);
    if (numbered >= 0) {
        return numbered;
    }
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        const UiItem *it = ui_view_item(v, (size_t)ui_view_button_item(v, b));
        if (!it->fixed) {
            return (int)b;
        }
    }
    /* Only fixed buttons: the footer's last, the screen's way on (not the menu at the top). */
    return ui_view_button_count(v) > 0 ? (int)ui_view_button_count(v) - 1 : -1;
}

static void scroll_to_focus(UiApp *app)
{
    if (app->focus >= 0) {
        int item = ui_view_button_item(app->view, (size_t)app->focus);
        ui_view_scroll_to(app->view, (size_t)item, app->m.gap + app->m.focus + app->m.focus_gap);
    }
}

static void build(UiApp *app)
{
    ui_view_reset(app->view, app->w, app->h);
    app->parent = -1;
    app->fixed = false;
    switch (app->screen) {
    case UI_SCREEN_MENU:
        ui_screen_menu_build(app);
        break;
    case UI_SCREEN_SETTINGS:
        ui_screen_settings_build(app);
        break;
    case UI_SCREEN_PLAY:
    case UI_SCREEN_FEEDBACK:
        ui_screen_play_build(app);
        break;
    case UI_SCREEN_PAUSE:
        ui_screen_pause_build(app);
        break;
    case UI_SCREEN_MODE:
        ui_screen_mode_build(app);
        break;
    case UI_SCREEN_RESUME:
        ui_screen_resume_build(app);
        break;
    case UI_SCREEN_LEARNER:
        ui_screen_learner_build(app);
        break;
    case UI_SCREEN_NAME:
        ui_screen_name_build(app);
        break;
    case UI_SCREEN_PRESENT:
        ui_screen_present_build(app);
        break;
    case UI_SCREEN_DEBRIEF:
    default:
        ui_screen_debrief_build(app);
        break;
    }
}

/* What a fitted text scale holds for: the same screen of the same step at the same size. */
static UiFit fit_key(const UiApp *app)
{
    UiFit k;
    memset(&k, 0, sizeof k);
    k.screen = app->screen;
    k.step = app->session != NULL ? session_history_count(app->session) : 0;
    k.discussing = app->discussing;
    k.page = app->page;
    k.w = app->w;
    k.h = app->h;
    k.font_pct = app->settings.font_pct;
    k.lang = app->settings.lang;
    return k;
}

static bool same_fit(const UiFit *a, const UiFit *b)
{
    return a->screen == b->screen && a->step == b->step && a->discussing == b->discussing && a->page == b->page &&
           a->w == b->w && a->h == b->h && a->font_pct == b->font_pct && a->lang == b->lang;
}

/* Builds the screen. For the projector the decision, its feedback, the debrief and the
 * voorlichting pages are fitted: the large text is made smaller, 5 points at a time and never
 * below the learner's own setting, until the screen needs no scrolling, so the whole room sees
 * every option at once (and a long debrief gets its two columns, the route in view). The scale
 * found is kept while the screen stays the same (the countdown ticks). */
static void relayout(UiApp *app)
{
    int scroll = ui_view_scroll(app->view);
    int asked = asked_pct(app);
    bool shrink = projector(app) && (app->screen == UI_SCREEN_PLAY || app->screen == UI_SCREEN_FEEDBACK ||
                                     app->screen == UI_SCREEN_PRESENT || app->screen == UI_SCREEN_DEBRIEF);
    int floor = shrink ? app->settings.font_pct : asked;
    UiFit key = fit_key(app);
    bool known = app->fit.pct > 0 && same_fit(&key, &app->fit);
    int pct = known ? app->fit.pct : asked;
    for (;;) {
        if (app->m.font_pct != pct) {
            ui_metrics_compute(app->w, app->h, pct, &app->m);
        }
        build(app);
        if (known || pct <= floor || ui_view_scroll_max(app->view) == 0) {
            break;
        }
        pct = pct - 5 > floor ? pct - 5 : floor;
    }
    app->fit = key;
    app->fit.pct = pct;
    ui_view_set_scroll(app->view, scroll);
    app->hover = app->press = -1;
    int found = -1;
    for (size_t b = 0; b < ui_view_button_count(app->view) && app->keep_action >= 0; b++) {
        const UiItem *it = ui_view_item(app->view, (size_t)ui_view_button_item(app->view, b));
        if (it->action == app->keep_action && it->arg == app->keep_arg) {
            found = (int)b;
        }
    }
    app->focus = found >= 0 ? found : default_focus(app->view);
    if (found >= 0) {
        scroll_to_focus(app);
    } else {
        /* A new screen starts at its top, where reading starts, even when the focus is lower. */
        ui_view_set_scroll(app->view, 0);
    }
    app->layout_dirty = false;
}

static void ensure_layout(UiApp *app)
{
    if (app->layout_dirty) {
        relayout(app);
    }
}

static void remember_focus(UiApp *app)
{
    app->keep_action = -1;
    if (app->focus >= 0 && (size_t)app->focus < ui_view_button_count(app->view)) {
        const UiItem *it = ui_view_item(app->view, (size_t)ui_view_button_item(app->view, (size_t)app->focus));
        app->keep_action = it->action;
        app->keep_arg = it->arg;
    }
}

static void enter(UiApp *app, UiScreen screen)
{
    if (screen == UI_SCREEN_NAME && app->screen != UI_SCREEN_NAME) {
        SDL_StartTextInput();
    } else if (screen != UI_SCREEN_NAME && app->screen == UI_SCREEN_NAME) {
        SDL_StopTextInput();
    }
    if (app->attempt != NULL) {
        attempt_clock_pause(app->attempt, screen == UI_SCREEN_PAUSE || screen == UI_SCREEN_SETTINGS);
    }
    /* Groep: the discussion's countdown stops while the trainer is in the menu or the settings,
     * and goes on from where it was. */
    if (app->discussing && !app->discussion_held && screen != UI_SCREEN_PLAY) {
        uint64_t now = SDL_GetTicks64();
        app->discussion_left = app->discussion_end > now ? app->discussion_end - now : 0;
        app->discussion_held = true;
    } else if (app->discussion_held && screen == UI_SCREEN_PLAY) {
        app->discussion_end = SDL_GetTicks64() + app->discussion_left;
        app->discussion_held = false;
    }
    app->screen = screen;
    app->speech_due = UI_SAY_SCREEN;
    if (screen == UI_SCREEN_PLAY) {
        ui_group_enter_play(app);
    }
    app->keep_action = -1;
    ui_view_set_scroll(app->view, 0);
    app->layout_dirty = true;
    if (screen == UI_SCREEN_DEBRIEF && app->session != NULL) {
        score_session(app->session, &app->score);
        if (app->status != NULL) {
            fprintf(app->status, "debrief: %s %d/%d %s\n", app->scenario->id, app->score.earned,
                    app->score.possible, app->score.passed ? "passed" : "failed");
            fflush(app->status);
        }
    }
}

void ui_app_show(UiApp *app, UiScreen screen)
{
    enter(app, screen);
}

UiScreen ui_app_screen(const UiApp *app)
{
    return app->screen;
}

static void list_cases(UiApp *app)
{
    if (app->cases_listed) {
        return;
    }
    app->cases_listed = true;
    LibraryList list;
    MsError err;
    ms_error_clear(&err);
    if (library_list(&list, &err) != MS_OK) {
        return;
    }
    app->cases = calloc(list.count ? list.count : 1, sizeof *app->cases);
    if (app->cases != NULL) {
        for (size_t i = 0; i < list.count; i++) {
            UiCase *c = &app->cases[app->case_count++];
            c->name = strdup(list.packs[i].name);
            if (library_load_pack(&list.packs[i], app->mc, &c->scenario, &err) != MS_OK) {
                c->scenario = NULL;
                fprintf(stderr, "meldsim: %s: %s\n", list.packs[i].display, err.message);
            }
        }
    }
    library_list_free(&list);
}

void ui_app_show_menu(UiApp *app)
{
    stop_case(app);
    list_cases(app);
    ui_learner_ensure(app);
    enter(app, UI_SCREEN_MENU);
}

static void played(UiApp *app, MsStatus st, const MsError *err)
{
    MsError err_unused;
    ms_error_clear(&err_unused);
    app->session = st == MS_OK ? attempt_session(app->attempt) : NULL;
    app->discussing = app->discussion_held = false;
    app->discussed_at = 0;
    app->group_count = 0;
    compute_metrics(app);
    memset(&app->score, 0, sizeof app->score);
    app->score.ending = -1;
    if (st != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err->message);
        attempt_free(app->attempt);
        app->attempt = NULL;
        app->notice = "ui.records.failed";
        enter(app, UI_SCREEN_MENU);
        return;
    }
    if (attempt_rules(app->attempt)->step_walkthrough) {
        /* Voorlichting: the case along its best path illustrates each step. */
        uint64_t rng = 1;
        for (int i = 0; i < 10000 && !session_ended(app->session); i++) {
            if (attempt_choose(app->attempt, strategy_pick(app->session, STRATEGY_BEST, &rng), &err_unused) != MS_OK) {
                break;
            }
            app->session = attempt_session(app->attempt);
        }
        score_session(app->session, &app->score);
        app->page = 0;
        enter(app, UI_SCREEN_PRESENT);
        return;
    }
    enter(app, session_ended(app->session) ? UI_SCREEN_DEBRIEF : UI_SCREEN_PLAY);
}

/* A new attempt at the current case in mode. */
static void begin(UiApp *app, Mode mode)
{
    attempt_free(app->attempt);
    app->attempt = NULL;
    app->session = NULL;
    bool recorded = mode_rules(mode)->recorded && ui_learner_ensure(app);
    AttemptSetup setup = {recorded ? app->records : NULL, recorded ? app->learner.id : 0, mode,
                          app->settings.lang};
    MsError err;
    ms_error_clear(&err);
    played(app, attempt_begin(app->scenario, &setup, &app->attempt, &err), &err);
}

void ui_app_start(UiApp *app, Scenario *sc)
{
    stop_case(app);
    app->own = sc;
    app->scenario = sc;
    begin(app, app->mode);
}

/* The learner's way into a case: resume an unfinished attempt, or choose a mode. */
static void open_case(UiApp *app, Scenario *sc)
{
    app->scenario = sc;
    MsError err;
    ms_error_clear(&err);
    if (ui_learner_ensure(app) &&
        records_attempt_find_open(app->records, app->learner.id, sc->id, &app->open, &err) == MS_OK) {
        if (!records_attempt_in_use(app->records, app->open.id)) {
            enter(app, UI_SCREEN_RESUME);
            return;
        }
        app->notice = "ui.records.in_use"; /* another player has it: a new attempt here */
    }
    enter(app, UI_SCREEN_MODE);
}

void ui_app_open(UiApp *app, Scenario *sc)
{
    stop_case(app);
    app->own = sc;
    open_case(app, sc);
}

static void resume_case(UiApp *app)
{
    MsError err;
    ms_error_clear(&err);
    attempt_free(app->attempt);
    app->attempt = NULL;
    MsStatus st = attempt_resume(app->scenario, app->records, app->open.id, &app->attempt, &err);
    if (st == MS_ERR_INVALID) {
        /* The case changed since: the old attempt no longer fits, so it is set aside. */
        app->notice = "ui.resume.changed";
        if (records_attempt_abandon(app->records, app->open.id, &err) == MS_OK) {
            enter(app, UI_SCREEN_MODE);
            return;
        }
    }
    played(app, st, &err);
    if (st == MS_OK) {
        ui_group_restore(app);
    }
}

static void fresh_case(UiApp *app)
{
    MsError err;
    ms_error_clear(&err);
    if (records_attempt_abandon(app->records, app->open.id, &err) != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err.message);
    }
    enter(app, UI_SCREEN_MODE);
}

bool ui_app_choose(UiApp *app, size_t option)
{
    if (app->session == NULL || session_ended(app->session) || app->discussing) {
        return false; /* groep: no answer during the discussion pause */
    }
    MsError err;
    ms_error_clear(&err);
    int offered[SESSION_MAX_CHOICES];
    size_t offered_count = session_options(app->session, offered);
    size_t before = session_history_count(app->session);
    MsStatus st = attempt_choose(app->attempt, option, &err);
    app->session = attempt_session(app->attempt); /* the attempt may have rebuilt it */
    if (st != MS_OK) {
        if (session_history_count(app->session) == before && err.code != MS_ERR_INVALID) {
            /* Not written: the session is as it was, and the learner must know. */
            fprintf(stderr, "meldsim: %s\n", err.message);
            app->notice = "ui.records.failed";
            app->layout_dirty = true;
        }
        return false;
    }
    app->notice = NULL;
    if (attempt_rules(app->attempt)->group_votes && offered_count > 1) {
        ui_group_record(app, offered, offered_count, option);
    }
    size_t n = session_history_count(app->session);
    const SessionStep *step = session_history(app->session, n - 1);
    if (app->status != NULL && step->choice >= 0 && attempt_id(app->attempt) != 0) {
        /* for scripts: this answer is in the records (written and synced) before it shows */
        fprintf(app->status, "answered: %s %d\n", app->scenario->id, attempt_answered(app->attempt));
        fflush(app->status);
    }
    if (step->choice >= 0 && attempt_rules(app->attempt)->feedback_each_choice) {
        enter(app, UI_SCREEN_FEEDBACK);
    } else {
        enter(app, session_ended(app->session) ? UI_SCREEN_DEBRIEF : UI_SCREEN_PLAY);
    }
    return true;
}

static void change_settings(UiApp *app, const UiSettings *s)
{
    if (s->typeface != app->settings.typeface) {
        MsError err;
        ms_error_clear(&err);
        if (ui_fonts_set_typeface(app->fonts, s->typeface, &err) != MS_OK) {
            fprintf(stderr, "meldsim: %s\n", err.message);
            return;
        }
        ui_textcache_clear(app->tc); /* every block was measured in the old typeface */
    }
    if (s->speech != app->settings.speech) {
        app->speech_due = s->speech ? UI_SAY_SCREEN : UI_SAY_NONE;
        app->speech_news = s->speech;
        if (!s->speech && app->speak != NULL) {
            ui_say_list_clear(&app->said);
            app->speak(app->speak_user, &app->said, ui_settings_speech_rate(s));
        }
    } else if (app->speech_due == UI_SAY_NONE) {
        app->speech_due = UI_SAY_FOCUS; /* the chosen value, now selected */
    }
    app->settings = *s;
    ui_theme_get(s->high_contrast, &app->theme);
    compute_metrics(app);
    remember_focus(app);
    app->layout_dirty = true;
    if (app->persist) {
        MsError err;
        ms_error_clear(&err);
        if (ui_settings_save(s, &err) != MS_OK) {
            fprintf(stderr, "meldsim: cannot keep the settings: %s\n", err.message);
        }
    }
}

/* Starting over mid-case: the unfinished attempt stays in the records, marked abandoned, so the
 * next start does not offer to resume it. */
static void abandon_current(UiApp *app)
{
    MsError err;
    ms_error_clear(&err);
    if (app->attempt != NULL && app->records != NULL && attempt_id(app->attempt) > 0 &&
        !session_ended(app->session) && records_attempt_abandon(app->records, attempt_id(app->attempt), &err) != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err.message);
    }
}

static void undo(UiApp *app)
{
    MsError err;
    ms_error_clear(&err);
    if (app->attempt == NULL || attempt_back_allowed(app->attempt) != ATTEMPT_BACK_OK) {
        return;
    }
    MsStatus st = attempt_back(app->attempt, &err);
    app->session = attempt_session(app->attempt); /* going back rebuilds the session */
    if (st != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err.message);
        app->notice = "ui.records.failed";
    }
    enter(app, UI_SCREEN_PLAY);
}

static void save_name(UiApp *app)
{
    const char *why = NULL;
    if (!records_name_valid(app->name, &why)) {
        app->notice = "ui.name.invalid";
        app->layout_dirty = true;
        return;
    }
    app->notice = NULL;
    ui_learner_add(app, app->name);
    enter(app, UI_SCREEN_MENU);
}

static void act(UiApp *app, UiAction action, int arg)
{
    UiSettings s = app->settings;
    switch (action) {
    case UI_ACT_OPEN_CASE:
        if (arg >= 0 && (size_t)arg < app->case_count && app->cases[arg].scenario != NULL) {
            stop_case(app);
            open_case(app, app->cases[arg].scenario);
        }
        break;
    case UI_ACT_MODE:
        if (arg >= 0 && arg < MODE_COUNT) {
            begin(app, (Mode)arg);
        }
        break;
    case UI_ACT_RESUME_CASE:
        resume_case(app);
        break;
    case UI_ACT_FRESH:
        fresh_case(app);
        break;
    case UI_ACT_UNDO:
        undo(app);
        break;
    case UI_ACT_LEARNERS:
        ui_learner_list(app);
        enter(app, UI_SCREEN_LEARNER);
        break;
    case UI_ACT_LEARNER:
        ui_learner_pick(app, (size_t)arg);
        enter(app, UI_SCREEN_MENU);
        break;
    case UI_ACT_NEW_PSEUDONYM:
        ui_learner_add(app, NULL);
        enter(app, UI_SCREEN_MENU);
        break;
    case UI_ACT_NEW_NAME:
        app->name[0] = '\0';
        app->notice = NULL;
        enter(app, UI_SCREEN_NAME);
        break;
    case UI_ACT_NAME_SAVE:
        save_name(app);
        break;
    case UI_ACT_PAGE:
        ui_app_set_page(app, app->page + (arg < 0 ? -1 : 1));
        remember_focus(app);
        break;
    case UI_ACT_VOTE_START:
        app->discussing = false;
        app->speech_due = UI_SAY_SCREEN;
        app->keep_action = UI_ACT_CHOOSE; /* bring the options into view, focus on the first */
        app->keep_arg = 0;
        app->layout_dirty = true;
        break;
    case UI_ACT_VOTE_ADD:
    case UI_ACT_VOTE_SUB:
        if (arg >= 0 && arg < SESSION_MAX_CHOICES && !app->discussing) {
            int v = app->votes[arg] + (action == UI_ACT_VOTE_ADD ? 1 : -1);
            app->votes[arg] = v < 0 ? 0 : v > UI_VOTES_MAX ? UI_VOTES_MAX : v;
            remember_focus(app);
            app->layout_dirty = true;
        }
        break;
    case UI_ACT_CHOOSE:
        ui_app_choose(app, (size_t)arg);
        break;
    case UI_ACT_CONTINUE:
        enter(app, session_ended(app->session) ? UI_SCREEN_DEBRIEF : UI_SCREEN_PLAY);
        break;
    case UI_ACT_PAUSE:
        app->pause_return = app->screen;
        enter(app, UI_SCREEN_PAUSE);
        break;
    case UI_ACT_RESUME:
        enter(app, app->pause_return);
        break;
    case UI_ACT_RESTART:
        abandon_current(app);
        begin(app, attempt_mode(app->attempt));
        break;
    case UI_ACT_MENU:
        ui_app_show_menu(app);
        break;
    case UI_ACT_SETTINGS:
        app->settings_return = app->screen;
        enter(app, UI_SCREEN_SETTINGS);
        break;
    case UI_ACT_BACK:
        enter(app, app->settings_return);
        break;
    case UI_ACT_FONT:
        s.font_pct = arg;
        change_settings(app, &s);
        break;
    case UI_ACT_CONTRAST:
        s.high_contrast = arg != 0;
        change_settings(app, &s);
        break;
    case UI_ACT_LANG:
        s.lang = arg == MS_LANG_EN ? MS_LANG_EN : MS_LANG_NL;
        change_settings(app, &s);
        break;
    case UI_ACT_TYPEFACE:
        s.typeface = arg == UI_TYPEFACE_DYSLEXIC ? UI_TYPEFACE_DYSLEXIC : UI_TYPEFACE_LATO;
        change_settings(app, &s);
        break;
    case UI_ACT_SPEECH:
        s.speech = arg != 0;
        change_settings(app, &s);
        break;
    case UI_ACT_SPEECH_RATE:
        s.speech_rate = arg;
        s.speech_rate = ui_settings_speech_rate(&s);
        change_settings(app, &s);
        break;
    case UI_ACT_QUIT:
        app->quit = true;
        break;
    case UI_ACT_NONE:
    case UI_ACT_COUNT:
    default:
        break;
    }
}

static void activate(UiApp *app, int button)
{
    if (button < 0 || (size_t)button >= ui_view_button_count(app->view)) {
        return;
    }
    const UiItem *it = ui_view_item(app->view, (size_t)ui_view_button_item(app->view, (size_t)button));
    act(app, (UiAction)it->action, it->arg);
}

static void move_focus(UiApp *app, int delta)
{
    int n = (int)ui_view_button_count(app->view);
    if (n == 0) {
        return;
    }
    app->focus = app->focus < 0 ? (delta > 0 ? 0 : n - 1) : ((app->focus + delta) % n + n) % n;
    scroll_to_focus(app);
    if (app->speech_due == UI_SAY_NONE) {
        app->speech_due = UI_SAY_FOCUS;
    }
}

static void escape(UiApp *app)
{
    switch (app->screen) {
    case UI_SCREEN_PLAY:
    case UI_SCREEN_FEEDBACK:
        act(app, UI_ACT_PAUSE, 0);
        break;
    case UI_SCREEN_PAUSE:
        act(app, UI_ACT_RESUME, 0);
        break;
    case UI_SCREEN_SETTINGS:
        act(app, UI_ACT_BACK, 0);
        break;
    case UI_SCREEN_DEBRIEF:
    case UI_SCREEN_MODE:
    case UI_SCREEN_RESUME:
    case UI_SCREEN_LEARNER:
        act(app, UI_ACT_MENU, 0);
        break;
    case UI_SCREEN_PRESENT:
        act(app, UI_ACT_PAUSE, 0);
        break;
    case UI_SCREEN_NAME:
        ui_learner_list(app);
        enter(app, UI_SCREEN_LEARNER);
        break;
    case UI_SCREEN_MENU:
    default:
        break;
    }
}

/* The name screen takes typed text: digits are part of a name there, not buttons. */
static bool name_key(UiApp *app, SDL_Keycode sym, Uint16 mod)
{
    if (mod & KMOD_CTRL) {
        return false; /* Ctrl+Q still quits */
    }
    if (sym == SDLK_BACKSPACE) {
        ui_learner_erase(app);
        app->layout_dirty = true;
        return true;
    }
    if (sym == SDLK_RETURN || sym == SDLK_KP_ENTER) {
        save_name(app);
        return true;
    }
    return sym != SDLK_ESCAPE && sym != SDLK_TAB && sym != SDLK_UP && sym != SDLK_DOWN && sym < 0x40000000;
}

/* Voorlichting: the presenter's keys (a clicker sends Page Down and Page Up). */
static bool present_key(UiApp *app, SDL_Keycode sym)
{
    int line = ui_fonts_line_height(app->fonts, app->m.body) * 3;
    switch (sym) {
    case SDLK_RIGHT:
    case SDLK_PAGEDOWN:
    case SDLK_SPACE:
        ui_app_set_page(app, app->page + 1);
        return true;
    case SDLK_LEFT:
    case SDLK_PAGEUP:
    case SDLK_BACKSPACE:
        ui_app_set_page(app, app->page - 1);
        return true;
    case SDLK_DOWN:
        ui_view_set_scroll(app->view, ui_view_scroll(app->view) + line);
        return true;
    case SDLK_UP:
        ui_view_set_scroll(app->view, ui_view_scroll(app->view) - line);
        return true;
    default:
        return false;
    }
}

static bool key(UiApp *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode sym = k->keysym.sym;
    if (app->screen == UI_SCREEN_NAME && name_key(app, sym, k->keysym.mod)) {
        return true;
    }
    int page = ui_view_viewport(app->view).h * 4 / 5;
    if (app->screen == UI_SCREEN_PLAY && app->discussing &&
        (sym == SDLK_RETURN || sym == SDLK_KP_ENTER || sym == SDLK_s)) {
        act(app, UI_ACT_VOTE_START, 0);
        return true;
    }
    if (app->screen == UI_SCREEN_PRESENT && present_key(app, sym)) {
        return true;
    }
    if (sym >= SDLK_1 && sym <= SDLK_9 && (k->keysym.mod & KMOD_CTRL)) {
        /* groep: Ctrl+number counts a hand for that option, with Shift takes one off. */
        if (app->screen == UI_SCREEN_PLAY && app->attempt != NULL && attempt_rules(app->attempt)->group_votes) {
            act(app, (k->keysym.mod & KMOD_SHIFT) ? UI_ACT_VOTE_SUB : UI_ACT_VOTE_ADD, (int)(sym - SDLK_1));
        }
        return true;
    }
    if (sym >= SDLK_1 && sym <= SDLK_9) {
        int b = ui_view_numbered(app->view, (int)(sym - SDLK_1) + 1);
        if (b >= 0) {
            app->focus = b;
            activate(app, b);
        }
        return true;
    }
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9) {
        int b = ui_view_numbered(app->view, (int)(sym - SDLK_KP_1) + 1);
        if (b >= 0) {
            activate(app, b);
        }
        return true;
    }
    switch (sym) {
    case SDLK_TAB:
        move_focus(app, (k->keysym.mod & KMOD_SHIFT) ? -1 : 1);
        return true;
    case SDLK_DOWN:
    case SDLK_RIGHT:
        move_focus(app, 1);
        return true;
    case SDLK_UP:
    case SDLK_LEFT:
        move_focus(app, -1);
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        activate(app, app->focus);
        return true;
    case SDLK_ESCAPE:
        escape(app);
        return true;
    case SDLK_BACKSPACE:
        if (app->screen == UI_SCREEN_FEEDBACK || app->screen == UI_SCREEN_PLAY) {
            undo(app);
        }
        return true;
    case SDLK_PAGEDOWN:
        ui_view_set_scroll(app->view, ui_view_scroll(app->view) + page);
        return true;
    case SDLK_PAGEUP:
        ui_view_set_scroll(app->view, ui_view_scroll(app->view) - page);
        return true;
    case SDLK_HOME:
        ui_view_set_scroll(app->view, 0);
        return true;
    case SDLK_END:
        ui_view_set_scroll(app->view, ui_view_scroll_max(app->view));
        return true;
    case SDLK_q:
        if (k->keysym.mod & KMOD_CTRL) {
            app->quit = true;
        }
        return false;
    case SDLK_v:
        act(app, UI_ACT_SPEECH, !app->settings.speech);
        return true;
    default:
        return false;
    }
}

static int hit(UiApp *app, int x, int y)
{
    return ui_view_hit(app->view, (int)((float)x * app->pixel_ratio), (int)((float)y * app->pixel_ratio));
}

static bool handle(UiApp *app, const SDL_Event *e);

bool ui_app_handle_event(UiApp *app, const SDL_Event *e)
{
    bool redraw = handle(app, e);
    ui_app_announce(app);
    return redraw;
}

static bool handle(UiApp *app, const SDL_Event *e)
{
    ensure_layout(app);
    switch (e->type) {
    case SDL_QUIT:
        app->quit = true;
        return false;
    case SDL_KEYDOWN:
        return key(app, &e->key);
    case SDL_TEXTINPUT:
        if (app->screen == UI_SCREEN_NAME) {
            ui_learner_type(app, e->text.text);
            app->layout_dirty = true;
            return true;
        }
        return false;
    case SDL_MOUSEMOTION: {
        int h = hit(app, e->motion.x, e->motion.y);
        if (h != app->hover) {
            app->hover = h;
            return true;
        }
        return false;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button != SDL_BUTTON_LEFT) {
            return false;
        }
        app->press = hit(app, e->button.x, e->button.y);
        if (e->button.which != SDL_TOUCH_MOUSEID) {
            app->pointer_moved = false;
        }
        if (app->press >= 0 && app->press != app->focus) {
            app->focus = app->press;
            app->speech_due = app->speech_due == UI_SAY_NONE ? UI_SAY_FOCUS : app->speech_due;
        }
        return true;
    case SDL_MOUSEBUTTONUP: {
        if (e->button.button != SDL_BUTTON_LEFT) {
            return false;
        }
        int h = hit(app, e->button.x, e->button.y);
        int pressed = app->press;
        app->press = -1;
        if (pressed >= 0 && h == pressed && !app->pointer_moved) {
            activate(app, h);
        }
        return true;
    }
    case SDL_MOUSEWHEEL:
        ui_view_set_scroll(app->view, ui_view_scroll(app->view) - e->wheel.y * ui_fonts_line_height(app->fonts, app->m.body) * 3);
        return true;
    case SDL_FINGERDOWN:
        app->pointer_moved = false;
        app->drag_y = 0;
        return false;
    case SDL_FINGERMOTION: {
        int dy = (int)(e->tfinger.dy * (float)app->h);
        app->drag_y += dy;
        if (abs(app->drag_y) > app->m.gap) {
            app->pointer_moved = true;
        }
        ui_view_set_scroll(app->view, ui_view_scroll(app->view) - dy);
        return true;
    }
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_LEAVE) {
            /* The pointer went off the window: no button stays lit as if it were under it. */
            bool lit = app->hover >= 0;
            app->hover = -1;
            return lit;
        }
        return e->window.event == SDL_WINDOWEVENT_EXPOSED || e->window.event == SDL_WINDOWEVENT_SHOWN;
    default:
        return false;
    }
}

bool ui_app_tick(UiApp *app)
{
    if (!app->discussing || app->discussion_held) {
        return false;
    }
    int left = ui_group_seconds_left(app);
    if (left == 0) {
        app->discussing = false;
        app->speech_due = UI_SAY_SCREEN; /* the vote begins */
        remember_focus(app);
        app->layout_dirty = true;
        ui_app_announce(app);
        return true;
    } else if (left == app->shown_seconds) {
        return false;
    }
    app->shown_seconds = left;
    remember_focus(app);
    app->layout_dirty = true;
    return true;
}

int ui_app_wait_ms(const UiApp *app)
{
    if (!app->discussing || app->discussion_held) {
        return -1;
    }
    uint64_t now = SDL_GetTicks64();
    return now >= app->discussion_end ? 0 : (int)((app->discussion_end - now) % 1000) + 1;
}

int ui_app_page(const UiApp *app)
{
    return app->page;
}

bool ui_app_set_page(UiApp *app, int page)
{
    if (app->screen != UI_SCREEN_PRESENT || page < 0 || page >= UI_PRESENT_PAGES) {
        return false;
    }
    app->page = page;
    app->keep_action = -1;
    ui_view_set_scroll(app->view, 0);
    app->layout_dirty = true;
    return true;
}

bool ui_app_discussing(const UiApp *app)
{
    return app->discussing;
}

bool ui_app_wants_quit(const UiApp *app)
{
    return app->quit;
}

void ui_app_announce(UiApp *app)
{
    if (!app->settings.speech || app->speak == NULL || app->speech_due == UI_SAY_NONE) {
        app->speech_due = UI_SAY_NONE;
        return;
    }
    ensure_layout(app);
    ui_say_list_clear(&app->said);
    if (app->speech_news) {
        ui_say_add(&app->said, app->settings.lang, ui_app_str(app, "ui.voice.on"));
        app->speech_news = false;
    }
    if (app->speech_due == UI_SAY_SCREEN) {
        ui_say_screen(app, &app->said);
    } else {
        ui_say_focus(app, &app->said);
    }
    app->speech_due = UI_SAY_NONE;
    app->speak(app->speak_user, &app->said, ui_settings_speech_rate(&app->settings));
}

void ui_app_render(UiApp *app, SDL_Renderer *r)
{
    ensure_layout(app);
    UiDrawState st = {app->focus, app->hover, app->press};
    ui_view_draw(app->view, r, &app->theme, app->tc, app->images, &st, app->m.focus, app->m.focus_gap);
    ui_textcache_sweep(app->tc);
}

void ui_app_drop_textures(UiApp *app)
{
    ui_textcache_drop_textures(app->tc);
    ui_images_drop_textures(app->images);
}

UiView *ui_app_view(UiApp *app)
{
    ensure_layout(app);
    return app->view;
}

int ui_app_focus(const UiApp *app)
{
    return app->focus;
}

const Attempt *ui_app_attempt(const UiApp *app)
{
    return app->attempt;
}

const RecordsLearner *ui_app_learner(const UiApp *app)
{
    return app->records != NULL && app->have_learner ? &app->learner : NULL;
}

const Session *ui_app_session(const UiApp *app)
{
    return app->session;
}

const UiSettings *ui_app_settings(const UiApp *app)
{
    return &app->settings;
}
