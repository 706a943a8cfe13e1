/*
 * markup.c: one scanner serves validation, walking and stripping, so the
 * three can never disagree about what a text means.
 */
#include "markup.h"

#include <string.h>

typedef struct MarkupScan {
    const char *s;
    size_t i;
    unsigned style;
} MarkupScan;

/* Next token: a run of plain text (returns its length, *run set) or a style toggle (returns 0). */
static size_t scan_next(MarkupScan *m, const char **run, bool *toggled)
{
    const char *s = m->s;
    *toggled = false;
    if (s[m->i] == '\\' && s[m->i + 1] == '*') {
        *run = s + m->i + 1;
        m->i += 2;
        return 1;
    }
    if (s[m->i] == '*') {
        if (s[m->i + 1] == '*') {
            m->style ^= MARKUP_STRONG;
            m->i += 2;
        } else {
            m->style ^= MARKUP_EM;
            m->i += 1;
        }
        *toggled = true;
        return 0;
    }
    size_t start = m->i;
    while (s[m->i] && s[m->i] != '*' && !(s[m->i] == '\\' && s[m->i + 1] == '*'))
        m->i++;
    *run = s + start;
    return m->i - start;
}

bool markup_valid(const char *s, const char **why, size_t *offset)
{
    MarkupScan m = {s, 0, 0};
    size_t open_em = 0, open_strong = 0;
    while (s[m.i]) {
        const char *run;
        bool toggled;
        size_t at = m.i;
        unsigned before = m.style;
        scan_next(&m, &run, &toggled);
        if (toggled) {
            if ((m.style & MARKUP_EM) && !(before & MARKUP_EM))
                open_em = at;
            if ((m.style & MARKUP_STRONG) && !(before & MARKUP_STRONG))
                open_strong = at;
        }
    }
    if (m.style & MARKUP_STRONG) {
        if (why)
            *why = "'**' (strong) is opened but never closed";
        if (offset)
            *offset = open_strong;
        return false;
    }
    if (m.style & MARKUP_EM) {
        if (why)
            *why = "'*' (emphasis) is opened but never closed";
        if (offset)
            *offset = open_em;
        return false;
    }
    return true;
}

void markup_walk(const char *s, MarkupVisit visit, void *user)
{
    MarkupScan m = {s, 0, 0};
    while (s[m.i]) {
        const char *run;
        bool toggled;
        unsigned style = m.style;
        size_t len = scan_next(&m, &run, &toggled);
        if (!toggled && len)
            visit(user, run, len, style);
    }
}

typedef struct StripBuf {
    char *dst;
    size_t cap;
    size_t len;
} StripBuf;

static void strip_visit(void *user, const char *text, size_t len, unsigned style)
{
    StripBuf *b = user;
    (void)style;
    if (b->cap && b->len < b->cap - 1) {
        size_t room = b->cap - 1 - b->len;
        memcpy(b->dst + b->len, text, len < room ? len : room);
    }
    b->len += len;
}

size_t markup_strip(const char *s, char *dst, size_t cap)
{
    StripBuf b = {dst, cap, 0};
    markup_walk(s, strip_visit, &b);
    if (cap)
        dst[b.len < cap ? b.len : cap - 1] = '\0';
    return b.len;
}
