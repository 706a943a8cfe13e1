/*
 * reload.c: saving a path by scene id and replaying it on a reloaded case (reload.h).
 */
#include "reload.h"

#include "check.h"
#include "library.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

MsStatus reload_path_save(const Session *s, ReloadPath *out, MsError *err)
{
    const Scenario *sc = session_scenario(s);
    size_t n = session_history_count(s);
    out->count = 0;
    out->steps = n ? calloc(n, sizeof *out->steps) : NULL;
    if (n && !out->steps)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const SessionStep *h = session_history(s, i);
        const char *id = sc->scenes[h->scene].id;
        ReloadStep *st = &out->steps[out->count];
        if (!(st->scene = malloc(strlen(id) + 1))) {
            reload_path_free(out);
            return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        }
        memcpy(st->scene, id, strlen(id) + 1);
        st->choice = h->choice;
        out->count++;
    }
    return MS_OK;
}

void reload_path_free(ReloadPath *p)
{
    for (size_t i = 0; i < p->count; i++)
        free(p->steps[i].scene);
    free(p->steps);
    p->steps = NULL;
    p->count = 0;
}

/* The option (0-based among those offered) that is step's choice, or -1. */
static int offered_option(const Session *s, const ReloadStep *step)
{
    const Scenario *sc = session_scenario(s);
    int scene = session_scene(s);
    if (scene < 0 || strcmp(sc->scenes[scene].id, step->scene) != 0)
        return -1;
    if (step->choice < 0)
        return sc->scenes[scene].has_next ? 0 : -1;
    if (sc->scenes[scene].has_next)
        return -1;
    int options[SESSION_MAX_CHOICES];
    size_t n = session_options(s, options);
    for (size_t i = 0; i < n; i++)
        if (options[i] == step->choice)
            return (int)i;
    return -1;
}

size_t reload_path_replay(Attempt *a, const ReloadPath *p, MsError *err)
{
    size_t taken = 0;
    while (taken < p->count) {
        int option = offered_option(attempt_session(a), &p->steps[taken]);
        if (option < 0 || attempt_choose(a, (size_t)option, err) != MS_OK)
            break;
        taken++;
    }
    return taken;
}

Scenario *reload_load(const char *spec, const Meldcode *mc, char *message, size_t cap)
{
    MsError err;
    ms_error_clear(&err);
    Scenario *sc = NULL;
    message[0] = '\0';
    if (library_load(spec, mc, &sc, &err) != MS_OK) {
        ms_error_format(&err, message, cap);
        return NULL;
    }
    CheckReport report;
    if (check_scenario(sc, NULL, &report) != MS_OK) {
        snprintf(message, cap, "%s: out of memory", sc->source);
        scenario_free(sc);
        return NULL;
    }
    size_t used = 0;
    for (size_t i = 0; i < report.issue_count && used + 1 < cap; i++) {
        if (report.issues[i].severity != CHECK_ERROR)
            continue;
        int n = snprintf(message + used, cap - used, "%s%s: %s", used ? "\n" : "", sc->source,
                         report.issues[i].message);
        used = n < 0 ? used : used + (size_t)n < cap ? used + (size_t)n : cap - 1;
    }
    bool broken = report.errors > 0;
    check_report_free(&report);
    if (broken) {
        scenario_free(sc);
        return NULL;
    }
    return sc;
}
