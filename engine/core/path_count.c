/*
 * path_count.c: see path_count.h. GMP does the arithmetic once a count is big.
 */
#include "path_count.h"

#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void path_count_set(PathCount *c, uint64_t v)
{
    path_count_free(c);
    c->small = v;
}

static mpz_ptr promote(PathCount *c)
{
    if (c->big)
        return c->big;
    mpz_ptr z = malloc(sizeof(__mpz_struct));
    if (!z)
        return NULL;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof c->small, 0, 0, &c->small);
    c->big = z;
    return z;
}

bool path_count_add(PathCount *dst, const PathCount *src)
{
    if (!dst->big && !src->big) {
        uint64_t sum;
        if (!__builtin_add_overflow(dst->small, src->small, &sum)) {
            dst->small = sum;
            return true;
        }
    }
    mpz_ptr d = promote(dst);
    if (!d)
        return false;
    if (src->big)
        mpz_add(d, d, (mpz_srcptr)src->big);
    else {
        mpz_t s;
        mpz_init(s);
        mpz_import(s, 1, 1, sizeof src->small, 0, 0, &src->small);
        mpz_add(d, d, s);
        mpz_clear(s);
    }
    return true;
}

bool path_count_is_zero(const PathCount *c)
{
    return c->big ? mpz_sgn((mpz_srcptr)c->big) == 0 : c->small == 0;
}

int path_count_cmp(const PathCount *a, const PathCount *b)
{
    if (!a->big && !b->big)
        return a->small < b->small ? -1 : a->small > b->small;
    PathCount x = *a, y = *b;
    mpz_t za, zb;
    mpz_init(za);
    mpz_init(zb);
    if (x.big)
        mpz_set(za, x.big);
    else
        mpz_import(za, 1, 1, sizeof x.small, 0, 0, &x.small);
    if (y.big)
        mpz_set(zb, y.big);
    else
        mpz_import(zb, 1, 1, sizeof y.small, 0, 0, &y.small);
    int r = mpz_cmp(za, zb);
    mpz_clear(za);
    mpz_clear(zb);
    return r < 0 ? -1 : r > 0;
}

char *path_count_string(const PathCount *c)
{
    if (!c->big) {
        char *s = malloc(24);
        if (s)
            snprintf(s, 24, "%llu", (unsigned long long)c->small);
        return s;
    }
    char *s = malloc(mpz_sizeinbase((mpz_srcptr)c->big, 10) + 2);
    return s ? mpz_get_str(s, 10, (mpz_srcptr)c->big) : NULL;
}

double path_count_double(const PathCount *c)
{
    return c->big ? mpz_get_d((mpz_srcptr)c->big) : (double)c->small;
}

void path_count_free(PathCount *c)
{
    if (c->big) {
        mpz_clear(c->big);
        free(c->big);
    }
    c->big = NULL;
    c->small = 0;
}

size_t path_count_words(const PathCount *c)
{
    if (!c->big)
        return 1;
    size_t n = mpz_size((mpz_srcptr)c->big);
    return n ? n : 1;
}
