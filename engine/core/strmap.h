/*
 * strmap.h: a string-keyed hash table (open addressing, FNV-1a) from a key to a
 * number, for the group report's counting over tens of thousands of statements.
 * Keys are copied into the map's own arena.
 */
#ifndef STRMAP_H
#define STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct StrMap StrMap;

StrMap *strmap_create(void); /* caller frees with strmap_free; NULL when out of memory */
void strmap_free(StrMap *m);
/* The value of key, or false when absent. */
bool strmap_get(const StrMap *m, const char *key, size_t *value);
/* Adds key with value unless present; *added says which. False when out of memory. */
bool strmap_put(StrMap *m, const char *key, size_t value, bool *added);
size_t strmap_count(const StrMap *m);

#endif
