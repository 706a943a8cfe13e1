/*
 * arena.c: chunks of at least 64 KB, handed out front to back.
 * A request larger than a chunk gets a chunk of its own.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (64u * 1024u)

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t used;
    size_t size;
    alignas(max_align_t) unsigned char data[];
} ArenaChunk;

struct Arena {
    ArenaChunk *head;
    size_t bytes;
};

Arena *arena_create(void)
{
    return calloc(1, sizeof(Arena));
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) / align * align;
    if (size == 0)
        size = align;
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t chunk = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        c = malloc(sizeof(ArenaChunk) + chunk);
        if (!c)
            return NULL;
        c->size = chunk;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    a->bytes += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

size_t arena_bytes(const Arena *a)
{
    return a->bytes;
}
