/*
 * strbuf.h: a growing byte buffer for the text the exports and the HTML pages
 * build. Out of memory is sticky: after one failed append every later one is a
 * no-op and strbuf_failed says so, so writers check once at the end.
 */
#ifndef STRBUF_H
#define STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct StrBuf {
    char *data; /* NUL-terminated while not failed; owned, free with strbuf_free */
    size_t len;
    size_t cap;
    bool failed;
} StrBuf;

void strbuf_init(StrBuf *b);
void strbuf_free(StrBuf *b);
void strbuf_append(StrBuf *b, const char *s, size_t len);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the text to the caller (who frees it) and resets b; NULL when an append failed. */
char *strbuf_take(StrBuf *b, size_t *len);

#endif
