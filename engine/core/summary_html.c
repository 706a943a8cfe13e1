/*
 * summary_html.c: the printable summary of one finished attempt, a page a
 * learner can hand in as proof of completion. Everything on it is recomputed
 * from the recorded choices replayed through the case; the stored scores are
 * not shown, so a page can never claim what the choices do not support.
 */
#include "summary_html.h"

#include <stdio.h>
#include <string.h>

#include "debrief.h"
#include "html.h"
#include "score.h"

static const char *const SUMMARY_CSS =
    ".verdict{font-size:1.2rem;padding:.6rem .8rem;border-radius:6px;margin:1rem 0;"
    "border:2px solid var(--line)}\n"
    ".verdict.good{border-color:var(--good)}.verdict.bad{border-color:var(--bad)}\n"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}\n"
    "dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}\n"
    "ol.choices li{margin:.5rem 0 .9rem}ol.choices .pick{font-weight:700}\n"
    "ol.choices .fb p{margin:.2rem 0;color:var(--muted)}\n"
    "ul.route{list-style:none;padding:0}ul.route li{margin:.35rem 0}\n"
    "ul.route .role{display:block;color:var(--muted);font-size:.92rem;margin-left:2rem}\n";

typedef struct Page {
    StrBuf *b;
    const SummaryInput *in;
    const Scenario *sc;
} Page;

static const char *str(const Page *p, const char *key)
{
    return strings_get(p->in->strings, key, p->in->lang);
}

static const char *tr(const Page *p, const MsText *t)
{
    return ms_text_get(t, p->in->lang, p->sc->language);
}

static void heading(const Page *p, const char *key)
{
    strbuf_puts(p->b, "<h2>");
    html_escape(p->b, str(p, key));
    strbuf_puts(p->b, "</h2>\n");
}

static void fact(const Page *p, const char *key, const char *value)
{
    strbuf_puts(p->b, "<dt>");
    html_escape(p->b, str(p, key));
    strbuf_puts(p->b, "</dt><dd>");
    html_escape(p->b, value);
    strbuf_puts(p->b, "</dd>\n");
}

static void facts(const Page *p, const ScoreResult *r)
{
    const RecordsAttempt *a = p->in->attempt;
    char buf[512], when[64];
    strbuf_puts(p->b, "<dl class=\"facts\">\n");
    fact(p, "summary.learner", a->learner);
    snprintf(buf, sizeof buf, "%s (%s, %s %s)", tr(p, &p->sc->title), p->sc->id,
             str(p, "summary.version"), a->version);
    fact(p, "summary.case", buf);
    char key[64];
    snprintf(key, sizeof key, "mode.%s", mode_id(a->mode));
    fact(p, "summary.mode", str(p, key));
    wallclock_local_text(a->started_at, when, sizeof when);
    fact(p, "summary.started", when);
    wallclock_local_text(a->finished_at, when, sizeof when);
    fact(p, "summary.finished", when);
    long minutes = (long)((a->result.duration_ms + 30000) / 60000);
    snprintf(buf, sizeof buf, "%ld", minutes);
    strings_fill(str(p, minutes ? "summary.minutes" : "summary.minutes_less"), buf, NULL, NULL,
                 when, sizeof when);
    fact(p, "summary.time", when);
    snprintf(buf, sizeof buf, "%d / %d (%d%%)", r->earned, r->possible, score_percent(r->scaled));
    fact(p, "summary.score", buf);
    fact(p, "summary.reference", a->registration);
    strbuf_puts(p->b, "</dl>\n");
}

static void verdict(const Page *p, const ScoreResult *r)
{
    char pct[16], mark[16], line[512];
    snprintf(pct, sizeof pct, "%d%%", score_percent(r->scaled)); /* 69.6% never reads as 70% */
    snprintf(mark, sizeof mark, "%.0f%%", p->sc->pass_mark * 100.0);
    strings_fill(str(p, r->passed ? "text.debrief.passed" : "text.debrief.failed"), pct, mark, NULL,
                 line, sizeof line);
    strbuf_printf(p->b, "<p class=\"verdict %s\">", r->passed ? "good" : "bad");
    html_escape(p->b, line);
    strbuf_puts(p->b, "</p>\n");
}

