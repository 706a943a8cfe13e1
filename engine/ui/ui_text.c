/*
 * ui_text.c: markup parsing, greedy word wrap, and rendering runs of one style.
 * Widths are measured per run of one style with SDL_ttf, so kerning inside a
 * run is exact and the wrap never overshoots the width it was given. Runs are
 * drawn onto a surface pre-filled with the text colour at alpha 0, so blending
 * keeps anti-aliased edges the right colour on light and dark themes alike.
 */
#include "ui_text.h"

#include <stdlib.h>
#include <string.h>

#include "markup.h"

_Static_assert((int)MARKUP_EM == (int)UI_STYLE_ITALIC && (int)MARKUP_STRONG == (int)UI_STYLE_BOLD,
               "the core markup styles and the UI styles share their bits");

typedef struct RawText {
    UiTextLayout *t;
    unsigned base;
} RawText;

/* Collects the runs of the core's markup walker into plain text and style bytes. */
static void collect_run(void *user, const char *text, size_t len, unsigned style)
{
    RawText *raw = user;
    unsigned s = style | raw->base;
    for (size_t i = 0; i < len; i++) {
        raw->t->plain[raw->t->len] = text[i];
        raw->t->styles[raw->t->len] = (unsigned char)(s & 3u);
        raw->t->len++;
    }
}

MsStatus ui_text_parse(const char *markup, UiStyle base, UiTextLayout *out)
{
    memset(out, 0, sizeof *out);
    size_t n = strlen(markup);
    out->plain = malloc(n + 1);
    out->styles = malloc(n + 1);
    if (out->plain == NULL || out->styles == NULL) {
        ui_text_layout_free(out);
        return MS_ERR_NOMEM;
    }
    RawText raw = {out, (unsigned)base};
    markup_walk(markup, collect_run, &raw);
    /* Newlines become one break byte: a paragraph when the run holds two or more. */
    size_t j = 0;
    for (size_t i = 0; i < out->len; i++) {
        char ch = out->plain[i];
        if (ch == '\r') {
            continue;
        }
        if (ch != '\n') {
            out->plain[j] = ch == '\t' ? ' ' : ch;
            out->styles[j++] = out->styles[i];
            continue;
        }
        int breaks = 0;
        size_t k = i;
        while (k < out->len && strchr("\n\r\t ", out->plain[k]) != NULL) {
            breaks += out->plain[k] == '\n';
            k++;
        }
        if (j > 0 && k < out->len) {
            out->plain[j] = '\n';
            out->styles[j++] = breaks >= 2 ? UI_TEXT_PARAGRAPH : 0;
        }
        i = k - 1;
    }
    out->plain[j] = '\0';
    out->styles[j] = 0;
    out->len = j;
    return MS_OK;
}

/* Width of plain[a..b) measured run by run. */
static int measure_range(UiFonts *f, const UiTextLayout *t, size_t a, size_t b)
{
    int w = 0;
    while (a < b) {
        size_t e = a;
        while (e < b && t->styles[e] == t->styles[a]) {
            e++;
        }
        w += ui_fonts_measure(f, (UiStyle)(t->styles[a] & 7u), t->px, t->plain + a, e - a);
        a = e;
    }
    return w;
}

static size_t utf8_next(const char *s, size_t i, size_t end)
{
    i++;
    while (i < end && ((unsigned char)s[i] & 0xC0u) == 0x80u) {
        i++;
    }
    return i;
}

static MsStatus push_line(UiFonts *f, UiTextLayout *t, size_t *cap, size_t a, size_t b, int *y,
                          bool paragraph_after)
{
    while (b > a && t->plain[b - 1] == ' ') {
        b--;
    }
    if (t->line_count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        UiTextLine *nl = realloc(t->lines, ncap * sizeof *nl);
        if (nl == NULL) {
            return MS_ERR_NOMEM;
        }
        t->lines = nl;
        *cap = ncap;
    }
    UiTextLine *line = &t->lines[t->line_count++];
    line->start = a;
    line->end = b;
    line->y = *y;
    line->width = measure_range(f, t, a, b);
    if (line->width > t->width) {
        t->width = line->width;
    }
    *y += t->line_h + (paragraph_after ? t->line_h / 2 : 0);
    return MS_OK;
}

