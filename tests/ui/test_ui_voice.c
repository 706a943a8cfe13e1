/*
 * test_ui_voice.c: the window's speech without a sound card. What is said
 * (the utterance lists the app hands its voice) is checked word by word and
 * language by language: a scene, its options, the focus, the feedback and
 * the debrief, in reading order. How it sounds is checked through eSpeak NG
 * synthesising into a buffer: the right voice, and not silence.
 */
#include "ui_test_support.h"

#include <math.h>
#include <unistd.h>

#include "score.h"
#include "strategy.h"
#include "ui_app_priv.h"
#include "ui_espeak.h"
#include "ui_voice.h"

#define MINIMAL MELDSIM_FIXTURES "/valid/minimal"

typedef struct Heard {
    UiSayList last; /* the latest list handed over */
    UiSayList all;  /* every list, one after another */
    int calls;
    int empty_calls;
    int rate;
} Heard;

static void hear(void *user, const UiSayList *list, int rate)
{
    Heard *h = user;
    ui_say_list_clear(&h->last);
    assert_true(ui_say_append(&h->last, list));
    assert_true(ui_say_append(&h->all, list));
    h->calls++;
    h->empty_calls += list->count == 0;
    h->rate = rate;
}

static void heard_init(Heard *h)
{
    memset(h, 0, sizeof *h);
    ui_say_list_init(&h->last);
    ui_say_list_init(&h->all);
}

static void heard_free(Heard *h)
{
    ui_say_list_free(&h->last);
    ui_say_list_free(&h->all);
}

static UiApp *voice_app(Heard *h, MsLang lang, bool speech)
{
    UiAppConfig config = {.meldcode = ui_test_env.mc,
                          .strings = ui_test_env.st,
                          .settings = {100, false, lang, UI_TYPEFACE_LATO, speech, 0},
                          .speak = hear,
                          .speak_user = h};
    UiApp *app = NULL;
    MsError err;
    ms_error_clear(&err);
    assert_int_equal(ui_app_create(&config, &app, &err), MS_OK);
    ui_app_resize(app, 1280, 720, 1.0f);
    return app;
}

static void press(UiApp *app, SDL_Keycode sym)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    ui_app_handle_event(app, &e);
}

static const char *str(const char *key, MsLang lang)
{
    return strings_get(ui_test_env.st, key, lang);
}

/* The index of the first utterance from `from` on that equals text (or starts with it when
 * prefix), in lang; fails the test when there is none. */
static size_t find(const UiSayList *l, size_t from, const char *text, bool prefix, MsLang lang)
{
    for (size_t i = from; i < l->count; i++) {
        const char *t = l->items[i].text;
        if (prefix ? strncmp(t, text, strlen(text)) == 0 : strcmp(t, text) == 0) {
            if (l->items[i].lang != lang) {
                fail_msg("'%s' is said in %s, not %s", t, ms_lang_code(l->items[i].lang), ms_lang_code(lang));
            }
            return i;
        }
    }
    for (size_t i = 0; i < l->count; i++) {
        fprintf(stderr, "  %zu [%s] %s\n", i, ms_lang_code(l->items[i].lang), l->items[i].text);
    }
    fail_msg("'%s' is not said after utterance %zu", text, from);
    return 0;
}

static void test_clean_text(void **state)
{
    (void)state;
    char out[256];
    ui_say_clean("**Jouw route:** School \xE2\x86\x92 Zorgteam\nDaarna *niets*", out, sizeof out);
    assert_string_equal(out, "Jouw route: School, Zorgteam. Daarna niets");
    ui_say_clean("Ze zei: \xE2\x80\x98Slecht geslapen.\xE2\x80\x99\n6/10:  te   laat", out, sizeof out);
    assert_string_equal(out, "Ze zei: \xE2\x80\x98Slecht geslapen.\xE2\x80\x99 6/10: te laat");
    ui_say_clean("po \xC2\xB7 5 minuten", out, sizeof out);
    assert_string_equal(out, "po, 5 minuten");
    UiSayList l;
    ui_say_list_init(&l);
    assert_true(ui_say_add(&l, MS_LANG_NL, ""));
    assert_true(ui_say_add(&l, MS_LANG_NL, "  \n "));
    assert_int_equal(l.count, 0); /* nothing to say is not an utterance */
    ui_say_list_free(&l);
}

/* A decision: the step, the speaker, the scene, the question, every option with its number,
 * the keys; in Dutch and in English. */
