/*
 * ui_voice.c: the speaking thread, and speech into a buffer or a WAV file.
 * The thread takes one utterance at a time from a queue and synthesises it
 * into SDL's audio queue; the queue plays it while the next is being made.
 * A new list bumps a generation number under the lock: the synthesiser's
 * sink sees the change and stops, and what was queued for the old list is
 * cleared, so a new focus is heard within one sound chunk (0.1 s).
 */
#include "ui_voice.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "ui_espeak.h"

struct UiVoice {
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    UiSayList queue;
    size_t next;    /* the first utterance of queue not yet spoken */
    int rate;
    unsigned gen;   /* bumped by every ui_voice_say */
    bool quit;
    bool speaking;  /* the thread is inside an utterance */
    SDL_AudioDeviceID dev;
    bool failed;    /* no eSpeak NG or no sound: said once on stderr, then silence */
};

typedef struct Chunk {
    UiVoice *v;
    unsigned gen;
} Chunk;

static bool play_chunk(void *user, const int16_t *samples, size_t count)
{
    Chunk *c = user;
    SDL_LockMutex(c->v->lock);
    bool current = c->gen == c->v->gen && !c->v->quit;
    if (current && c->v->dev != 0) {
        SDL_QueueAudio(c->v->dev, samples, (Uint32)(count * sizeof *samples));
    }
    SDL_UnlockMutex(c->v->lock);
    return current;
}