static size_t skip_spaces(const UiTextLayout *t, size_t i)
{
    while (i < t->len && t->plain[i] == ' ') {
        i++;
    }
    return i;
}

/* Pushes one line from a to at most b and sets *next to where the following line starts. The
 * width that chose b was summed word by word and may be a pixel short of the real one, so a line
 * that measures wider than max_width ends before its last words, which start the next line. */
static MsStatus push_one(UiFonts *f, UiTextLayout *t, size_t *cap, size_t a, size_t b, int *y,
                         bool paragraph_after, int max_width, size_t *next)
{
    size_t cut = b;
    while (cut > a && t->plain[cut - 1] == ' ') {
        cut--;
    }
    size_t full = cut;
    while (measure_range(f, t, a, cut) > max_width) {
        size_t sp = cut;
        while (sp > a && t->plain[sp - 1] != ' ') {
            sp--;
        }
        while (sp > a && t->plain[sp - 1] == ' ') {
            sp--;
        }
        if (sp <= a) {
            break;
        }
        cut = sp;
    }
    if (cut == full) {
        *next = b;
        return push_line(f, t, cap, a, b, y, paragraph_after);
    }
    *next = skip_spaces(t, cut);
    return push_line(f, t, cap, a, cut, y, false);
}

/* Characters the typeface lacks get the fallback flag, so they make runs of their own that
 * are measured and drawn in the fallback face. */
