/*
 * arena.h: a bump allocator for data that lives and dies together.
 * A loaded scenario or Meldcode table is thousands of small strings and arrays
 * that are never freed one by one; an arena frees them in one call.
 */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_create(void);                                /* caller frees with arena_free */
void arena_free(Arena *a);                                /* NULL is fine */
void *arena_alloc(Arena *a, size_t size);                 /* zeroed, aligned; NULL on OOM */
char *arena_strndup(Arena *a, const char *s, size_t len); /* NUL-terminated copy */
char *arena_strdup(Arena *a, const char *s);
size_t arena_bytes(const Arena *a); /* bytes handed out */

#endif
