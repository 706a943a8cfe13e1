/*
 * ui_espeak.h: eSpeak NG, opened on demand with dlopen, synthesising into a sink.
 * eSpeak NG keeps one state per process, so this module holds it (the one
 * process-wide state in the player) and only one thread may use it at a time:
 * the voice's thread in the window, the calling thread in `meldsim speak` and
 * in the tests.
 */
#ifndef UI_ESPEAK_H
#define UI_ESPEAK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ms_error.h"
#include "ms_text.h"

/* Receives sound as it is made; returns false to stop the utterance. */
typedef bool (*UiEspeakSink)(void *user, const int16_t *samples, size_t count);

/* Opens and initialises eSpeak NG (once); the sample rate in Hz, or 0 with err set. */
int ui_espeak_open(MsError *err);
/* Speaks text in lang's voice at rate words per minute into sink. voice (when not NULL) gets
 * eSpeak NG's identifier of the voice it used. */
MsStatus ui_espeak_speak(MsLang lang, int rate, const char *text, UiEspeakSink sink, void *user, char *voice,
                         size_t voice_cap, MsError *err);
/* Frees eSpeak NG's state; after this it cannot be opened again. */
void ui_espeak_close(void);

#endif