static void steps(const Page *p, const ScoreResult *r)
{
    heading(p, "text.debrief.scores");
    strbuf_puts(p->b, "<table>\n");
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        const MeldcodeStep *step = meldcode_step(p->sc->meldcode, (MsStep)i);
        strbuf_printf(p->b, "<tr><td>%d. ", i + 1);
        html_escape(p->b, tr(p, &step->name));
        strbuf_puts(p->b, "</td>");
        if (r->steps[i].possible == 0 && !ms_text_empty(&p->sc->not_applicable[i])) {
            strbuf_puts(p->b, "<td colspan=\"2\" class=\"muted\">");
            html_escape(p->b, str(p, "text.debrief.not_applicable"));
            strbuf_puts(p->b, "</td></tr>\n");
            continue;
        }
        double f = score_scale(r->steps[i].earned, r->steps[i].possible);
        char label[64];
        snprintf(label, sizeof label, "%d / %d", r->steps[i].earned, r->steps[i].possible);
        strbuf_puts(p->b, "<td>");
        html_bar(p->b, f, 220, 14, f >= 0.999 ? "best" : f < 0.5 ? "low" : NULL, label);
        strbuf_printf(p->b, "</td><td class=\"num\">%s</td></tr>\n", label);
    }
    strbuf_puts(p->b, "</table>\n");
}

static void critical(const Page *p, const ScoreResult *r)
{
    if (r->critical_count == 0)
        return;
    heading(p, "text.debrief.critical");
    strbuf_puts(p->b, "<ul>\n");
    for (size_t i = 0; i < r->critical_count; i++) {
        const ScenarioCritical *c = r->critical[i].critical;
        strbuf_puts(p->b, "<li><strong class=\"bad\">");
        html_escape(p->b, c->type >= 0
                              ? tr(p, &meldcode_mistake(p->sc->meldcode, (size_t)c->type)->name)
                              : c->id);
        strbuf_puts(p->b, "</strong>");
        html_text(p->b, tr(p, &c->explanation));
        strbuf_puts(p->b, "</li>\n");
    }
    strbuf_puts(p->b, "</ul>\n");
}

static void choices(const Page *p)
{
    const Session *s = p->in->session;
    heading(p, "text.debrief.choices");
    strbuf_puts(p->b, "<ol class=\"choices\">\n");
    for (size_t i = 0; i < session_history_count(s); i++) {
        const SessionStep *h = session_history(s, i);
        if (h->choice < 0)
            continue;
        const ScenarioScene *scene = &p->sc->scenes[h->scene];
        const ScenarioChoice *ch = &scene->choices[h->choice];
        const MeldcodeStep *step = meldcode_step(p->sc->meldcode, scene->step);
        strbuf_printf(p->b, "<li><span class=\"muted\">%s %d · ", str(p, "text.step"),
                      scene->step + 1);
        html_escape(p->b, tr(p, &step->short_name));
        if (h->decision)
            strbuf_printf(p->b, " · %d / %d", h->points, h->best_points);
        strbuf_puts(p->b, "</span><div class=\"pick\">");
        html_text(p->b, tr(p, &ch->text));
        strbuf_puts(p->b, "</div><div class=\"fb\">");
        html_text(p->b, tr(p, &ch->feedback));
        strbuf_puts(p->b, "</div></li>\n");
    }
    strbuf_puts(p->b, "</ol>\n");
    if (p->in->attempt->undone > 0) {
        char n[16], line[256];
        snprintf(n, sizeof n, "%d", p->in->attempt->undone);
        strings_fill(str(p, "summary.undone"), n, NULL, NULL, line, sizeof line);
        strbuf_puts(p->b, "<p class=\"muted\">");
        html_escape(p->b, line);
        strbuf_puts(p->b, "</p>\n");
    }
}

static void route_line(const Page *p, const char *key, const int *route, size_t n)
{
    char label[128];
    snprintf(label, sizeof label, "%s", str(p, key)); /* padded for the terminal: trim */
    for (size_t len = strlen(label); len > 0 && label[len - 1] == ' '; len--)
        label[len - 1] = '\0';
    strbuf_puts(p->b, "<p><strong>");
    html_escape(p->b, label);
    strbuf_puts(p->b, ":</strong> ");
    for (size_t i = 0; i < n; i++) {
        if (i)
            strbuf_puts(p->b, " → ");
        html_escape(p->b, tr(p, &meldcode_actor(p->sc->meldcode, (size_t)route[i])->name));
    }
    strbuf_puts(p->b, n ? "</p>\n" : "-</p>\n");
}

