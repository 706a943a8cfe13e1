/*
 * test_ui_modes.c: the window's learner records and training modes, driven by
 * keys as a learner would: what is recorded is read back through records.h,
 * and each mode's rules are checked on what the screens offer. The start
 * screens keep the layout contract at every size and text scale.
 */
#include "ui_test_support.h"

#include <sqlite3.h>
#include <unistd.h>

#include "attempt.h"
#include "ui_app_priv.h"
#include "records.h"

#define MINIMAL MELDSIM_FIXTURES "/valid/minimal"

static char dir[64];
static char db[128];

static Records *open_db(void)
{
    Records *r = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(records_open(db, NULL, &r, &err), MS_OK);
    return r;
}

static UiApp *app_with(Records *r, const char *learner, int pct, int w, int h)
{
    UiAppConfig config = {.meldcode = ui_test_env.mc,
                          .strings = ui_test_env.st,
                          .settings = {pct, false, MS_LANG_NL},
                          .records = r,
                          .learner = learner};
    UiApp *app = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(ui_app_create(&config, &app, &err), MS_OK);
    ui_app_resize(app, w, h, 1.0f);
    return app;
}

static void press_mod(UiApp *app, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    ui_app_handle_event(app, &e);
}

static void press(UiApp *app, SDL_Keycode sym)
{
    press_mod(app, sym, KMOD_NONE);
}

static void type_text(UiApp *app, const char *text)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", text);
    ui_app_handle_event(app, &e);
}

/* Walks narration with Enter until options are offered (or the case ends). */
static size_t to_decision(UiApp *app)
{
    int opts[SESSION_MAX_CHOICES];
    for (int i = 0; i < 50; i++) {
        const Session *s = ui_app_session(app);
        if (session_ended(s)) {
            return 0;
        }
        size_t n = session_options(s, opts);
        if (n > 1) {
            return n;
        }
        press(app, SDLK_1);
    }
    return 0;
}

static size_t choices_of(Records *r, int64_t attempt, RecordsChoice **out)
{
    size_t n = 0;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(records_choices_get(r, attempt, out, &n, &err), MS_OK);
    return n;
}

static bool has_action(UiApp *app, int action)
{
    UiView *v = ui_app_view(app);
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        if (ui_view_item(v, (size_t)ui_view_button_item(v, b))->action == action) {
            return true;
        }
    }
    return false;
}

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/meldsim-ui-modes-XXXXXX");
    if (mkdtemp(dir) == NULL) {
        return -1;
    }
    snprintf(db, sizeof db, "%s/records.sqlite3", dir);
    return ui_test_setup(state);
}

