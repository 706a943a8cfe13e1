/*
 * json_text.h: reading localised text ({"nl": "...", "en": "..."}) from cJSON
 * into an arena, shared by the Meldcode data and the string tables.
 */
#ifndef JSON_TEXT_H
#define JSON_TEXT_H

#include <stdbool.h>

#include <cjson/cJSON.h>

#include "arena.h"
#include "ms_text.h"

/* False when item is not an object of language -> non-empty valid UTF-8 string,
 * or when Dutch is missing (Dutch comes first everywhere). *why says what is wrong. */
bool json_text_read(const cJSON *item, Arena *arena, MsText *out, const char **why);

#endif
