/*
 * strings.h: the string table for everything a learner sees outside a case.
 * Files assets/strings/<part>.json hold { "key": { "nl": "...", "en": "..." } };
 * C code only ever names keys. A missing key shows as the key itself, so a gap
 * is visible on screen and caught by the tests rather than crashing.
 */
#ifndef MS_STRINGS_H
#define MS_STRINGS_H

#include <stddef.h>

#include "ms_error.h"
#include "ms_text.h"

typedef struct Strings Strings;

Strings *strings_create(void); /* empty table; caller frees with strings_free */
void strings_free(Strings *st);
/* Adds the entries of one JSON file (text, length); a key defined twice is an error. */
MsStatus strings_add_json(Strings *st, const char *json, size_t len, const char *source,
                          MsError *err);
/* Loads the JSON files in /assets/strings through the vfs (vfs_init first). Caller frees. */
MsStatus strings_load(Strings **out, MsError *err);
/* The text for key in lang (falling back to Dutch); the key itself when missing. */
const char *strings_get(const Strings *st, const char *key, MsLang lang);
const MsText *strings_text(const Strings *st, const char *key); /* NULL when missing */
/* Copies tmpl into out replacing {1}, {2}, {3} with the arguments (NULL: empty). */
const char *strings_fill(const char *tmpl, const char *a1, const char *a2, const char *a3,
                         char *out, size_t cap);
size_t strings_count(const Strings *st);
const char *strings_key(const Strings *st, size_t index);

#endif
