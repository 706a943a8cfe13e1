/*
 * report_html.c: the group report as one HTML page a trainer can project or
 * print: an overview table, the most frequent critical mistakes, then per case
 * the average per Meldcode step (an inline SVG chart) and per decision how the
 * group chose. Charts are plain SVG with text labels, so they print and read
 * without script.
 */
#include "report.h"

#include <stdio.h>
#include <string.h>

#include "html.h"
#include "wallclock.h"

static const char *const REPORT_CSS =
    ".stats{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0 1rem;color:var(--muted)}\n"
    ".stats strong{color:var(--ink)}\n"
    "figure{margin:.5rem 0 1rem}figure svg{max-width:100%;height:auto}\n"
    "figure svg text{font:13px 'Lato','Segoe UI',Helvetica,Arial,sans-serif;fill:var(--ink)}\n"
    "figure svg .value{font-weight:700}\n"
    ".decision{border-left:4px solid var(--line);padding:.1rem 0 .1rem .9rem;margin:1rem 0;"
    "break-inside:avoid-page}\n"
    ".decision .q{color:var(--muted);font-size:.93rem;margin:.2rem 0 .4rem;"
    "max-height:7.5em;overflow:hidden}\n"
    ".decision td.opt{width:55%}\n"
    ".best-mark{color:var(--good);font-weight:700}\n"
    "@media print{.decision .q{max-height:none}section.case{break-before:page}}\n";

typedef struct Page {
    const Report *rp;
    const Meldcode *mc;
    const Strings *st;
    MsLang lang;
    StrBuf *b;
} Page;

static const char *str(const Page *p, const char *key)
{
    return strings_get(p->st, key, p->lang);
}

static void esc(const Page *p, const char *s)
{
    html_escape(p->b, s);
}

static void filled(const Page *p, const char *key, const char *a1, const char *a2, const char *a3)
{
    char line[1024];
    strings_fill(str(p, key), a1, a2, a3, line, sizeof line);
    esc(p, line);
}

static const char *step_name(const Page *p, int step)
{
    if (step < 0 || step >= MS_STEP_COUNT)
        return str(p, "report.step_unknown");
    return ms_text_get(&meldcode_step(p->mc, (MsStep)step)->name, p->lang, MS_LANG_NL);
}

static const char *step_short(const Page *p, int step)
{
    return ms_text_get(&meldcode_step(p->mc, (MsStep)step)->short_name, p->lang, MS_LANG_NL);
}

static void percent(char *out, size_t cap, double f)
{
    snprintf(out, cap, "%.0f%%", f * 100.0);
}

static void minutes(char *out, size_t cap, double seconds)
{
    snprintf(out, cap, "%.0f", seconds / 60.0 < 1 && seconds > 0 ? 1.0 : seconds / 60.0);
}

static void overview(const Page *p)
{
    const Report *rp = p->rp;
    strbuf_puts(p->b, "<section>\n<h2>");
    esc(p, str(p, "report.overview"));
    strbuf_puts(p->b, "</h2>\n<table>\n<thead><tr><th>");
    esc(p, str(p, "report.case"));
    const char *heads[] = {"report.attempts", "report.learners", "report.pass_rate",
                           "report.average", "report.minutes"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        strbuf_puts(p->b, "</th><th class=\"num\">");
        esc(p, str(p, heads[i]));
    }
    strbuf_puts(p->b, "</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < report_case_count(rp); i++) {
        const ReportCase *c = report_case(rp, i);
        char a[32], l[32], pass[32], avg[32], min[32];
        snprintf(a, sizeof a, "%d", c->attempts);
        snprintf(l, sizeof l, "%d", c->learners);
        int judged = c->passed + c->failed;
        if (judged)
            percent(pass, sizeof pass, (double)c->passed / judged);
        else
            snprintf(pass, sizeof pass, "-");
        if (c->attempts)
            percent(avg, sizeof avg, c->scaled_sum / c->attempts);
        else
            snprintf(avg, sizeof avg, "-");
        if (c->seconds_n)
            minutes(min, sizeof min, c->seconds_sum / c->seconds_n);
        else
            snprintf(min, sizeof min, "-");
        strbuf_printf(p->b, "<tr><td><a href=\"#case-%zu\">", i + 1);
        esc(p, c->title);
        strbuf_printf(p->b,
                      "</a></td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                      "<td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                      "</tr>\n",
                      a, l, pass, avg, min);
    }
    strbuf_puts(p->b, "</tbody>\n</table>\n</section>\n");
}

