/*
 * result_json.c: numbers are rounded to four decimals so golden files stay
 * readable and do not depend on the last bit of a division.
 */
#include "result_json.h"

#include <math.h>

#include "score.h"

static cJSON *route_json(const Meldcode *mc, const int *route, size_t n)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; arr && i < n; i++)
        cJSON_AddItemToArray(arr, cJSON_CreateString(meldcode_actor(mc, (size_t)route[i])->id));
    return arr;
}

cJSON *result_json_create(const Session *s)
{
    const Scenario *sc = session_scenario(s);
    const Meldcode *mc = sc->meldcode;
    ScoreResult r;
    score_session(s, &r);
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddStringToObject(o, "scenario", sc->id);
    cJSON_AddStringToObject(o, "version", sc->version);
    cJSON_AddBoolToObject(o, "completed", r.completed);
    const ScenarioEnding *e = r.ending >= 0 ? &sc->endings[r.ending] : NULL;
    if (e) {
        cJSON_AddStringToObject(o, "ending", e->id);
        cJSON_AddStringToObject(o, "outcome", meldcode_outcome(mc, (size_t)e->outcome)->id);
    } else {
        cJSON_AddNullToObject(o, "ending");
        cJSON_AddNullToObject(o, "outcome");
    }
    cJSON_AddBoolToObject(o, "passed", r.passed);
    cJSON_AddNumberToObject(o, "pass_mark", sc->pass_mark);
    cJSON *score = cJSON_AddObjectToObject(o, "score");
    cJSON_AddNumberToObject(score, "earned", r.earned);
    cJSON_AddNumberToObject(score, "possible", r.possible);
    cJSON_AddNumberToObject(score, "scaled", round(r.scaled * 10000.0) / 10000.0);
    cJSON *steps = cJSON_AddArrayToObject(o, "steps");
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        cJSON *st = cJSON_CreateObject();
        cJSON_AddStringToObject(st, "step", meldcode_step_id((MsStep)i));
        cJSON_AddNumberToObject(st, "earned", r.steps[i].earned);
        cJSON_AddNumberToObject(st, "possible", r.steps[i].possible);
        cJSON_AddNumberToObject(st, "decisions", r.steps[i].decisions);
        cJSON_AddItemToArray(steps, st);
    }
    cJSON *critical = cJSON_AddArrayToObject(o, "critical");
    for (size_t i = 0; i < r.critical_count; i++) {
        cJSON *c = cJSON_CreateObject();
        cJSON_AddStringToObject(c, "id", r.critical[i].critical->id);
        cJSON_AddStringToObject(c, "scene", sc->scenes[r.critical[i].scene].id);
        cJSON_AddStringToObject(
            c, "explanation",
            ms_text_get(&r.critical[i].critical->explanation, sc->language, MS_LANG_NL));
        cJSON_AddItemToArray(critical, c);
    }
    cJSON_AddItemToObject(o, "route", route_json(mc, r.route, r.route_count));
    if (e) {
        cJSON_AddItemToObject(o, "correct_route", route_json(mc, e->route, e->route_count));
        cJSON_AddBoolToObject(o, "route_matches", score_route_matches(&r, e));
    } else {
        cJSON_AddNullToObject(o, "correct_route");
        cJSON_AddBoolToObject(o, "route_matches", 0);
    }
    cJSON *choices = cJSON_AddArrayToObject(o, "choices");
    for (size_t i = 0; i < session_history_count(s); i++) {
        const SessionStep *h = session_history(s, i);
        if (h->choice < 0)
            continue;
        const ScenarioScene *scene = &sc->scenes[h->scene];
        const ScenarioChoice *ch = &scene->choices[h->choice];
        cJSON *c = cJSON_CreateObject();
        cJSON_AddStringToObject(c, "scene", scene->id);
        cJSON_AddNumberToObject(c, "choice", h->choice + 1);
        cJSON_AddStringToObject(c, "step", meldcode_step_id(scene->step));
        cJSON_AddNumberToObject(c, "points", h->points);
        cJSON_AddNumberToObject(c, "best", h->best_points);
        cJSON_AddBoolToObject(c, "decision", h->decision);
        if (ch->critical.id)
            cJSON_AddStringToObject(c, "critical", ch->critical.id);
        cJSON_AddItemToArray(choices, c);
    }
    return o;
}