static int teardown(void **state)
{
    char path[160];
    static const char *const files[] = {"records.sqlite3", "records.sqlite3-wal", "records.sqlite3-shm"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
    return ui_test_teardown(state);
}

/* The first start makes a pseudonym; oefenen records, "Terug" takes back one decision and
 * both answers stay in the records; a stop and the next start offer to resume. */
static void test_oefenen_records_back_and_resume(void **state)
{
    (void)state;
    Records *r = open_db();
    UiApp *app = app_with(r, NULL, 100, 1280, 720);
    ui_app_show_menu(app);
    const RecordsLearner *l = ui_app_learner(app);
    assert_non_null(l);
    assert_true(l->generated);
    assert_true(strncmp(l->name, "leerling-", 9) == 0);
    int64_t learner = l->id;

    ui_app_open(app, ui_test_load(MINIMAL));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MODE);
    press(app, SDLK_1);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    assert_int_equal(attempt_mode(ui_app_attempt(app)), MODE_OEFENEN);
    int64_t attempt = attempt_id(ui_app_attempt(app));
    assert_true(attempt > 0);

    assert_true(to_decision(app) > 1);
    press(app, SDLK_2);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
    assert_true(has_action(app, UI_ACT_UNDO));
    RecordsChoice *c = NULL;
    assert_int_equal(choices_of(r, attempt, &c), 1);
    assert_int_equal(c[0].option, 1);
    free(c);

    /* Backspace is "Terug": the decision is asked again; a second Terug waits
     * until it is answered again. */
    press(app, SDLK_BACKSPACE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    assert_int_equal(attempt_answered(ui_app_attempt(app)), 0);
    assert_int_equal(attempt_back_allowed(ui_app_attempt(app)), ATTEMPT_BACK_USED);
    press(app, SDLK_BACKSPACE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    press(app, SDLK_1);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
    assert_true(has_action(app, UI_ACT_UNDO)); /* answered again: one step back is allowed again */
    assert_int_equal(choices_of(r, attempt, &c), 2);
    assert_true(c[0].undone);
    assert_false(c[1].undone);
    assert_int_equal(c[1].option, 0);
    free(c);
    press(app, SDLK_RETURN);
    assert_true(to_decision(app) > 1);
    press(app, SDLK_1);
    ui_app_free(app); /* the learner stops halfway */

    app = app_with(r, NULL, 100, 1280, 720);
    ui_app_show_menu(app);
    assert_int_equal(ui_app_learner(app)->id, learner); /* the last learner by default */
    ui_app_open(app, ui_test_load(MINIMAL));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_RESUME);
    press(app, SDLK_1); /* "Verder waar je was" */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);
    assert_int_equal(attempt_id(ui_app_attempt(app)), attempt);
    assert_int_equal(attempt_answered(ui_app_attempt(app)), 2);
    ui_app_free(app);

    /* "Opnieuw beginnen": the old attempt is kept, abandoned, and the mode screen follows. */
    app = app_with(r, NULL, 100, 1280, 720);
    ui_app_open(app, ui_test_load(MINIMAL));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_RESUME);
    press(app, SDLK_2);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MODE);
    RecordsAttempt old;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(records_attempt_get(r, attempt, &old, &err), MS_OK);
    assert_int_equal(old.status, RECORDS_ABANDONED);
    assert_int_equal(old.answered, 2);
    /* Starting over from the pause menu abandons the unfinished attempt too. */
    press(app, SDLK_1);
    to_decision(app);
    press(app, SDLK_1);
    int64_t second = attempt_id(ui_app_attempt(app));
    press(app, SDLK_ESCAPE);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PAUSE);
    press(app, SDLK_2); /* Opnieuw beginnen */
    assert_true(attempt_id(ui_app_attempt(app)) != second);
    assert_int_equal(records_attempt_get(r, second, &old, &err), MS_OK);
    assert_int_equal(old.status, RECORDS_ABANDONED);
    ui_app_free(app);
    records_close(r);
}

/* Toets: the pass mark is on the mode screen, no feedback until the debrief, no going back;
 * the finished attempt is in the records with its mode. */
static void test_toets_no_feedback_no_back(void **state)
{
    (void)state;
    Records *r = open_db();
    UiApp *app = app_with(r, "Toets Leerling", 100, 1024, 600);
    ui_app_open(app, ui_test_load(MINIMAL));
    if (ui_app_screen(app) == UI_SCREEN_RESUME) {
        press(app, SDLK_2);
    }
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MODE);
    UiView *v = ui_app_view(app);
    bool pass_shown = false;
    for (size_t i = 0; i < ui_view_count(v); i++) {
        const UiItem *it = ui_view_item(v, i);
        pass_shown |= it->text != NULL && strstr(it->text, "70%") != NULL;
    }
    assert_true(pass_shown);
    press(app, SDLK_2);
    assert_int_equal(attempt_mode(ui_app_attempt(app)), MODE_TOETS);
    int64_t attempt = attempt_id(ui_app_attempt(app));
    int answered = 0;
    for (int i = 0; i < 50 && ui_app_screen(app) != UI_SCREEN_DEBRIEF; i++) {
        assert_int_not_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
        assert_false(has_action(app, UI_ACT_UNDO));
        size_t before = session_history_count(ui_app_session(app));
        press(app, SDLK_BACKSPACE); /* refused: nothing changes */
        assert_int_equal(session_history_count(ui_app_session(app)), before);
        int opts[SESSION_MAX_CHOICES];
        answered += session_options(ui_app_session(app), opts) > 1;
        press(app, SDLK_1);
    }
    assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
    RecordsAttempt a;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(records_attempt_get(r, attempt, &a, &err), MS_OK);
    assert_int_equal(a.status, RECORDS_FINISHED);
    assert_int_equal(a.mode, MODE_TOETS);
    assert_string_equal(a.learner, "Toets Leerling");
    assert_true(a.answered >= answered);
    ui_app_free(app);
    records_close(r);
}

