/*
 * session.c: the state of one playthrough: where the learner is, the
 * variables, and the history of steps taken. Going back replays the history
 * from the start, so the variables can never drift from the choices.
 */
#include "session.h"

#include <stdlib.h>
#include <string.h>

struct Session {
    const Scenario *sc;
    int scene;  /* -1 when ended */
    int ending; /* -1 while playing */
    double *vars;
    SessionStep *history;
    size_t count;
    size_t cap;
};

static void session_reset(Session *s)
{
    const Scenario *sc = s->sc;
    s->scene = sc->start;
    s->ending = -1;
    s->count = 0;
    for (size_t i = 0; i < sc->var_count; i++)
        s->vars[i] = sc->vars[i].initial;
}

Session *session_create(const Scenario *sc)
{
    Session *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->sc = sc;
    s->vars = calloc(sc->var_count ? sc->var_count : 1, sizeof *s->vars);
    if (!s->vars) {
        free(s);
        return NULL;
    }
    session_reset(s);
    return s;
}

void session_free(Session *s)
{
    if (!s)
        return;
    free(s->vars);
    free(s->history);
    free(s);
}

const Scenario *session_scenario(const Session *s)
{
    return s->sc;
}
bool session_ended(const Session *s)
{
    return s->scene < 0;
}
int session_scene(const Session *s)
{
    return s->scene;
}
int session_ending(const Session *s)
{
    return s->ending;
}
const double *session_vars(const Session *s)
{
    return s->vars;
}
size_t session_history_count(const Session *s)
{
    return s->count;
}

const SessionStep *session_history(const Session *s, size_t index)
{
    return index < s->count ? &s->history[index] : NULL;
}

size_t session_options(const Session *s, int out[SESSION_MAX_CHOICES])
{
    if (s->scene < 0)
        return 0;
    const ScenarioScene *scene = &s->sc->scenes[s->scene];
    size_t n = 0;
    for (size_t i = 0; i < scene->choice_count && n < SESSION_MAX_CHOICES; i++)
        if (scenario_choice_available(&scene->choices[i], s->vars))
            out[n++] = (int)i;
    return n;
}

static void go_to(Session *s, ScenarioTarget t)
{
    if (t.kind == SCENARIO_TARGET_ENDING) {
        s->scene = -1;
        s->ending = t.index;
    } else {
        s->scene = t.index;
    }
}

MsStatus session_choose(Session *s, size_t option, MsError *err)
{
    if (s->scene < 0)
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0, "the case has ended");
    const ScenarioScene *scene = &s->sc->scenes[s->scene];
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 32;
        SessionStep *grown = realloc(s->history, cap * sizeof *grown);
        if (!grown)
            return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        s->history = grown;
        s->cap = cap;
    }
    SessionStep *step = &s->history[s->count];
    memset(step, 0, sizeof *step);
    step->scene = s->scene;
    if (scene->has_next) {
        if (option != 0)
            return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                                "scene '%s' has only one way on (option 1)", scene->id);
        step->choice = -1;
        s->count++;
        go_to(s, scene->next);
        return MS_OK;
    }
    int options[SESSION_MAX_CHOICES];
    size_t n = session_options(s, options);
    if (n == 0)
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                            "scene '%s': no option is available with the current variables",
                            scene->id);
    if (option >= n)
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0, "scene '%s' has options 1 to %zu",
                            scene->id, n);
    const ScenarioChoice *choice = &scene->choices[options[option]];
    step->choice = options[option];
    step->points = choice->points;
    step->decision = n >= 2;
    step->best_points = choice->points;
    for (size_t i = 0; i < n; i++)
        if (scene->choices[options[i]].points > step->best_points)
            step->best_points = scene->choices[options[i]].points;
    scenario_choice_apply(choice, s->vars);
    s->count++;
    go_to(s, choice->next);
    return MS_OK;
}

bool session_back(Session *s)
{
    size_t last = s->count;
    while (last > 0 && !s->history[last - 1].decision)
        last--;
    if (last == 0)
        return false;
    /* Replay every step before the last decision. */
    size_t keep = last - 1;
    SessionStep *old = s->history;
    s->history = NULL;
    s->cap = 0;
    session_reset(s);
    bool ok = true;
    for (size_t i = 0; i < keep && ok; i++) {
        int options[SESSION_MAX_CHOICES];
        size_t n = session_options(s, options), pick = 0;
        for (size_t k = 0; k < n; k++)
            if (options[k] == old[i].choice)
                pick = k;
        ok = session_choose(s, pick, NULL) == MS_OK;
    }
    free(old);
    return ok;
}