static void critical_list(const Page *p, const ReportCount *items, size_t n, size_t limit,
                          int total)
{
    if (n == 0) {
        strbuf_puts(p->b, "<p class=\"muted\">");
        esc(p, str(p, "report.no_critical"));
        strbuf_puts(p->b, "</p>\n");
        return;
    }
    int top = items[0].count;
    strbuf_puts(p->b, "<table>\n");
    for (size_t i = 0; i < n && i < limit; i++) {
        char label[64];
        snprintf(label, sizeof label, "%d×", items[i].count);
        strbuf_puts(p->b, "<tr><td class=\"opt\"><strong class=\"bad\">");
        esc(p, items[i].name);
        strbuf_puts(p->b, "</strong> <span class=\"muted\">(");
        esc(p, items[i].id);
        strbuf_puts(p->b, ")</span></td><td>");
        html_bar(p->b, top ? (double)items[i].count / top : 0, 200, 12, "low", label);
        strbuf_printf(p->b, "</td><td class=\"num\">%s</td>", label);
        if (total > 0) {
            char pct[16];
            percent(pct, sizeof pct, (double)items[i].count / total);
            strbuf_printf(p->b, "<td class=\"num muted\">%s</td>", pct);
        }
        strbuf_puts(p->b, "</tr>\n");
    }
    strbuf_puts(p->b, "</table>\n");
}

/* The average score per Meldcode step as one SVG chart with labels. */
static void step_chart(const Page *p, const ReportCase *c)
{
    const int row = 30, label_w = 150, bar_w = 380, width = label_w + bar_w + 60;
    const int height = row * MS_STEP_COUNT + 6;
    strbuf_printf(p->b,
                  "<figure>\n<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                  "aria-label=\"",
                  width, height, width, height);
    esc(p, str(p, "report.steps_chart"));
    strbuf_puts(p->b, "\">\n");
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        int y = i * row + 4;
        strbuf_printf(p->b, "<text x=\"0\" y=\"%d\">%d. ", y + 15, i + 1);
        esc(p, step_short(p, i));
        strbuf_puts(p->b, "</text>");
        strbuf_printf(p->b,
                      "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"3\" "
                      "fill=\"#e6eaf1\"/>",
                      label_w, y + 2, bar_w);
        if (c->step_n[i] == 0) {
            strbuf_printf(p->b, "<text x=\"%d\" y=\"%d\" fill=\"#5b6478\">", label_w + 8, y + 15);
            esc(p, str(p, "report.not_scored"));
            strbuf_puts(p->b, "</text>\n");
            continue;
        }
        double f = c->step_sum[i] / c->step_n[i];
        const char *fill = f >= 0.8 ? "#2e7d32" : f >= 0.5 ? "#1f6f8b" : "#b3261e";
        char pct[16];
        percent(pct, sizeof pct, f);
        strbuf_printf(p->b,
                      "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" rx=\"3\" "
                      "fill=\"%s\"/><text class=\"value\" x=\"%d\" y=\"%d\">%s</text>\n",
                      label_w, y + 2, f * bar_w, fill, label_w + bar_w + 8, y + 15, pct);
    }
    strbuf_puts(p->b, "</svg>\n</figure>\n");
}

static void decision(const Page *p, const ReportDecision *d)
{
    char n[16];
    snprintf(n, sizeof n, "%d", d->step + 1);
    strbuf_puts(p->b, "<div class=\"decision\">\n<h3>");
    if (d->step >= 0) {
        filled(p, "report.step_heading", n, step_name(p, d->step), NULL);
        strbuf_puts(p->b, " · ");
    }
    strbuf_puts(p->b, "<span class=\"muted\">");
    esc(p, d->scene);
    strbuf_puts(p->b, "</span></h3>\n");
    if (d->question[0]) {
        strbuf_puts(p->b, "<p class=\"q\">");
        esc(p, d->question);
        strbuf_puts(p->b, "</p>\n");
    }
    strbuf_puts(p->b, "<table>\n");
    for (size_t i = 0; i < d->option_count; i++) {
        const ReportOption *o = &d->options[i];
        double f = d->answers ? (double)o->count / d->answers : 0;
        char pct[16], label[96];
        percent(pct, sizeof pct, f);
        snprintf(label, sizeof label, "%d (%s)", o->count, pct);
        strbuf_puts(p->b, "<tr><td class=\"opt\">");
        if (o->best)
            strbuf_puts(p->b, "<span class=\"best-mark\" title=\"best\">✓</span> ");
        esc(p, o->text[0] ? o->text : o->id);
        strbuf_puts(p->b, "</td><td>");
        html_bar(p->b, f, 180, 12, o->best ? "best" : NULL, label);
        strbuf_printf(p->b, "</td><td class=\"num\">%d</td><td class=\"num\">%s</td>", o->count,
                      pct);
        if (o->has_points)
            strbuf_printf(p->b, "<td class=\"num muted\">%+d</td>", o->points);
        else
            strbuf_puts(p->b, "<td></td>");
        strbuf_puts(p->b, "</tr>\n");
    }
    strbuf_puts(p->b, "</table>\n");
    if (d->undone) {
        char u[16];
        snprintf(u, sizeof u, "%d", d->undone);
        strbuf_puts(p->b, "<p class=\"muted\">");
        filled(p, "report.undone", u, NULL, NULL);
        strbuf_puts(p->b, "</p>\n");
    }
    strbuf_puts(p->b, "</div>\n");
}

