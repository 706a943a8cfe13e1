/*
 * utf8.h: strict UTF-8 validation for text that reaches the learner.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
 * On false, *bad_offset (when not NULL) is the byte offset of the first bad sequence. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* Decodes one code point at s (valid UTF-8 assumed); returns its length in bytes. */
size_t utf8_decode(const char *s, unsigned *codepoint);
/* Number of code points in a valid UTF-8 string. */
size_t utf8_length(const char *s);

#endif
