/*
 * ui_espeak.c: the few eSpeak NG calls the player makes, through dlsym.
 * Linking libespeak-ng would load PulseAudio, D-Bus and X11's client library
 * into every start of the window, speech on or off; dlopen costs them only to
 * the learner who turns speech on. Synthesis is synchronous (eSpeak NG's
 * AUDIO_OUTPUT_SYNCHRONOUS): the sound comes back to us in chunks, and who
 * plays it (SDL's audio queue) or keeps it (a WAV file) is the caller's choice.
 */
#include "ui_espeak.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>

#define ESPEAK_LIBRARY "libespeak-ng.so.1"
#define ESPEAK_BUFFER_MS 100

typedef struct Espeak {
    void *lib;
    bool tried, closed;
    int sample_rate;
    char why[256];
    int lang; /* the voice set, -1 none yet */
    int (*initialize)(espeak_AUDIO_OUTPUT, int, const char *, int);
    void (*set_callback)(t_espeak_callback *);
    espeak_ERROR (*set_voice)(const char *);
    espeak_ERROR (*set_parameter)(espeak_PARAMETER, int, int);
    espeak_ERROR (*synth)(const void *, size_t, unsigned int, espeak_POSITION_TYPE, unsigned int, unsigned int,
                          unsigned int *, void *);
    espeak_VOICE *(*current_voice)(void);
    espeak_ERROR (*terminate)(void);
} Espeak;

/* eSpeak NG's own state is per process; so is the handle to it. */
static Espeak es = {.lang = -1};

typedef struct Call {
    UiEspeakSink sink;
    void *user;
    bool stopped;
} Call;

static int on_sound(short *wav, int count, espeak_EVENT *events)
{
    Call *call = events != NULL ? events->user_data : NULL;
    if (call == NULL || call->stopped) {
        return 1;
    }
    if (wav != NULL && count > 0 && !call->sink(call->user, (const int16_t *)wav, (size_t)count)) {
        call->stopped = true;
        return 1;
    }
    return 0;
}

static bool bind(void **fn, const char *name)
{
    *fn = dlsym(es.lib, name);
    if (*fn == NULL) {
        snprintf(es.why, sizeof es.why, "%s has no %s", ESPEAK_LIBRARY, name);
    }
    return *fn != NULL;
}

static bool load(void)
{
    es.lib = dlopen(ESPEAK_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (es.lib == NULL) {
        const char *e = dlerror();
        snprintf(es.why, sizeof es.why, "cannot open %s (Debian package libespeak-ng1): %s", ESPEAK_LIBRARY,
                 e != NULL ? e : "not found");
        return false;
    }
    /* POSIX: a function pointer converts from dlsym's void * through an object of its type. */
    void *p[7];
    static const char *const names[7] = {"espeak_Initialize",      "espeak_SetSynthCallback", "espeak_SetVoiceByName",
                                         "espeak_SetParameter",    "espeak_Synth",            "espeak_GetCurrentVoice",
                                         "espeak_Terminate"};
    for (int i = 0; i < 7; i++) {
        if (!bind(&p[i], names[i])) {
            return false;
        }
    }
    memcpy(&es.initialize, &p[0], sizeof p[0]);
    memcpy(&es.set_callback, &p[1], sizeof p[1]);
    memcpy(&es.set_voice, &p[2], sizeof p[2]);
    memcpy(&es.set_parameter, &p[3], sizeof p[3]);
    memcpy(&es.synth, &p[4], sizeof p[4]);
    memcpy(&es.current_voice, &p[5], sizeof p[5]);
    memcpy(&es.terminate, &p[6], sizeof p[6]);
    es.sample_rate = es.initialize(AUDIO_OUTPUT_SYNCHRONOUS, ESPEAK_BUFFER_MS, NULL, espeakINITIALIZE_DONT_EXIT);
    if (es.sample_rate <= 0) {
        snprintf(es.why, sizeof es.why, "eSpeak NG cannot start: is its data (Debian package espeak-ng-data) installed?");
        es.sample_rate = 0;
        return false;
    }
    es.set_callback(on_sound);
    return true;
}

int ui_espeak_open(MsError *err)
{
    if (!es.tried && !es.closed) {
        es.tried = true;
        if (!load() && es.lib != NULL) {
            dlclose(es.lib);
            es.lib = NULL;
        }
    }
    if (es.sample_rate <= 0) {
        ms_error_set(err, MS_ERR_INTERNAL, "", 0, "%s", es.closed ? "eSpeak NG was closed" : es.why);
        return 0;
    }
    return es.sample_rate;
}

MsStatus ui_espeak_speak(MsLang lang, int rate, const char *text, UiEspeakSink sink, void *user, char *voice,
                         size_t voice_cap, MsError *err)
{
    if (ui_espeak_open(err) == 0) {
        return MS_ERR_INTERNAL;
    }
    if (es.lang != (int)lang) {
        if (es.set_voice(ms_lang_code(lang)) != EE_OK) {
            return ms_error_set(err, MS_ERR_INTERNAL, "", 0, "eSpeak NG has no voice for '%s'", ms_lang_code(lang));
        }
        es.lang = (int)lang;
    }
    es.set_parameter(espeakRATE, rate, 0);
    if (voice != NULL && voice_cap > 0) {
        const espeak_VOICE *v = es.current_voice();
        snprintf(voice, voice_cap, "%s", v != NULL && v->identifier != NULL ? v->identifier : "");
    }
    Call call = {sink, user, false};
    espeak_ERROR e = es.synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakENDPAUSE, NULL,
                              &call);
    if (e != EE_OK) {
        return ms_error_set(err, MS_ERR_INTERNAL, "", 0, "eSpeak NG could not speak (error %d)", (int)e);
    }
    return MS_OK;
}

void ui_espeak_close(void)
{
    /* The library stays mapped: eSpeak NG keeps two small allocations past espeak_Terminate, and
     * a leak checker can only name them (and the suppression match them) while it is. */
    if (es.lib != NULL && es.sample_rate > 0) {
        es.terminate();
    }
    es.sample_rate = 0;
    es.closed = es.tried;
    es.lang = -1;
}
