/*
 * strmap.c: linear probing at a load factor of at most one half; the table
 * doubles and rehashes when it fills. Nothing is ever removed.
 */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

typedef struct Slot {
    const char *key; /* NULL: empty */
    uint64_t hash;
    size_t value;
} Slot;

struct StrMap {
    Slot *slots;
    size_t cap; /* a power of two */
    size_t count;
    Arena *keys;
};

static uint64_t hash_of(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

StrMap *strmap_create(void)
{
    StrMap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = 64;
    m->slots = calloc(m->cap, sizeof *m->slots);
    m->keys = arena_create();
    if (!m->slots || !m->keys) {
        strmap_free(m);
        return NULL;
    }
    return m;
}

void strmap_free(StrMap *m)
{
    if (!m)
        return;
    free(m->slots);
    arena_free(m->keys);
    free(m);
}

static Slot *find(Slot *slots, size_t cap, const char *key, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].key && (slots[i].hash != h || strcmp(slots[i].key, key) != 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

bool strmap_get(const StrMap *m, const char *key, size_t *value)
{
    Slot *s = find(m->slots, m->cap, key, hash_of(key));
    if (!s->key)
        return false;
    if (value)
        *value = s->value;
    return true;
}

static bool grow(StrMap *m)
{
    size_t cap = m->cap * 2;
    Slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *find(slots, cap, m->slots[i].key, m->slots[i].hash) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool strmap_put(StrMap *m, const char *key, size_t value, bool *added)
{
    uint64_t h = hash_of(key);
    Slot *s = find(m->slots, m->cap, key, h);
    if (s->key) {
        if (added)
            *added = false;
        return true;
    }
    if ((m->count + 1) * 2 > m->cap) {
        if (!grow(m))
            return false;
        s = find(m->slots, m->cap, key, h);
    }
    s->key = arena_strdup(m->keys, key);
    if (!s->key)
        return false;
    s->hash = h;
    s->value = value;
    m->count++;
    if (added)
        *added = true;
    return true;
}

size_t strmap_count(const StrMap *m)
{
    return m->count;
}