/* A new learner: a pseudonym with one key, or a typed name (digits are text there). */
static void test_new_learner_by_keyboard(void **state)
{
    (void)state;
    Records *r = open_db();
    UiApp *app = app_with(r, NULL, 100, 1280, 720);
    ui_app_show_menu(app);
    int64_t before = ui_app_learner(app)->id;
    assert_true(has_action(app, UI_ACT_LEARNERS));
    ui_app_show(app, UI_SCREEN_LEARNER);
    press(app, SDLK_1); /* a new pseudonym */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    assert_true(ui_app_learner(app)->generated);
    assert_true(ui_app_learner(app)->id != before);

    ui_app_show(app, UI_SCREEN_LEARNER);
    press(app, SDLK_2);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_NAME);
    press(app, SDLK_RETURN); /* empty: refused, still here */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_NAME);
    type_text(app, "Anouk ");
    type_text(app, "ë");
    press(app, SDLK_BACKSPACE); /* removes the whole ë */
    type_text(app, "B");
    press(app, SDLK_3); /* a digit is not a button here */
    type_text(app, "3");
    assert_int_equal(ui_app_screen(app), UI_SCREEN_NAME);
    press(app, SDLK_RETURN);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    assert_string_equal(ui_app_learner(app)->name, "Anouk B3");
    ui_app_show(app, UI_SCREEN_NAME);
    press_mod(app, SDLK_q, KMOD_LCTRL); /* Ctrl+Q quits even while typing */
    assert_true(ui_app_wants_quit(app));
    assert_false(ui_app_learner(app)->generated);
    RecordsLearner found;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(records_learner_find(r, "Anouk B3", &found, &err), MS_OK);
    ui_app_free(app);
    records_close(r);
}