static void case_section(const Page *p, size_t index, const ReportCase *c)
{
    char a[16], l[16], pass[16], avg[16];
    strbuf_printf(p->b, "<section class=\"case\" id=\"case-%zu\">\n<h2>", index + 1);
    esc(p, c->title);
    strbuf_puts(p->b, "</h2>\n<div class=\"stats\">");
    snprintf(a, sizeof a, "%d", c->attempts);
    snprintf(l, sizeof l, "%d", c->learners);
    int judged = c->passed + c->failed;
    if (judged)
        percent(pass, sizeof pass, (double)c->passed / judged);
    else
        snprintf(pass, sizeof pass, "-");
    if (c->attempts)
        percent(avg, sizeof avg, c->scaled_sum / c->attempts);
    else
        snprintf(avg, sizeof avg, "-");
    const char *keys[] = {"report.attempts", "report.learners", "report.pass_rate",
                          "report.average"};
    const char *vals[] = {a, l, pass, avg};
    for (size_t i = 0; i < 4; i++) {
        strbuf_puts(p->b, "<span>");
        esc(p, str(p, keys[i]));
        strbuf_puts(p->b, ": <strong>");
        esc(p, vals[i]);
        strbuf_puts(p->b, "</strong></span>");
    }
    strbuf_puts(p->b, "</div>\n<h3>");
    esc(p, str(p, "report.steps"));
    strbuf_puts(p->b, "</h3>\n");
    step_chart(p, c);
    strbuf_puts(p->b, "<h3>");
    esc(p, str(p, "report.critical_case"));
    strbuf_puts(p->b, "</h3>\n");
    critical_list(p, c->critical, c->critical_count, 5, c->attempts);
    /* decisions flow over pages; each one stays whole */
    strbuf_puts(p->b, "</section>\n<div class=\"decisions\">\n<h3>");
    esc(p, str(p, "report.decisions"));
    strbuf_puts(p->b, "</h3>\n<p class=\"muted\">");
    esc(p, str(p, "report.legend"));
    strbuf_puts(p->b, "</p>\n");
    for (size_t i = 0; i < c->decision_count; i++)
        decision(p, report_decision(p->rp, c->decisions[i]));
    strbuf_puts(p->b, "</div>\n");
}

MsStatus report_html_write(const Report *rp, const Meldcode *mc, const Strings *st, MsLang lang,
                           const char *generated_at, StrBuf *out, MsError *err)
{
    Page p = {rp, mc, st, lang, out};
    html_page_begin(out, ms_lang_code(lang), str(&p, "report.title"), REPORT_CSS);
    strbuf_puts(out, "<header><h1>");
    esc(&p, str(&p, "report.title"));
    strbuf_puts(out, "</h1><p class=\"sub\">");
    char learners[32], attempts[32], files[32], when[64];
    int total = 0;
    for (size_t i = 0; i < report_case_count(rp); i++)
        total += report_case(rp, i)->attempts;
    snprintf(learners, sizeof learners, "%zu", report_learner_count(rp));
    snprintf(attempts, sizeof attempts, "%d", total);
    snprintf(files, sizeof files, "%zu", report_file_count(rp));
    filled(&p, "report.subtitle", learners, attempts, files);
    wallclock_local_text(generated_at, when, sizeof when);
    strbuf_puts(out, " · ");
    esc(&p, when);
    strbuf_puts(out, "</p></header>\n");
    if (report_case_count(rp) == 0) {
        strbuf_puts(out, "<p>");
        esc(&p, str(&p, "report.empty"));
        strbuf_puts(out, "</p>\n");
    } else {
        overview(&p);
        strbuf_puts(out, "<section>\n<h2>");
        esc(&p, str(&p, "report.critical_all"));
        strbuf_puts(out, "</h2>\n");
        critical_list(&p, report_critical(rp, 0), report_critical_count(rp), 10, total);
        strbuf_puts(out, "</section>\n");
        for (size_t i = 0; i < report_case_count(rp); i++)
            case_section(&p, i, report_case(rp, i));
    }
    strbuf_puts(out, "<footer>");
    esc(&p, str(&p, "report.footer"));
    if (report_duplicate_count(rp)) {
        char d[32];
        snprintf(d, sizeof d, "%zu", report_duplicate_count(rp));
        strbuf_puts(out, " ");
        filled(&p, "report.duplicates", d, NULL, NULL);
    }
    strbuf_puts(out, "</footer>\n");
    html_page_end(out);
    if (out->failed)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    return MS_OK;
}
