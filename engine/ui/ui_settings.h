/*
 * ui_settings.h: the learner's display settings, kept between sessions.
 * A small JSON file, settings.json, in the user's data folder; a missing or
 * damaged file gives the defaults, never an error the learner has to solve.
 */
#ifndef UI_SETTINGS_H
#define UI_SETTINGS_H

#include <stdbool.h>

#include "ms_error.h"
#include "ms_text.h"

typedef enum {
    UI_TYPEFACE_LATO,     /* the default */
    UI_TYPEFACE_DYSLEXIC, /* OpenDyslexic, with wider line spacing */
    UI_TYPEFACE_COUNT
} UiTypeface;

#define UI_SPEECH_RATE_DEFAULT 175 /* words per minute, eSpeak NG's own default */
#define UI_SPEECH_RATE_MIN 80
#define UI_SPEECH_RATE_MAX 450

typedef struct UiSettings {
    int font_pct;       /* 100..200 */
    bool high_contrast;
    MsLang lang;
    UiTypeface typeface;
    bool speech;     /* the window reads the screen aloud */
    int speech_rate; /* words per minute; 0: UI_SPEECH_RATE_DEFAULT */
} UiSettings;

#define UI_SETTINGS_FILE "settings.json"

void ui_settings_default(UiSettings *out, MsLang lang);
/* The rate to speak at: s->speech_rate, or the default when it is 0 or out of range. */
int ui_settings_speech_rate(const UiSettings *s);
/* "lato" or "opendyslexic", as in settings.json. */
const char *ui_settings_typeface_name(UiTypeface t);
/* Parses JSON text over *out; unknown or out-of-range fields are ignored. */
void ui_settings_parse(const char *json, UiSettings *out);
/* The JSON text of s into buf (NUL-terminated); false when it does not fit. */
bool ui_settings_format(const UiSettings *s, char *buf, size_t size);
/* Reads settings.json from the user's data folder over *out (vfs_init first). */
void ui_settings_load(UiSettings *out);
MsStatus ui_settings_save(const UiSettings *s, MsError *err);

#endif
