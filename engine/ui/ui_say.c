/*
 * ui_say.c: the utterance list and the cleaning of screen text for speech.
 * Markup goes, line breaks become spaces (a line that ends without a stop
 * gets one, so the voice pauses where the eye would), and the symbols a
 * synthesiser would spell out (the route's arrow, the middle dot) become
 * commas.
 */
#include "ui_say.h"

#include <stdlib.h>
#include <string.h>

#include "markup.h"

void ui_say_list_init(UiSayList *l)
{
    memset(l, 0, sizeof *l);
}

void ui_say_list_clear(UiSayList *l)
{
    for (size_t i = 0; i < l->count; i++) {
        free(l->items[i].text);
    }
    l->count = 0;
}

void ui_say_list_free(UiSayList *l)
{
    ui_say_list_clear(l);
    free(l->items);
    ui_say_list_init(l);
}

static bool push(UiSayList *l, MsLang lang, char *text)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        UiUtterance *n = realloc(l->items, cap * sizeof *n);
        if (n == NULL) {
            free(text);
            return false;
        }
        l->items = n;
        l->cap = cap;
    }
    l->items[l->count].lang = lang;
    l->items[l->count].text = text;
    l->count++;
    return true;
}

static bool stop_char(char c)
{
    return c == '.' || c == ':' || c == '?' || c == '!' || c == ';' || c == ',';
}

/* The text so far ends a sentence, perhaps inside a closing quote (’ ” ' "). */
static bool ends_sentence(const char *s, size_t n)
{
    while (n > 0) {
        if (n >= 3 && (strncmp(s + n - 3, "\xE2\x80\x99", 3) == 0 || strncmp(s + n - 3, "\xE2\x80\x9D", 3) == 0)) {
            n -= 3;
        } else if (s[n - 1] == '\'' || s[n - 1] == '"') {
            n--;
        } else {
            return stop_char(s[n - 1]);
        }
    }
    return true;
}

void ui_say_clean(const char *markup, char *dst, size_t cap)
{
    if (cap == 0) {
        return;
    }
    size_t need = markup_strip(markup, NULL, 0) + 1;
    char *plain = malloc(need);
    dst[0] = '\0';
    if (plain == NULL) {
        return;
    }
    markup_strip(markup, plain, need);
    size_t n = 0;
    bool space = false;
    for (const char *p = plain; *p != '\0' && n + 3 < cap; p++) {
        static const char arrow[] = "\xE2\x86\x92", dot[] = "\xC2\xB7";
        char c = *p;
        if (strncmp(p, arrow, 3) == 0 || strncmp(p, dot, 2) == 0) {
            p += p[0] == dot[0] ? 1 : 2;
            c = ',';
        }
        if (c == '\n' && n > 0 && !ends_sentence(dst, n)) {
            dst[n++] = '.';
        }
        if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
            space = n > 0;
            continue;
        }
        if (c == ',' && n > 0 && stop_char(dst[n - 1])) {
            space = true;
            continue;
        }
        if (space && c != ',') {
            dst[n++] = ' ';
        }
        space = false;
        dst[n++] = c;
    }
    dst[n] = '\0';
    free(plain);
}

bool ui_say_add(UiSayList *l, MsLang lang, const char *markup)
{
    if (markup == NULL || markup[0] == '\0') {
        return true;
    }
    size_t cap = strlen(markup) * 2 + 8;
    char *text = malloc(cap);
    if (text == NULL) {
        return false;
    }
    ui_say_clean(markup, text, cap);
    if (text[0] == '\0') {
        free(text);
        return true;
    }
    return push(l, lang, text);
}

bool ui_say_append(UiSayList *dst, const UiSayList *src)
{
    for (size_t i = 0; i < src->count; i++) {
        char *copy = strdup(src->items[i].text);
        if (copy == NULL || !push(dst, src->items[i].lang, copy)) {
            return false;
        }
    }
    return true;
}
