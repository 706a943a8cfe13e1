/*
 * html.h: the small HTML writer behind the printable summary and the group
 * report. Everything that comes from a case, a learner or an export file goes
 * through html_escape (or html_text, which also renders the case markup), so a
 * name like "<script>" prints as text. Pages are self-contained: inline CSS,
 * inline SVG, no script, nothing fetched from a network.
 */
#ifndef HTML_H
#define HTML_H

#include "strbuf.h"

/* Escapes & < > " ' for text and attribute values. */
void html_escape(StrBuf *b, const char *s);
/* Scenario text with markup: *em*, **strong**, blank line = new paragraph, newline = <br>.
 * Writes <p>...</p> blocks. */
void html_text(StrBuf *b, const char *s);
/* <!DOCTYPE html> up to <body>, with the shared screen and print styles and extra_css. */
void html_page_begin(StrBuf *b, const char *lang, const char *title, const char *extra_css);
void html_page_end(StrBuf *b);
/* A horizontal bar of fraction 0..1 as inline SVG, width x height pixels, with a text label
 * for screen readers. */
void html_bar(StrBuf *b, double fraction, int width, int height, const char *css_class,
              const char *label);

#endif
