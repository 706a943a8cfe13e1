/*
 * ui_format.c: placeholder substitution for string-table templates.
 */
#include "ui_format.h"

#include <stdbool.h>
#include <string.h>

static void put(char *out, size_t size, size_t *j, const char *s, size_t len)
{
    for (size_t k = 0; k < len && *j + 1 < size; k++) {
        out[(*j)++] = s[k];
    }
}

char *ui_format(char *out, size_t size, const char *tmpl, const UiFormatArg *args, size_t n)
{
    if (size == 0) {
        return out;
    }
    size_t j = 0;
    const char *p = tmpl;
    while (*p != '\0') {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        bool matched = false;
        if (close != NULL) {
            size_t len = (size_t)(close - p - 1);
            for (size_t i = 0; i < n; i++) {
                if (strlen(args[i].name) == len && strncmp(p + 1, args[i].name, len) == 0) {
                    put(out, size, &j, args[i].value, strlen(args[i].value));
                    p = close + 1;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched) {
            put(out, size, &j, p, 1);
            p++;
        }
    }
    out[j] = '\0';
    return out;
}
