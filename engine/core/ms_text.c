/*
 * ms_text.c: choosing the string of a localised text.
 */
#include "ms_text.h"

#include <stdio.h>
#include <string.h>

static const char *const lang_codes[MS_LANG_COUNT] = {"nl", "en"};

const char *ms_text_get(const MsText *t, MsLang lang, MsLang fallback)
{
    if (!t)
        return "";
    if (lang < MS_LANG_COUNT && t->s[lang])
        return t->s[lang];
    if (fallback < MS_LANG_COUNT && t->s[fallback])
        return t->s[fallback];
    for (int i = 0; i < MS_LANG_COUNT; i++)
        if (t->s[i])
            return t->s[i];
    return "";
}

bool ms_text_has(const MsText *t, MsLang lang)
{
    return t && lang < MS_LANG_COUNT && t->s[lang] && t->s[lang][0];
}

bool ms_text_empty(const MsText *t)
{
    for (int i = 0; i < MS_LANG_COUNT; i++)
        if (ms_text_has(t, (MsLang)i))
            return false;
    return true;
}

const char *ms_text_gap(const MsText *t, MsLang lang, const char *field, char *buf, size_t size)
{
    if (!buf || !size)
        return "";
    const char *code = ms_lang_code(lang);
    if (t && lang < MS_LANG_COUNT && t->blank[lang])
        snprintf(buf, size, "%s is an empty string in %s", field, code);
    else
        snprintf(buf, size, "%s has no %s text", field, code);
    return buf;
}

const char *ms_lang_code(MsLang lang)
{
    return lang < MS_LANG_COUNT ? lang_codes[lang] : "?";
}

bool ms_lang_parse(const char *code, MsLang *out)
{
    for (int i = 0; i < MS_LANG_COUNT; i++) {
        if (code && strcmp(code, lang_codes[i]) == 0) {
            *out = (MsLang)i;
            return true;
        }
    }
    return false;
}
