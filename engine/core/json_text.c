/*
 * json_text.c: localised text from JSON; Dutch is required, English optional.
 */
#include "json_text.h"

#include <string.h>

#include "utf8.h"

bool json_text_read(const cJSON *item, Arena *arena, MsText *out, const char **why)
{
    memset(out, 0, sizeof *out);
    if (!cJSON_IsObject(item)) {
        *why = "expected an object {\"nl\": ..., \"en\": ...}";
        return false;
    }
    const cJSON *entry;
    cJSON_ArrayForEach(entry, item)
    {
        MsLang lang;
        if (!ms_lang_parse(entry->string, &lang)) {
            *why = "unknown language code (use \"nl\" or \"en\")";
            return false;
        }
        if (!cJSON_IsString(entry) || !entry->valuestring[0]) {
            *why = "each language must be a non-empty string";
            return false;
        }
        if (!utf8_valid(entry->valuestring, strlen(entry->valuestring), NULL)) {
            *why = "invalid UTF-8";
            return false;
        }
        out->s[lang] = arena_strdup(arena, entry->valuestring);
        if (!out->s[lang]) {
            *why = "out of memory";
            return false;
        }
    }
    if (!out->s[MS_LANG_NL]) {
        *why = "the Dutch (\"nl\") text is missing";
        return false;
    }
    return true;
}
