/*
 * strings.c: the UI string table, kept sorted by key for binary search.
 */
#include "ms_strings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "arena.h"
#include "json_text.h"
#include "vfs.h"

typedef struct StringEntry {
    const char *key;
    MsText text;
} StringEntry;

struct Strings {
    Arena *arena;
    StringEntry *entries;
    size_t count;
    size_t cap;
};

Strings *strings_create(void)
{
    Strings *st = calloc(1, sizeof *st);
    if (st && !(st->arena = arena_create())) {
        free(st);
        return NULL;
    }
    return st;
}

void strings_free(Strings *st)
{
    if (!st)
        return;
    arena_free(st->arena);
    free(st->entries);
    free(st);
}

static int entry_compare(const void *a, const void *b)
{
    return strcmp(((const StringEntry *)a)->key, ((const StringEntry *)b)->key);
}

static const StringEntry *find(const Strings *st, const char *key)
{
    StringEntry probe = {key, {{NULL}, {false}}};
    return st->count ? bsearch(&probe, st->entries, st->count, sizeof probe, entry_compare) : NULL;
}

MsStatus strings_add_json(Strings *st, const char *json, size_t len, const char *source,
                          MsError *err)
{
    MsStatus status = MS_OK;
    cJSON *root = cJSON_ParseWithLength(json, len);
    if (!cJSON_IsObject(root)) {
        status = ms_error_set(err, MS_ERR_INTERNAL, source, 0, "not a JSON object of strings");
        goto done;
    }
    const cJSON *item;
    cJSON_ArrayForEach(item, root)
    {
        const char *why = NULL;
        if (find(st, item->string)) {
            status = ms_error_set(err, MS_ERR_INTERNAL, source, 0, "'%s' is defined twice",
                                  item->string);
            goto done;
        }
        if (st->count == st->cap) {
            size_t cap = st->cap ? st->cap * 2 : 128;
            StringEntry *grown = realloc(st->entries, cap * sizeof *grown);
            if (!grown) {
                status = ms_error_set(err, MS_ERR_NOMEM, source, 0, "out of memory");
                goto done;
            }
            st->entries = grown;
            st->cap = cap;
        }
        StringEntry *e = &st->entries[st->count];
        e->key = arena_strdup(st->arena, item->string);
        if (!e->key || !json_text_read(item, st->arena, &e->text, &why)) {
            status = ms_error_set(err, MS_ERR_INTERNAL, source, 0, "'%s': %s", item->string,
                                  why ? why : "out of memory");
            goto done;
        }
        st->count++;
        qsort(st->entries, st->count, sizeof *st->entries, entry_compare);
    }
done:
    cJSON_Delete(root);
    return status;
}

MsStatus strings_load(Strings **out, MsError *err)
{
    static const char *const parts[] = {"text", "ui"};
    Strings *st = strings_create();
    if (!st)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        char path[64], name[64];
        snprintf(path, sizeof path, VFS_ASSETS "/strings/%s.json", parts[i]);
        snprintf(name, sizeof name, "assets/strings/%s.json", parts[i]);
        char *json = NULL;
        size_t len = 0;
        MsStatus status = vfs_read_file(path, VFS_FILE_MAX, &json, &len, err);
        if (status == MS_ERR_NOT_FOUND)
            continue; /* a build without the window has no ui.json */
        if (status == MS_OK)
            status = strings_add_json(st, json, len, name, err);
        free(json);
        if (status != MS_OK) {
            strings_free(st);
            return status;
        }
    }
    *out = st;
    return MS_OK;
}

const MsText *strings_text(const Strings *st, const char *key)
{
    const StringEntry *e = st ? find(st, key) : NULL;
    return e ? &e->text : NULL;
}

const char *strings_get(const Strings *st, const char *key, MsLang lang)
{
    const MsText *t = strings_text(st, key);
    return t ? ms_text_get(t, lang, MS_LANG_NL) : key;
}

size_t strings_count(const Strings *st)
{
    return st->count;
}
const char *strings_key(const Strings *st, size_t i)
{
    return i < st->count ? st->entries[i].key : NULL;
}

const char *strings_fill(const char *tmpl, const char *a1, const char *a2, const char *a3,
                         char *out, size_t cap)
{
    const char *args[3] = {a1, a2, a3};
    size_t len = 0;
    if (!cap)
        return out;
    for (const char *p = tmpl; *p && len + 1 < cap; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '3' && p[2] == '}') {
            const char *arg = args[p[1] - '1'];
            for (; arg && *arg && len + 1 < cap; arg++)
                out[len++] = *arg;
            p += 2;
        } else {
            out[len++] = *p;
        }
    }
    out[len] = '\0';
    return out;
}
