/*
 * ui_voice.h: how the window speaks: eSpeak NG on a thread of its own.
 * The library is opened with dlopen at the first utterance, never at start-up
 * (it pulls in PulseAudio and some twenty libraries), and its sound goes out
 * through SDL's audio queue, so a new utterance list cancels the old one at
 * once. Nothing here blocks the caller: ui_voice_say only hands a copy over.
 */
#ifndef UI_VOICE_H
#define UI_VOICE_H

#include <stddef.h>
#include <stdint.h>

#include "ms_error.h"
#include "ui_say.h"

typedef struct UiVoice UiVoice;

/* Starts the speaking thread (eSpeak NG and the sound device open on it later). NULL when out of
 * memory or when no thread can be made. Caller frees with ui_voice_free, before SDL_Quit. */
UiVoice *ui_voice_create(void);
void ui_voice_free(UiVoice *v);
/* Stops what is being said and says list instead, at rate words per minute. An empty list is
 * silence. */
void ui_voice_say(UiVoice *v, const UiSayList *list, int rate);
/* True while utterances wait or sound is queued (for tests). */
bool ui_voice_busy(UiVoice *v);

typedef struct UiVoiceAudio {
    int16_t *samples; /* mono, owned; free with ui_voice_audio_free */
    size_t count, cap;
    int sample_rate;
    char voice[64]; /* eSpeak NG's identifier of the voice used, e.g. "gmw/nl" */
} UiVoiceAudio;

/* Synthesises text on the calling thread and appends it to *audio (zeroed the first time).
 * Not while a UiVoice speaks: eSpeak NG keeps one state per process. */
MsStatus ui_voice_synth(MsLang lang, int rate, const char *text, UiVoiceAudio *audio, MsError *err);
/* Appends ms milliseconds of silence. */
void ui_voice_pause(UiVoiceAudio *audio, int ms);
void ui_voice_audio_free(UiVoiceAudio *audio);
/* Writes the audio as a 16-bit mono WAV file. */
MsStatus ui_voice_write_wav(const char *path, const UiVoiceAudio *audio, MsError *err);

#endif