static void mark_fallback(UiFonts *fonts, UiTextLayout *t)
{
    for (size_t i = 0; i < t->len;) {
        unsigned char c = (unsigned char)t->plain[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        unsigned cp = c >= 0xF0 ? c & 0x07u : c >= 0xE0 ? c & 0x0Fu : c & 0x1Fu;
        for (size_t k = 1; k < n && i + k < t->len; k++) {
            cp = (cp << 6) | ((unsigned char)t->plain[i + k] & 0x3Fu);
        }
        bool missing = !ui_fonts_has_glyph(fonts, cp);
        for (size_t k = 0; k < n && i + k < t->len; k++) {
            t->styles[i + k] = (unsigned char)(t->styles[i + k] | (missing ? UI_STYLE_FALLBACK : 0));
        }
        i += n;
    }
}

MsStatus ui_text_layout(UiFonts *fonts, const char *markup, UiStyle base, int px, int max_width,
                        UiTextLayout *out)
{
    MsStatus st = ui_text_parse(markup, base, out);
    if (st != MS_OK) {
        return st;
    }
    mark_fallback(fonts, out);
    out->px = px;
    out->line_h = ui_fonts_line_height(fonts, px);
    if (max_width < px) {
        max_width = px;
    }
    size_t cap = 0;
    int y = 0;
    size_t line_start = skip_spaces(out, 0);
    size_t pos = line_start;
    bool has_word = false;
    /* Width of the line so far, grown word by word (with the spaces before each word) so that
     * a line costs one measurement per word rather than one per word per word. */
    int line_w = 0;
    size_t fitted = line_start;
    while (pos < out->len) {
        char ch = out->plain[pos];
        if (ch == '\n') {
            bool paragraph = (out->styles[pos] & UI_TEXT_PARAGRAPH) != 0;
            do {
                size_t next = pos;
                st = push_one(fonts, out, &cap, line_start, pos, &y, paragraph, max_width, &next);
                if (st != MS_OK) {
                    goto fail;
                }
                line_start = next;
            } while (line_start < pos);
            pos = line_start = fitted = skip_spaces(out, pos + 1);
            line_w = 0;
            has_word = false;
            continue;
        }
        if (ch == ' ') {
            pos++;
            continue;
        }
        size_t wend = pos;
        while (wend < out->len && out->plain[wend] != ' ' && out->plain[wend] != '\n') {
            wend++;
        }
        int grown = line_w + measure_range(fonts, out, fitted, wend);
        if (grown <= max_width) {
            pos = fitted = wend;
            line_w = grown;
            has_word = true;
            continue;
        }
        if (has_word) {
            size_t next = pos;
            st = push_one(fonts, out, &cap, line_start, pos, &y, false, max_width, &next);
            if (st != MS_OK) {
                goto fail;
            }
            /* Words a line gave back begin the next one. */
            line_start = next < pos ? next : pos;
            fitted = pos;
            line_w = line_start < pos ? measure_range(fonts, out, line_start, pos) : 0;
            has_word = line_start < pos;
            continue;
        }
        /* One word wider than the line: break it between characters. */
        size_t k = utf8_next(out->plain, pos, wend);
        while (k < wend) {
            size_t nk = utf8_next(out->plain, k, wend);
            if (measure_range(fonts, out, line_start, nk) > max_width) {
                break;
            }
            k = nk;
        }
        st = push_line(fonts, out, &cap, line_start, k, &y, false);
        if (st != MS_OK) {
            goto fail;
        }
        pos = line_start = fitted = k;
        line_w = 0;
    }
    if (has_word || out->line_count == 0) {
        do {
            size_t next = out->len;
            st = push_one(fonts, out, &cap, line_start, out->len, &y, false, max_width, &next);
            if (st != MS_OK) {
                goto fail;
            }
            line_start = next;
        } while (line_start < out->len);
    }
    out->height = y;
    return MS_OK;
fail:
    ui_text_layout_free(out);
    return st;
}

void ui_text_layout_free(UiTextLayout *layout)
{
    free(layout->plain);
    free(layout->styles);
    free(layout->lines);
    memset(layout, 0, sizeof *layout);
}

static void blit_run(UiFonts *fonts, const UiTextLayout *t, size_t a, size_t b, SDL_Color color,
                     SDL_Surface *dst, int *x, int top)
{
    UiStyle style = (UiStyle)(t->styles[a] & 7u);
    TTF_Font *font = ui_fonts_get(fonts, style, t->px);
    TTF_Font *regular = ui_fonts_get(fonts, UI_STYLE_REGULAR, t->px);
    if (font == NULL || regular == NULL) {
        return;
    }
    char stack[256];
    char *buf = b - a < sizeof stack ? stack : malloc(b - a + 1);
    if (buf == NULL) {
        return;
    }
    memcpy(buf, t->plain + a, b - a);
    buf[b - a] = '\0';
    SDL_Surface *run = TTF_RenderUTF8_Blended(font, buf, color);
    if (run != NULL) {
        SDL_Rect at = {*x, top + TTF_FontAscent(regular) - TTF_FontAscent(font), run->w, run->h};
        SDL_SetSurfaceBlendMode(run, SDL_BLENDMODE_BLEND);
        SDL_BlitSurface(run, NULL, dst, &at);
        SDL_FreeSurface(run);
    }
    *x += ui_fonts_measure(fonts, style, t->px, t->plain + a, b - a);
    if (buf != stack) {
        free(buf);
    }
}

SDL_Surface *ui_text_render(UiFonts *fonts, const UiTextLayout *layout, SDL_Color color)
{
    int w = layout->width > 0 ? layout->width : 1;
    int h = layout->height > 0 ? layout->height : 1;
    TTF_Font *regular = ui_fonts_get(fonts, UI_STYLE_REGULAR, layout->px);
    /* Room for italic overhang at the right edge. */
    w += layout->px / 4;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (s == NULL || regular == NULL) {
        return s;
    }
    SDL_FillRect(s, NULL, SDL_MapRGBA(s->format, color.r, color.g, color.b, 0));
    int ascent = TTF_FontAscent(regular);
    int baseline = ui_fonts_baseline(fonts, layout->px);
    for (size_t i = 0; i < layout->line_count; i++) {
        const UiTextLine *line = &layout->lines[i];
        int x = 0;
        int top = line->y + baseline - ascent; /* where the face's ascent line goes */
        size_t a = line->start;
        while (a < line->end) {
            size_t e = a;
            while (e < line->end && layout->styles[e] == layout->styles[a]) {
                e++;
            }
            blit_run(fonts, layout, a, e, color, s, &x, top);
            a = e;
        }
    }
    return s;
}