static void test_scene_then_options(void **state)
{
    (void)state;
    for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
        MsLang L = (MsLang)lang;
        Heard h;
        heard_init(&h);
        UiApp *app = voice_app(&h, L, true);
        ui_app_start(app, ui_test_load(MINIMAL));
        ui_app_announce(app);
        assert_int_equal(h.calls, 1);
        const UiSayList *l = &h.last;
        size_t i = find(l, 0, L == MS_LANG_NL ? "Stap 1 van 5: Signalen in kaart brengen" : "Step 1 of 5: Map the signs",
                        false, L);
        assert_int_equal(i, 0);
        i = find(l, i + 1, L == MS_LANG_NL ? "Juf Anna" : "Miss Anna", false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "leerkracht" : "teacher", false, L);
        /* The scene's markup is not said: "*derde*" is "derde". */
        i = find(l, i + 1,
                 L == MS_LANG_NL ? "Tim heeft voor de derde keer deze maand blauwe plekken op zijn armen."
                                 : "For the third time this month Tim has bruises on his arms.",
                 false, L);
        i = find(l, i + 1, str("ui.play.question", L), false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Optie 1: Ik noteer wat ik zie, met datum." : "Option 1: I write down what I see, with the date.",
                 false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Optie 2: Ik noteer: 'vader slaat Tim'." : "Option 2: I write: 'father hits Tim'.",
                 false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Kies met de toetsen 1 tot en met 2" : "Choose with keys 1 to 2", true, L);
        assert_int_equal(i, l->count - 1);
        assert_int_equal(h.rate, UI_SPEECH_RATE_DEFAULT);
        ui_app_free(app);
        heard_free(&h);
    }
}

/* Tab says the control that has the focus now, and only that. */
static void test_focus_is_said(void **state)
{
    (void)state;
    Heard h;
    heard_init(&h);
    UiApp *app = voice_app(&h, MS_LANG_NL, true);
    ui_app_start(app, ui_test_load(MINIMAL));
    ui_app_announce(app);
    press(app, SDLK_TAB);
    assert_int_equal(h.calls, 2);
    assert_int_equal(h.last.count, 1);
    assert_string_equal(h.last.items[0].text, "Optie 2: Ik noteer: 'vader slaat Tim'.");
    press(app, SDLK_DOWN);
    assert_int_equal(h.last.count, 1);
    assert_string_equal(h.last.items[0].text, "Menu, knop"); /* after the options, the way to the menu */
    ui_app_free(app);
    heard_free(&h);
}

/* The verdict before the why, then the points; the debrief: the result, each step's score in
 * step order, the learner's route before the correct one, the way on. */