static void route(const Page *p, const ScoreResult *r)
{
    const ScenarioEnding *e = &p->sc->endings[r->ending];
    heading(p, "text.debrief.route");
    route_line(p, "text.debrief.your_route", r->route, r->route_count);
    route_line(p, "text.debrief.correct_route", e->route, e->route_count);
    strbuf_puts(p->b, "<p>");
    static const char *const verdict[] = {"text.debrief.route_same", "text.debrief.route_order",
                                          "text.debrief.route_differs"};
    html_escape(p->b, str(p, verdict[debrief_route_verdict(r, e)]));
    strbuf_puts(p->b, "</p>\n<ul class=\"route\">\n");
    DebriefActor actors[DEBRIEF_MAX_ACTORS];
    size_t n = debrief_route_compare(r, e, actors);
    for (size_t i = 0; i < n; i++) {
        const MeldcodeActor *a = meldcode_actor(p->sc->meldcode, (size_t)actors[i].actor);
        const char *mark = debrief_actor_mark(&actors[i]);
        bool good = actors[i].correct_pos >= 0 && actors[i].learner_pos >= 0 && !actors[i].moved;
        strbuf_printf(p->b, "<li><span class=\"%s\">", good ? "good" : "warn");
        html_escape(p->b, str(p, mark));
        strbuf_puts(p->b, "</span> <strong>");
        html_escape(p->b, tr(p, &a->name));
        strbuf_puts(p->b, "</strong><span class=\"role\">");
        html_escape(p->b, tr(p, &a->role));
        strbuf_puts(p->b, "</span></li>\n");
    }
    strbuf_puts(p->b, "</ul>\n");
}

static void closing(const Page *p, const ScoreResult *r)
{
    const ScenarioEnding *e = &p->sc->endings[r->ending];
    const MeldcodeOutcome *o = meldcode_outcome(p->sc->meldcode, (size_t)e->outcome);
    heading(p, "text.debrief.afweging");
    strbuf_puts(p->b, "<p><strong>");
    html_escape(p->b, tr(p, &o->name));
    strbuf_puts(p->b, "</strong></p>\n");
    html_text(p->b, tr(p, &o->explanation));
    heading(p, "text.debrief.next");
    html_text(p->b, tr(p, &e->debrief));
    if (!ms_text_empty(&e->history)) {
        heading(p, "text.debrief.history");
        html_text(p->b, tr(p, &e->history));
    }
    if (!ms_text_empty(&p->sc->debrief))
        html_text(p->b, tr(p, &p->sc->debrief));
}

MsStatus summary_html_write(StrBuf *b, const SummaryInput *in, MsError *err)
{
    const Scenario *sc = session_scenario(in->session);
    ScoreResult r;
    score_session(in->session, &r);
    if (!r.completed)
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                            "attempt %lld does not reach an ending of the case",
                            (long long)in->attempt->id);
    Page p = {b, in, sc};
    char title[RECORDS_TITLE_MAX + 128];
    snprintf(title, sizeof title, "%s: %s", str(&p, "summary.title"), tr(&p, &sc->title));
    html_page_begin(b, ms_lang_code(in->lang), title, SUMMARY_CSS);
    strbuf_puts(b, "<header><h1>");
    html_escape(b, str(&p, "summary.title"));
    strbuf_puts(b, "</h1><p class=\"sub\">");
    html_escape(b, tr(&p, &sc->title));
    strbuf_puts(b, " · ");
    html_escape(b, tr(&p, &sc->endings[r.ending].title));
    strbuf_puts(b, "</p></header>\n<section>\n");
    facts(&p, &r);
    verdict(&p, &r);
    if (strcmp(in->attempt->version, sc->version ? sc->version : "") != 0) {
        char line[512];
        strings_fill(str(&p, "summary.version_changed"), in->attempt->version, sc->version, NULL,
                     line, sizeof line);
        strbuf_puts(b, "<p class=\"warn\">");
        html_escape(b, line);
        strbuf_puts(b, "</p>\n");
    }
    strbuf_puts(b, "</section>\n<section>\n");
    steps(&p, &r);
    critical(&p, &r);
    strbuf_puts(b, "</section>\n<section>\n");
    route(&p, &r);
    strbuf_puts(b, "</section>\n<section>\n");
    closing(&p, &r);
    strbuf_puts(b, "</section>\n");
    choices(&p);
    char when[64], line[512];
    wallclock_local_text(in->generated_at, when, sizeof when);
    strings_fill(str(&p, "summary.footer"), in->generator, when, NULL, line, sizeof line);
    strbuf_puts(b, "<footer>");
    html_escape(b, line);
    strbuf_puts(b, "</footer>\n");
    html_page_end(b);
    if (b->failed)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    return MS_OK;
}