/* The vote counts stored for an attempt, as "seq:option=count" pairs. */
static void votes_in_db(int64_t attempt, char *out, size_t cap)
{
    sqlite3 *db3 = NULL;
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    assert_int_equal(sqlite3_open_v2(db, &db3, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db3,
                                        "SELECT seq, option_index, count FROM vote WHERE attempt_id = ? "
                                        "ORDER BY seq, option_index",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_int64(st, 1, attempt);
    while (sqlite3_step(st) == SQLITE_ROW) {
        size_t len = strlen(out);
        snprintf(out + len, cap - len, "%d:%d=%d ", sqlite3_column_int(st, 0), sqlite3_column_int(st, 1),
                 sqlite3_column_int(st, 2));
    }
    sqlite3_finalize(st);
    sqlite3_close(db3);
}

/* Groep: larger text; no answer during the discussion pause; the trainer's vote counts are
 * recorded with the choice and shown in the debrief. */
static void test_groep_pause_votes_debrief(void **state)
{
    (void)state;
    Records *r = open_db();
    UiApp *app = app_with(r, "Trainer", 100, 1280, 720);
    ui_app_open(app, ui_test_load(MINIMAL));
    if (ui_app_screen(app) == UI_SCREEN_RESUME) {
        press(app, SDLK_2);
    }
    press(app, SDLK_3);
    assert_int_equal(attempt_mode(ui_app_attempt(app)), MODE_GROEP);
    UiMetrics normal;
    ui_metrics_compute(1280, 720, 100, &normal);
    assert_true(app->m.body * 4 >= normal.body * 5); /* at least 25% larger (150% asked) */
    int64_t attempt = attempt_id(ui_app_attempt(app));
    size_t n = to_decision(app);
    assert_true(n > 1);
    assert_true(ui_app_discussing(app));
    assert_true(ui_app_wait_ms(app) > 0);
    assert_true(ui_app_wait_ms(app) <= 1000);
    assert_false(has_action(app, UI_ACT_CHOOSE)); /* options are text, not buttons */
    size_t before = session_history_count(ui_app_session(app));
    press(app, SDLK_1);
    assert_false(ui_app_choose(app, 0));
    assert_int_equal(session_history_count(ui_app_session(app)), before);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PLAY);

    /* The countdown redraws once a second; at zero the vote opens by itself. */
    app->discussion_end = SDL_GetTicks64() + 1500;
    assert_true(ui_app_tick(app));
    assert_false(ui_app_tick(app)); /* the same second: nothing to draw */
    assert_true(ui_test_view_has_text(app, "0:02"));
    app->discussion_end = SDL_GetTicks64();
    assert_true(ui_app_tick(app));
    assert_false(ui_app_discussing(app));
    assert_int_equal(ui_app_wait_ms(app), -1);
    app->discussing = true; /* again, to end it by key */
    press(app, SDLK_s); /* Start stemmen */
    assert_false(ui_app_discussing(app));
    assert_true(has_action(app, UI_ACT_VOTE_ADD));
    for (int i = 0; i < 3; i++) {
        press_mod(app, SDLK_1, KMOD_LCTRL);
    }
    press_mod(app, SDLK_2, KMOD_LCTRL);
    press_mod(app, SDLK_2, KMOD_LCTRL);
    press_mod(app, SDLK_2, KMOD_LCTRL | KMOD_LSHIFT);
    press_mod(app, SDLK_1, KMOD_LCTRL | KMOD_LSHIFT);
    assert_int_equal(session_history_count(ui_app_session(app)), before); /* counting is no answer */
    press(app, SDLK_1); /* the group's choice */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
    char votes[256];
    votes_in_db(attempt, votes, sizeof votes);
    assert_string_equal(votes, "1:1=2 1:2=1 "); /* option_index is 1-based */

    /* The rest without votes, to the debrief. */
    for (int i = 0; i < 60 && ui_app_screen(app) != UI_SCREEN_DEBRIEF; i++) {
        if (ui_app_discussing(app)) {
            press(app, SDLK_RETURN);
        }
        press(app, SDLK_1);
    }
    assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
    assert_true(ui_test_view_has_text(app, "Hoe de groep stemde"));
    assert_true(ui_test_view_has_text(app, "2 \xc3\x97 "));
    assert_true(ui_test_view_has_text(app, "(gekozen"));
    assert_true(ui_test_view_has_text(app, "beste keuze)"));
    UiMetrics *m = &app->m;
    assert_int_equal(ui_test_check_layout(ui_app_view(app), m, "groep debrief"), 0);
    ui_app_free(app);
    records_close(r);
}

/* Groep on a projector: each decision, its vote and its feedback get the largest text at which
 * they need no scrolling, between the learner's setting and half as large again; only when
 * even the setting does not fit does the screen scroll. Checked over a whole case at
 * 1920x1080, where every vote (the options and their counters) must fit. */
static void check_fitted(UiApp *app, const char *what, int asked, int floor, int *fitted_above_floor)
{
    UiView *v = ui_app_view(app);
    int pct = app->m.font_pct;
    if (pct < floor || pct > asked) {
        fail_msg("%s: text at %d%%, outside %d..%d%%", what, pct, floor, asked);
    }
    if (ui_view_scroll_max(v) > 0 && pct != floor) {
        fail_msg("%s: scrolls at %d%% although it may go down to %d%%", what, pct, floor);
    }
    if (pct > floor) {
        (*fitted_above_floor)++;
    }
}

static void test_groep_fits_the_screen(void **state)
{
    (void)state;
    UiApp *app = app_with(NULL, NULL, 100, 1920, 1080);
    ui_app_open(app, ui_test_load("pieter-en-suzan"));
    press(app, SDLK_3);
    assert_int_equal(attempt_mode(ui_app_attempt(app)), MODE_GROEP);
    int decisions = 0, above = 0;
    while (to_decision(app) > 1) {
        assert_true(ui_app_discussing(app));
        check_fitted(app, "discussion", 150, 100, &above);
        /* The scale found holds while the countdown ticks. */
        int pct = app->m.font_pct;
        app->discussion_end = SDL_GetTicks64() + 1500;
        ui_app_tick(app);
        ui_app_view(app);
        assert_int_equal(app->m.font_pct, pct);
        press(app, SDLK_s);
        check_fitted(app, "vote", 150, 100, &above);
        assert_int_equal(ui_view_scroll_max(ui_app_view(app)), 0);
        press(app, SDLK_1);
        assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
        check_fitted(app, "feedback", 150, 100, &above);
        press(app, SDLK_RETURN);
        decisions++;
    }
    assert_true(decisions >= 5);
    assert_true(above > 0); /* the large text is used where it fits */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
    check_fitted(app, "debrief", 150, 100, &above);
    ui_app_free(app);

    /* A short decision: larger than the setting, and its vote the whole 150%. */
    app = app_with(NULL, NULL, 100, 1920, 1080);
    ui_app_open(app, ui_test_load(MINIMAL));
    press(app, SDLK_3);
    assert_true(to_decision(app) > 1);
    ui_app_view(app);
    assert_true(app->m.font_pct > 100);
    press(app, SDLK_s);
    ui_app_view(app);
    assert_int_equal(app->m.font_pct, 150);
    ui_app_free(app);

    /* Never below the learner's own setting: at 200% on a netbook the text stays 200%. */
    app = app_with(NULL, NULL, 200, 1024, 600);
    ui_app_open(app, ui_test_load("pieter-en-suzan"));
    press(app, SDLK_3);
    assert_true(to_decision(app) > 1);
    ui_app_view(app);
    assert_int_equal(app->m.font_pct, 200);
    ui_app_free(app);
}

/* Groep after a crash: the votes counted before the window closed are read back from the
 * records and shown in the debrief of the resumed case. */
static void test_groep_votes_survive_a_resume(void **state)
{
    (void)state;
    Records *r = open_db();
    UiApp *app = app_with(r, "Trainer hervat", 100, 1280, 720);
    ui_app_open(app, ui_test_load(MINIMAL));
    press(app, SDLK_3);
    assert_int_equal(attempt_mode(ui_app_attempt(app)), MODE_GROEP);
    assert_true(to_decision(app) > 1);
    press(app, SDLK_s);
    for (int i = 0; i < 7; i++) {
        press_mod(app, SDLK_1, KMOD_LCTRL);
    }
    press_mod(app, SDLK_2, KMOD_LCTRL);
    press(app, SDLK_1); /* the group's choice, recorded with its votes */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
    ui_app_free(app); /* the window is gone, the case unfinished */

    app = app_with(r, "Trainer hervat", 100, 1280, 720);
    ui_app_open(app, ui_test_load(MINIMAL));
    assert_int_equal(ui_app_screen(app), UI_SCREEN_RESUME);
    press(app, SDLK_1); /* resume */
    assert_int_equal(attempt_mode(ui_app_attempt(app)), MODE_GROEP);
    for (int i = 0; i < 60 && ui_app_screen(app) != UI_SCREEN_DEBRIEF; i++) {
        if (ui_app_discussing(app)) {
            press(app, SDLK_RETURN);
        }
        press(app, SDLK_1);
    }
    assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
    assert_true(ui_test_view_has_text(app, "Hoe de groep stemde"));
    assert_true(ui_test_view_has_text(app, "7 \xc3\x97 "));
    assert_true(ui_test_view_has_text(app, "1 \xc3\x97 "));
    ui_app_free(app);
    records_close(r);
}

static bool count_attempts(const RecordsAttempt *a, void *user)
{
    (void)a;
    (*(int *)user)++;
    return true;
}

/* Voorlichting: page by page with the presenter's keys, the case's best path on the step pages,
 * nothing recorded. */
static void test_voorlichting_pages(void **state)
{
    (void)state;
    Records *r = open_db();
    MsError err;
    ms_error_clear(&err);
    int before = 0, after = 0;
    assert_int_equal(records_attempt_each(r, NULL, false, count_attempts, &before, &err),
                     MS_OK);
    UiApp *app = app_with(r, "Voorlichter", 100, 1280, 720);
    ui_app_open(app, ui_test_load(MINIMAL));
    if (ui_app_screen(app) == UI_SCREEN_RESUME) {
        press(app, SDLK_2);
    }
    press(app, SDLK_4);
    assert_int_equal(ui_app_screen(app), UI_SCREEN_PRESENT);
    assert_int_equal(ui_app_page(app), 0);
    assert_true(ui_test_view_has_text(app, "Signalen in kaart brengen"));
    press(app, SDLK_RIGHT);
    assert_int_equal(ui_app_page(app), 1);
    /* Step 1 of the minimal case: the best option of its decision is shown as the school's move. */
    assert_true(ui_test_view_has_text(app, "Wat de school het best doet:"));
    press(app, SDLK_PAGEDOWN);
    press(app, SDLK_SPACE);
    assert_int_equal(ui_app_page(app), 3);
    press(app, SDLK_LEFT);
    press(app, SDLK_PAGEUP);
    assert_int_equal(ui_app_page(app), 1);
    for (int i = 0; i < 10; i++) {
        press(app, SDLK_RIGHT);
    }
    assert_int_equal(ui_app_page(app), 6); /* the last page: no further */
    assert_true(ui_test_view_has_text(app, "escalatieschema"));
    assert_true(ui_test_view_has_text(app, "Veilig Thuis"));
    press(app, SDLK_RETURN); /* "Naar het startscherm" */
    assert_int_equal(ui_app_screen(app), UI_SCREEN_MENU);
    assert_int_equal(records_attempt_each(r, NULL, false, count_attempts, &after, &err),
                     MS_OK);
    assert_int_equal(after, before);
    ui_app_free(app);
    records_close(r);
}

static const int sizes[][2] = {{1024, 600}, {1280, 720}, {1920, 1080}};

static int check(UiApp *app, const char *what, int w, int h, int pct)
{
    UiMetrics m;
    ui_metrics_compute(w, h, pct, &m);
    char name[128];
    snprintf(name, sizeof name, "%s at %dx%d %d%%", what, w, h, pct);
    return ui_test_check_layout(ui_app_view(app), &m, name);
}

static void test_start_screens_layout(void **state)
{
    (void)state;
    Records *r = open_db();
    MsError err;
    ms_error_clear(&err);
    for (int i = 0; i < 12; i++) {
        RecordsLearner l;
        assert_int_equal(records_learner_add(r, NULL, &l, &err), MS_OK);
    }
    int problems = 0, views = 0;
    for (size_t s = 0; s < 3; s++) {
        for (int pct = 100; pct <= 200; pct += 50) {
            int w = sizes[s][0], h = sizes[s][1];
            UiApp *app = app_with(r, "Een leerling met een vrij lange naam om te zien of hij past", pct, w, h);
            ui_app_show_menu(app);
            problems += check(app, "menu with learner", w, h, pct);
            ui_app_show(app, UI_SCREEN_LEARNER);
            problems += check(app, "learner", w, h, pct);
            ui_app_show(app, UI_SCREEN_NAME);
            type_text(app, "Juf Ëlla");
            problems += check(app, "name", w, h, pct);
            ui_app_show(app, UI_SCREEN_MENU);
            ui_app_open(app, ui_test_load(MINIMAL));
            assert_int_equal(ui_app_screen(app), UI_SCREEN_MODE);
            problems += check(app, "mode", w, h, pct);
            press(app, SDLK_1);
            to_decision(app);
            press(app, SDLK_1);
            problems += check(app, "feedback with Terug", w, h, pct);
            ui_app_free(app);
            app = app_with(r, "Een leerling met een vrij lange naam om te zien of hij past", pct, w, h);
            ui_app_open(app, ui_test_load(MINIMAL));
            assert_int_equal(ui_app_screen(app), UI_SCREEN_RESUME);
            problems += check(app, "resume", w, h, pct);
            press(app, SDLK_2);
            ui_app_free(app);
            views += 6;
            /* Groep, with its larger text: the discussion, the vote and the feedback. */
            app = app_with(NULL, NULL, pct, w, h);
            ui_app_open(app, ui_test_load(MINIMAL));
            press(app, SDLK_3);
            to_decision(app);
            assert_true(ui_app_discussing(app));
            problems += ui_test_check_layout(ui_app_view(app), &app->m, "groep discussion");
            press(app, SDLK_s);
            press_mod(app, SDLK_2, KMOD_LCTRL);
            problems += ui_test_check_layout(ui_app_view(app), &app->m, "groep vote");
            press(app, SDLK_2);
            problems += ui_test_check_layout(ui_app_view(app), &app->m, "groep feedback");
            ui_app_free(app);
            views += 3;
            /* Voorlichting: every page. */
            app = app_with(NULL, NULL, pct, w, h);
            ui_app_open(app, ui_test_load(MINIMAL));
            press(app, SDLK_4);
            assert_int_equal(ui_app_screen(app), UI_SCREEN_PRESENT);
            for (int page = 0; page < 7; page++) {
                assert_true(ui_app_set_page(app, page));
                char what[64];
                snprintf(what, sizeof what, "voorlichting page %d", page + 1);
                problems += ui_test_check_layout(ui_app_view(app), &app->m, what);
                views++;
            }
            ui_app_free(app);
        }
    }
    fprintf(stderr, "checked %d views\n", views);
    assert_int_equal(problems, 0);
    records_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oefenen_records_back_and_resume),
        cmocka_unit_test(test_toets_no_feedback_no_back),
        cmocka_unit_test(test_new_learner_by_keyboard),
        cmocka_unit_test(test_groep_pause_votes_debrief),
        cmocka_unit_test(test_groep_fits_the_screen),
        cmocka_unit_test(test_groep_votes_survive_a_resume),
        cmocka_unit_test(test_voorlichting_pages),
        cmocka_unit_test(test_start_screens_layout),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