static void test_feedback_and_debrief(void **state)
{
    (void)state;
    for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
        MsLang L = (MsLang)lang;
        Heard h;
        heard_init(&h);
        UiApp *app = voice_app(&h, L, true);
        ui_app_start(app, ui_test_load(MINIMAL));
        press(app, SDLK_2); /* an interpretation, not a fact */
        assert_int_equal(ui_app_screen(app), UI_SCREEN_FEEDBACK);
        size_t i = find(&h.last, 0, str("ui.feedback.wrong", L), false, L);
        assert_int_equal(i, 0);
        i = find(&h.last, i + 1, L == MS_LANG_NL ? "Dat is een interpretatie, geen feit." : "That is an interpretation, not a fact.",
                 false, L);
        i = find(&h.last, i + 1, L == MS_LANG_NL ? "Punten bij Signalen: 0 van 2" : "Points for Signs: 0 of 2", false, L);
        uint64_t rng = 1;
        for (int k = 0; k < 50 && ui_app_screen(app) != UI_SCREEN_DEBRIEF; k++) {
            if (ui_app_screen(app) == UI_SCREEN_FEEDBACK) {
                press(app, SDLK_RETURN);
            } else {
                press(app, SDLK_1 + (SDL_Keycode)strategy_pick(ui_app_session(app), STRATEGY_BEST, &rng));
            }
        }
        assert_int_equal(ui_app_screen(app), UI_SCREEN_DEBRIEF);
        const UiSayList *l = &h.last;
        i = find(l, 0, str("ui.debrief.title", L), false, L);
        assert_int_equal(i, 0);
        i = find(l, i + 1, L == MS_LANG_NL ? "Gemeld" : "Reported", false, L);
        i = find(l, i + 1, str(app->score.passed ? "ui.debrief.passed" : "ui.debrief.failed", L), false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Je score: " : "Your score: ", true, L);
        i = find(l, i + 1, str("ui.debrief.steps", L), false, L);
        static const char *const steps[2][5] = {{"Signalen: ", "Consultatie: ", "Gesprek: ", "Wegen: ", "Beslissen: "},
                                                {"Signs: ", "Consultation: ", "Talk: ", "Weigh: ", "Decide: "}};
        for (int s = 0; s < 5; s++) {
            i = find(l, i + 1, steps[L][s], true, L);
        }
        assert_string_equal(l->items[find(l, 0, steps[L][0], true, L)].text,
                            L == MS_LANG_NL ? "Signalen: 0 van 2 punten" : "Signs: 0 of 2 points");
        i = find(l, i + 1, str("ui.debrief.critical", L), false, L);
        i = find(l, i + 1, str("ui.debrief.route", L), false, L);
        size_t yours = find(l, i + 1, str("ui.debrief.route_yours", L), true, L);
        size_t correct = find(l, yours + 1, str("ui.debrief.route_correct", L), true, L);
        assert_non_null(strstr(l->items[correct].text, "Veilig Thuis"));
        assert_non_null(strstr(l->items[correct].text, str("ui.voice.route_then", L)));
        assert_null(strstr(l->items[correct].text, "\xE2\x86\x92"));
        i = find(l, correct + 1, str("ui.debrief.ending", L), false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Veilig Thuis neemt de melding aan." : "Veilig Thuis accepts the report.", false,
                 L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Toets 1: Opnieuw spelen" : "Key 1: Play again", false, L);
        i = find(l, i + 1, L == MS_LANG_NL ? "Toets 2: Naar het startscherm" : "Key 2: Back to the start screen", false, L);
        assert_int_equal(i, l->count - 1);
        ui_app_free(app);
        heard_free(&h);
    }
}

/* Off: nothing is said. V turns it on (and says so, then the screen), V again silences it. The
 * settings screen has the same switch, and the rate goes with every list. */
static void test_speech_key_and_setting(void **state)
{
    (void)state;
    Heard h;
    heard_init(&h);
    UiApp *app = voice_app(&h, MS_LANG_NL, false);
    ui_app_start(app, ui_test_load(MINIMAL));
    ui_app_announce(app);
    press(app, SDLK_TAB);
    assert_int_equal(h.calls, 0);
    press(app, SDLK_v);
    assert_true(ui_app_settings(app)->speech);
    assert_int_equal(h.calls, 1);
    assert_string_equal(h.last.items[0].text, str("ui.voice.on", MS_LANG_NL));
    find(&h.last, 1, "Stap 1 van 5", true, MS_LANG_NL);
    press(app, SDLK_v);
    assert_false(ui_app_settings(app)->speech);
    assert_int_equal(h.calls, 2);
    assert_int_equal(h.empty_calls, 1); /* silence at once */
    press(app, SDLK_TAB);
    assert_int_equal(h.calls, 2);

    ui_app_show(app, UI_SCREEN_SETTINGS);
    UiView *v = ui_app_view(app);
    int on = -1, fast = -1;
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        const UiItem *it = ui_view_item(v, (size_t)ui_view_button_item(v, b));
        on = it->action == UI_ACT_SPEECH && it->arg == 1 ? (int)b : on;
        fast = it->action == UI_ACT_SPEECH_RATE && it->arg > UI_SPEECH_RATE_DEFAULT ? (int)b : fast;
    }
    assert_true(on >= 0 && fast >= 0);
    while (ui_app_focus(app) != on) {
        press(app, SDLK_TAB);
    }
    press(app, SDLK_RETURN);
    assert_true(ui_app_settings(app)->speech);
    find(&h.last, 0, str("ui.voice.on", MS_LANG_NL), false, MS_LANG_NL);
    find(&h.last, 1, str("ui.settings.title", MS_LANG_NL), false, MS_LANG_NL);
    while (ui_app_focus(app) != fast) {
        press(app, SDLK_TAB);
    }
    press(app, SDLK_RETURN);
    assert_true(h.rate > UI_SPEECH_RATE_DEFAULT);
    assert_int_equal(h.last.count, 1);
    assert_non_null(strstr(h.last.items[0].text, str("ui.settings.rate_fast", MS_LANG_NL)));
    assert_non_null(strstr(h.last.items[0].text, "gekozen"));
    ui_app_free(app);
    heard_free(&h);
}

/* The voice follows the text: a scene without English is said in Dutch, in a window set to
 * English, while the window's own words stay English. */
