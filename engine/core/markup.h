/*
 * markup.h: the small markup of scenario text.
 * `*emphasis*`, `**strong**`, `\*` for a literal asterisk; newlines pass
 * through for the presenter to lay out (an empty line is a paragraph break).
 */
#ifndef MARKUP_H
#define MARKUP_H

#include <stdbool.h>
#include <stddef.h>

enum { MARKUP_EM = 1u, MARKUP_STRONG = 2u };

/* Called for each run of text with one style; text is not NUL-terminated. */
typedef void (*MarkupVisit)(void *user, const char *text, size_t len, unsigned style);

/* False when a marker is left open; *why and *offset (when not NULL) tell what and where. */
bool markup_valid(const char *s, const char **why, size_t *offset);
/* Walks a valid text run by run. */
void markup_walk(const char *s, MarkupVisit visit, void *user);
/* The text without markers into dst (always NUL-terminated); returns the length it needs. */
size_t markup_strip(const char *s, char *dst, size_t cap);

#endif
