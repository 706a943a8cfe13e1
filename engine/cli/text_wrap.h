/*
 * text_wrap.h: scenario text for a terminal: markup removed, wrapped at a
 * width counted in characters (not bytes), paragraphs kept.
 */
#ifndef TEXT_WRAP_H
#define TEXT_WRAP_H

#include <stdio.h>

/* Prints text (with markup) to out, wrapped at width, each line starting with indent. */
void text_wrap_print(FILE *out, const char *text, int width, const char *indent);
/* The same with a hanging indent: the first line starts with first ("  1. "), the others
 * with as many spaces, so a numbered option wraps under its own text. */
void text_wrap_print_hanging(FILE *out, const char *text, int width, const char *first);

#endif