static void test_language_follows_the_text(void **state)
{
    (void)state;
    Heard h;
    heard_init(&h);
    UiApp *app = voice_app(&h, MS_LANG_EN, true);
    Scenario *sc = ui_test_load(MINIMAL);
    assert_non_null(sc);
    /* As in a case written in Dutch only. The model is read-only after load; this test alone
     * reaches past that, into memory the scenario owns. */
    ((ScenarioScene *)&sc->scenes[0])->text.s[MS_LANG_EN] = NULL;
    ui_app_start(app, sc);
    ui_app_announce(app);
    size_t i = find(&h.last, 0, "Step 1 of 5", true, MS_LANG_EN);
    i = find(&h.last, i + 1, "Tim heeft voor de derde keer", true, MS_LANG_NL);
    find(&h.last, i + 1, "What do you do?", false, MS_LANG_EN);
    ui_app_free(app);
    heard_free(&h);
}

static double rms(const UiVoiceAudio *a, size_t from, size_t to)
{
    double sum = 0;
    for (size_t i = from; i < to; i++) {
        sum += (double)a->samples[i] * a->samples[i];
    }
    return to > from ? sqrt(sum / (double)(to - from)) : 0.0;
}

/* eSpeak NG into a buffer: the scene's utterances one after another, each in its own language's
 * voice, each longer than a moment and louder than silence; silence itself measures 0. */
static void test_synthesis_is_speech(void **state)
{
    (void)state;
    for (int lang = 0; lang < MS_LANG_COUNT; lang++) {
        Heard h;
        heard_init(&h);
        UiApp *app = voice_app(&h, (MsLang)lang, true);
        ui_app_start(app, ui_test_load(MINIMAL));
        ui_app_announce(app);
        UiVoiceAudio audio;
        memset(&audio, 0, sizeof audio);
        MsError err;
        ms_error_clear(&err);
        for (size_t i = 0; i < h.last.count; i++) {
            size_t before = audio.count;
            MsStatus st = ui_voice_synth(h.last.items[i].lang, 175, h.last.items[i].text, &audio, &err);
            if (st != MS_OK) {
                fail_msg("eSpeak NG: %s", err.message);
            }
            const char *want = lang == MS_LANG_NL ? "nl" : "en";
            if (strstr(audio.voice, want) == NULL) {
                fail_msg("utterance %zu was said with voice '%s', not %s", i, audio.voice, want);
            }
            double seconds = (double)(audio.count - before) / audio.sample_rate;
            double loud = rms(&audio, before, audio.count);
            if (seconds < 0.4 || loud < 300.0) {
                fail_msg("utterance %zu ('%s'): %.2f s at RMS %.0f: silent", i, h.last.items[i].text, seconds, loud);
            }
            size_t quiet = audio.count;
            ui_voice_pause(&audio, 200);
            assert_true(audio.count > quiet);
            assert_true(rms(&audio, quiet, audio.count) == 0.0);
        }
        /* The whole scene at 175 words a minute: roughly as long as its words take. */
        size_t words = 0;
        for (size_t i = 0; i < h.last.count; i++) {
            for (const char *p = h.last.items[i].text; *p; p++) {
                words += *p == ' ';
            }
            words++;
        }
        double seconds = (double)audio.count / audio.sample_rate;
        double expected = (double)words / 175.0 * 60.0;
        if (seconds < expected * 0.5 || seconds > expected * 3.0) {
            fail_msg("%zu words took %.1f s, expected about %.1f s", words, seconds, expected);
        }
        /* A WAV of it, as `meldsim speak --out` writes. */
        char path[] = "/tmp/meldsim-voice-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        close(fd);
        assert_int_equal(ui_voice_write_wav(path, &audio, &err), MS_OK);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        fseek(f, 0, SEEK_END);
        assert_int_equal(ftell(f), (long)(44 + audio.count * 2));
        fclose(f);
        remove(path);
        ui_voice_audio_free(&audio);
        ui_app_free(app);
        heard_free(&h);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean_text),
        cmocka_unit_test(test_scene_then_options),
        cmocka_unit_test(test_focus_is_said),
        cmocka_unit_test(test_feedback_and_debrief),
        cmocka_unit_test(test_speech_key_and_setting),
        cmocka_unit_test(test_language_follows_the_text),
        cmocka_unit_test(test_synthesis_is_speech),
    };
    int rc = cmocka_run_group_tests(tests, ui_test_setup, ui_test_teardown);
    ui_espeak_close();
    return rc;
}
