/*
 * ms_text.h: languages and localised text.
 * One mechanism for every string a learner sees, in the UI string table and in
 * scenarios alike: a text holds one string per language, Dutch first.
 */
#ifndef MS_TEXT_H
#define MS_TEXT_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { MS_LANG_NL, MS_LANG_EN, MS_LANG_COUNT } MsLang;

typedef struct MsText {
    const char
        *s[MS_LANG_COUNT]; /* NULL where that language is missing; owned by whoever loaded it */
    bool blank[MS_LANG_COUNT]; /* the author wrote "" for that language (s stays NULL) */
} MsText;

/* The string in lang, else in fallback, else any language, else "". Never NULL. */
const char *ms_text_get(const MsText *t, MsLang lang, MsLang fallback);
bool ms_text_has(const MsText *t, MsLang lang);
bool ms_text_empty(const MsText *t);
/* What is wrong where t has nothing in lang, as "FIELD is an empty string in en" (the author
 * wrote "") or "FIELD has no en text" (the author wrote nothing); into buf, which it returns. */
const char *ms_text_gap(const MsText *t, MsLang lang, const char *field, char *buf, size_t size);
/* "nl" or "en"; ms_lang_parse returns false for an unknown code. */
const char *ms_lang_code(MsLang lang);
bool ms_lang_parse(const char *code, MsLang *out);

#endif
