/*
 * ui_format.h: fills {name} placeholders in string-table templates.
 * Templates come from data, so printf formats are never built from them.
 */
#ifndef UI_FORMAT_H
#define UI_FORMAT_H

#include <stddef.h>

typedef struct UiFormatArg {
    const char *name;  /* without braces */
    const char *value;
} UiFormatArg;

/* Writes tmpl with every {name} replaced into out (always NUL-terminated, truncated to size).
 * An unknown placeholder is copied as it is. Returns out. */
char *ui_format(char *out, size_t size, const char *tmpl, const UiFormatArg *args, size_t n);

#endif