/* On the thread: eSpeak NG and the sound device, the first time there is something to say. */
static bool start_sound(UiVoice *v)
{
    if (v->dev != 0 || v->failed) {
        return v->dev != 0;
    }
    MsError err;
    ms_error_clear(&err);
    int rate = ui_espeak_open(&err);
    if (rate == 0) {
        fprintf(stderr, "meldsim: speech is not available: %s\n", err.message);
        v->failed = true;
        return false;
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        fprintf(stderr, "meldsim: speech: no sound: %s\n", SDL_GetError());
        v->failed = true;
        return false;
    }
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (dev == 0) {
        fprintf(stderr, "meldsim: speech: cannot open a sound device: %s\n", SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        v->failed = true;
        return false;
    }
    SDL_PauseAudioDevice(dev, 0);
    SDL_LockMutex(v->lock);
    v->dev = dev;
    SDL_UnlockMutex(v->lock);
    return true;
}

static int run(void *data)
{
    UiVoice *v = data;
    SDL_LockMutex(v->lock);
    for (;;) {
        while (!v->quit && v->next >= v->queue.count) {
            SDL_CondWait(v->wake, v->lock);
        }
        if (v->quit) {
            break;
        }
        UiUtterance u = v->queue.items[v->next];
        char *text = strdup(u.text);
        v->next++;
        Chunk chunk = {v, v->gen};
        int rate = v->rate;
        v->speaking = true;
        SDL_UnlockMutex(v->lock);
        if (text != NULL && start_sound(v)) {
            MsError err;
            ms_error_clear(&err);
            if (ui_espeak_speak(u.lang, rate, text, play_chunk, &chunk, NULL, 0, &err) != MS_OK) {
                fprintf(stderr, "meldsim: speech: %s\n", err.message);
            }
        }
        free(text);
        SDL_LockMutex(v->lock);
        v->speaking = false;
    }
    SDL_UnlockMutex(v->lock);
    if (v->dev != 0) {
        SDL_CloseAudioDevice(v->dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    ui_espeak_close();
    return 0;
}

UiVoice *ui_voice_create(void)
{
    UiVoice *v = calloc(1, sizeof *v);
    if (v == NULL) {
        return NULL;
    }
    ui_say_list_init(&v->queue);
    v->lock = SDL_CreateMutex();
    v->wake = SDL_CreateCond();
    v->rate = 175;
    v->thread = v->lock != NULL && v->wake != NULL ? SDL_CreateThread(run, "meldsim-voice", v) : NULL;
    if (v->thread == NULL) {
        ui_voice_free(v);
        return NULL;
    }
    return v;
}

void ui_voice_free(UiVoice *v)
{
    if (v == NULL) {
        return;
    }
    if (v->thread != NULL) {
        SDL_LockMutex(v->lock);
        v->quit = true;
        v->gen++;
        SDL_CondSignal(v->wake);
        SDL_UnlockMutex(v->lock);
        SDL_WaitThread(v->thread, NULL);
    }
    ui_say_list_free(&v->queue);
    SDL_DestroyCond(v->wake);
    SDL_DestroyMutex(v->lock);
    free(v);
}

void ui_voice_say(UiVoice *v, const UiSayList *list, int rate)
{
    SDL_LockMutex(v->lock);
    v->gen++;
    if (v->dev != 0) {
        SDL_ClearQueuedAudio(v->dev);
    }
    ui_say_list_clear(&v->queue);
    v->next = 0;
    if (!ui_say_append(&v->queue, list)) {
        ui_say_list_clear(&v->queue);
    }
    v->rate = rate;
    SDL_CondSignal(v->wake);
    SDL_UnlockMutex(v->lock);
}

bool ui_voice_busy(UiVoice *v)
{
    SDL_LockMutex(v->lock);
    bool busy = v->speaking || v->next < v->queue.count || (v->dev != 0 && SDL_GetQueuedAudioSize(v->dev) > 0);
    SDL_UnlockMutex(v->lock);
    return busy;
}

static bool grow(UiVoiceAudio *a, size_t more)
{
    if (a->count + more <= a->cap) {
        return true;
    }
    size_t cap = a->cap ? a->cap : 65536;
    while (cap < a->count + more) {
        cap *= 2;
    }
    int16_t *n = realloc(a->samples, cap * sizeof *n);
    if (n == NULL) {
        return false;
    }
    a->samples = n;
    a->cap = cap;
    return true;
}

static bool keep_chunk(void *user, const int16_t *samples, size_t count)
{
    UiVoiceAudio *a = user;
    if (!grow(a, count)) {
        return false;
    }
    memcpy(a->samples + a->count, samples, count * sizeof *samples);
    a->count += count;
    return true;
}

MsStatus ui_voice_synth(MsLang lang, int rate, const char *text, UiVoiceAudio *audio, MsError *err)
{
    int sr = ui_espeak_open(err);
    if (sr == 0) {
        return MS_ERR_INTERNAL;
    }
    audio->sample_rate = sr;
    return ui_espeak_speak(lang, rate, text, keep_chunk, audio, audio->voice, sizeof audio->voice, err);
}

void ui_voice_pause(UiVoiceAudio *audio, int ms)
{
    size_t n = (size_t)audio->sample_rate * (size_t)ms / 1000;
    if (n > 0 && grow(audio, n)) {
        memset(audio->samples + audio->count, 0, n * sizeof *audio->samples);
        audio->count += n;
    }
}

void ui_voice_audio_free(UiVoiceAudio *audio)
{
    free(audio->samples);
    memset(audio, 0, sizeof *audio);
}

static void put_le(unsigned char *p, uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) {
        p[i] = (unsigned char)(v >> (8 * i));
    }
}

MsStatus ui_voice_write_wav(const char *path, const UiVoiceAudio *audio, MsError *err)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        return ms_error_set(err, MS_ERR_IO, path, 0, "cannot write: %s", strerror(errno));
    }
    uint32_t data = (uint32_t)(audio->count * 2);
    unsigned char h[44];
    memcpy(h, "RIFF", 4);
    put_le(h + 4, 36 + data, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);
    put_le(h + 20, 1, 2); /* PCM */
    put_le(h + 22, 1, 2); /* mono */
    put_le(h + 24, (uint32_t)audio->sample_rate, 4);
    put_le(h + 28, (uint32_t)audio->sample_rate * 2, 4);
    put_le(h + 32, 2, 2);
    put_le(h + 34, 16, 2);
    memcpy(h + 36, "data", 4);
    put_le(h + 40, data, 4);
    bool ok = fwrite(h, 1, sizeof h, f) == sizeof h;
    unsigned char buf[8192];
    for (size_t i = 0; ok && i < audio->count;) {
        size_t n = 0;
        for (; n + 2 <= sizeof buf && i < audio->count; i++, n += 2) {
            put_le(buf + n, (uint16_t)audio->samples[i], 2);
        }
        ok = fwrite(buf, 1, n, f) == n;
    }
    if (fclose(f) != 0 || !ok) {
        return ms_error_set(err, MS_ERR_IO, path, 0, "cannot write: %s", strerror(errno));
    }
    return MS_OK;
}
