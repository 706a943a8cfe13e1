/*
 * text_wrap.c: greedy word wrapping over UTF-8 text.
 */
#include "text_wrap.h"

#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "utf8.h"

static size_t columns(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

static void wrap_line(FILE *out, const char *line, size_t len, int width, const char *first,
                      const char *indent)
{
    size_t col = 0, i = 0;
    bool start = true;
    fputs(first, out);
    while (i < len) {
        while (i < len && line[i] == ' ')
            i++;
        size_t w = i;
        while (w < len && line[w] != ' ')
            w++;
        if (w == i)
            break;
        size_t cols = columns(line + i, w - i);
        if (!start && col + 1 + cols > (size_t)width) {
            fputc('\n', out);
            fputs(indent, out);
            col = 0;
            start = true;
        }
        if (!start) {
            fputc(' ', out);
            col++;
        }
        fwrite(line + i, 1, w - i, out);
        col += cols;
        start = false;
        i = w;
    }
    fputc('\n', out);
}

static void wrap_print(FILE *out, const char *text, int width, const char *first,
                       const char *indent)
{
    size_t need = markup_strip(text, NULL, 0);
    char *plain = malloc(need + 1);
    if (!plain) {
        fputs(text, out);
        fputc('\n', out);
        return;
    }
    markup_strip(text, plain, need + 1);
    const char *p = plain;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len == 0)
            fputc('\n', out);
        else
            wrap_line(out, p, len, width, first, indent);
        first = indent;
        p += len;
        if (*p == '\n')
            p++;
    }
    free(plain);
}

void text_wrap_print(FILE *out, const char *text, int width, const char *indent)
{
    wrap_print(out, text, width, indent, indent);
}

void text_wrap_print_hanging(FILE *out, const char *text, int width, const char *first)
{
    char indent[32];
    size_t n = strlen(first);
    if (n >= sizeof indent)
        n = sizeof indent - 1;
    memset(indent, ' ', n);
    indent[n] = '\0';
    wrap_print(out, text, width, first, indent);
}
