/*
 * ui_say.h: what the window says aloud, as a list of utterances.
 * An utterance is plain text in one language; the list is built from the
 * same string tables and scenario texts as the screen (ui_say_screen.c) and
 * spoken by the voice (ui_voice.c). Keeping "what" apart from "how" lets the
 * tests check every word without a sound card.
 */
#ifndef UI_SAY_H
#define UI_SAY_H

#include <stdbool.h>
#include <stddef.h>

#include "ms_text.h"

typedef struct UiUtterance {
    MsLang lang;
    char *text; /* plain UTF-8, owned by the list */
} UiUtterance;

typedef struct UiSayList {
    UiUtterance *items;
    size_t count, cap;
} UiSayList;

void ui_say_list_init(UiSayList *l);
void ui_say_list_clear(UiSayList *l); /* empties; keeps the memory */
void ui_say_list_free(UiSayList *l);
/* Appends markup as speech: markers removed, lines joined, spaces collapsed. Empty text adds
 * nothing. False only when out of memory. */
bool ui_say_add(UiSayList *l, MsLang lang, const char *markup);
/* Appends every utterance of src. */
bool ui_say_append(UiSayList *dst, const UiSayList *src);
/* Plain speech text of markup into dst (always NUL-terminated). */
void ui_say_clean(const char *markup, char *dst, size_t cap);

#endif
