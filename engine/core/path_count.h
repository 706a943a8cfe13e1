/*
 * path_count.h: exact path counts of any size. A count stays a plain 64-bit
 * number until an addition overflows, and only then becomes a GMP integer,
 * so the shipped cases never allocate while a pack with 9^20000 paths is
 * still counted exactly.
 */
#ifndef PATH_COUNT_H
#define PATH_COUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PathCount {
    uint64_t small; /* the value while big is NULL */
    void *big;      /* an mpz_t once the value passed 2^64 - 1 */
} PathCount;

void path_count_set(PathCount *c, uint64_t v);
bool path_count_add(PathCount *dst, const PathCount *src); /* false on out of memory */
bool path_count_is_zero(const PathCount *c);
int path_count_cmp(const PathCount *a, const PathCount *b);
/* Decimal digits into a malloc'ed string (caller frees); NULL on out of memory. */
char *path_count_string(const PathCount *c);
/* The value as a double (may be inf for huge counts), for JSON and rates. */
double path_count_double(const PathCount *c);
void path_count_free(PathCount *c); /* back to zero; fine on a zero count */
/* 64-bit words the value takes (1 while small): what one addition of it costs. */
size_t path_count_words(const PathCount *c);

#endif
