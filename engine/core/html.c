/*
 * html.c: escaping, case markup, the page frame and bars. Print styles keep
 * sections together on a page and drop screen-only colour backgrounds where
 * a printer would waste ink; bars keep their fill (print-color-adjust).
 */
#include "html.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "markup.h"

void html_escape(StrBuf *b, const char *s)
{
    if (!s)
        return;
    const char *run = s;
    for (const char *p = s; *p; p++) {
        const char *rep = NULL;
        switch (*p) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            break;
        }
        if (rep) {
            strbuf_append(b, run, (size_t)(p - run));
            strbuf_puts(b, rep);
            run = p + 1;
        }
    }
    strbuf_puts(b, run);
}

typedef struct TextOut {
    StrBuf *b;
} TextOut;

static void escape_n(StrBuf *b, const char *s, size_t len)
{
    char chunk[256];
    while (len > 0) {
        size_t n = len < sizeof chunk - 1 ? len : sizeof chunk - 1;
        memcpy(chunk, s, n);
        chunk[n] = '\0';
        html_escape(b, chunk);
        s += n;
        len -= n;
    }
}

/* One run of text in one style; newlines become <br> or a paragraph break. */
static void text_visit(void *user, const char *text, size_t len, unsigned style)
{
    TextOut *o = user;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        if (i > start) {
            if (style & MARKUP_STRONG)
                strbuf_puts(o->b, "<strong>");
            if (style & MARKUP_EM)
                strbuf_puts(o->b, "<em>");
            escape_n(o->b, text + start, i - start);
            if (style & MARKUP_EM)
                strbuf_puts(o->b, "</em>");
            if (style & MARKUP_STRONG)
                strbuf_puts(o->b, "</strong>");
        }
        if (i < len) {
            if (i + 1 < len && text[i + 1] == '\n') {
                strbuf_puts(o->b, "</p>\n<p>");
                while (i + 1 < len && text[i + 1] == '\n')
                    i++;
            } else {
                strbuf_puts(o->b, "<br>");
            }
        }
        start = i + 1;
    }
}

void html_text(StrBuf *b, const char *s)
{
    if (!s || !*s)
        return;
    TextOut o = {b};
    strbuf_puts(b, "<p>");
    if (markup_valid(s, NULL, NULL))
        markup_walk(s, text_visit, &o);
    else
        text_visit(&o, s, strlen(s), 0);
    strbuf_puts(b, "</p>\n");
}

static const char *const BASE_CSS =
    ":root{--ink:#1d2433;--muted:#5b6478;--line:#d9dee8;--accent:#1f6f8b;--good:#2e7d32;"
    "--bad:#b3261e;--warn:#a15c00;--paper:#ffffff;--band:#f3f5f9}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--band);color:var(--ink);"
    "font:16px/1.5 'Lato','Segoe UI',Helvetica,Arial,sans-serif}\n"
    "main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem;background:var(--paper)}\n"
    "h1{font-size:1.9rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;"
    "border-bottom:2px solid var(--line);padding-bottom:.25rem}h3{font-size:1.1rem;margin:1.25rem "
    "0 .4rem}\n"
    ".sub{color:var(--muted);margin:0 0 1rem}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}\n"
    "th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid "
    "var(--line)}\n"
    "th{font-weight:700;color:var(--muted);font-size:.9rem}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    ".good{color:var(--good);font-weight:700}.bad{color:var(--bad);font-weight:700}\n"
    ".warn{color:var(--warn)}.muted{color:var(--muted)}\n"
    "svg.bar{display:inline-block;vertical-align:middle}\n"
    "svg.bar .track{fill:#e6eaf1}svg.bar .fill{fill:var(--accent)}\n"
    "svg.bar.best .fill{fill:var(--good)}svg.bar.low .fill{fill:var(--bad)}\n"
    "section{break-inside:avoid-page}\n"
    "footer{margin-top:2rem;color:var(--muted);font-size:.85rem}\n"
    "@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}"
    "h2,h3{break-after:avoid-page}tr,li,figure{break-inside:avoid-page}"
    "svg.bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "@page{margin:15mm}}\n";

void html_page_begin(StrBuf *b, const char *lang, const char *title, const char *extra_css)
{
    strbuf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
    html_escape(b, lang);
    strbuf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'; img-src data:\">\n<title>");
    html_escape(b, title);
    strbuf_puts(b, "</title>\n<style>\n");
    strbuf_puts(b, BASE_CSS);
    if (extra_css)
        strbuf_puts(b, extra_css);
    strbuf_puts(b, "</style>\n</head>\n<body>\n<main>\n");
}

void html_page_end(StrBuf *b)
{
    strbuf_puts(b, "</main>\n</body>\n</html>\n");
}

void html_bar(StrBuf *b, double fraction, int width, int height, const char *css_class,
              const char *label)
{
    if (fraction < 0)
        fraction = 0;
    if (fraction > 1)
        fraction = 1;
    strbuf_printf(b,
                  "<svg class=\"bar%s%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                  "role=\"img\" aria-label=\"",
                  css_class ? " " : "", css_class ? css_class : "", width, height, width, height);
    html_escape(b, label);
    strbuf_printf(b,
                  "\"><rect class=\"track\" width=\"%d\" height=\"%d\" rx=\"3\"/>"
                  "<rect class=\"fill\" width=\"%.1f\" height=\"%d\" rx=\"3\"/></svg>",
                  width, height, fraction * width, height);
}
