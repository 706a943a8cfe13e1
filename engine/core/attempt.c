/*
 * attempt.c: the session plus its records. The session is the truth while
 * playing; the records follow it choice by choice. A failed write rebuilds the
 * session without the last step, so what the learner sees never runs ahead of
 * what is stored.
 */
#include "attempt.h"

#include <stdlib.h>
#include <string.h>

#include "score.h"
#include "wallclock.h"

struct Attempt {
    const Scenario *sc;
    Session *session;
    Records *records; /* NULL: not recorded */
    RecordsAttempt row;
    int64_t claimed; /* the attempt whose claim this holds (one player per attempt), or 0 */
    Mode mode;
    int next_seq;
    bool went_back; /* went back and has not answered since */
    int *worst;     /* per history index: worst points offered there */
    size_t worst_cap;
    bool *text_saved; /* per scene: its text is in the records */
    int64_t duration_ms;
    int64_t clock_ms; /* when the current question started counting */
    bool paused;
    int64_t paused_at;
};

static Attempt *attempt_alloc(const Scenario *sc, MsError *err)
{
    Attempt *a = calloc(1, sizeof *a);
    if (a) {
        a->sc = sc;
        a->session = session_create(sc);
        a->text_saved = calloc(sc->scene_count ? sc->scene_count : 1, sizeof *a->text_saved);
        a->next_seq = 1;
        a->clock_ms = wallclock_monotonic_ms();
    }
    if (!a || !a->session || !a->text_saved) {
        attempt_free(a);
        ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    return a;
}

void attempt_free(Attempt *a)
{
    if (!a)
        return;
    if (a->claimed)
        records_attempt_release(a->records, a->claimed);
    session_free(a->session);
    free(a->worst);
    free(a->text_saved);
    free(a);
}

const Session *attempt_session(const Attempt *a)
{
    return a->session;
}
Mode attempt_mode(const Attempt *a)
{
    return a->mode;
}
const ModeRules *attempt_rules(const Attempt *a)
{
    return mode_rules(a->mode);
}
int64_t attempt_id(const Attempt *a)
{
    return a->records ? a->row.id : 0;
}

int attempt_answered(const Attempt *a)
{
    int n = 0;
    for (size_t i = 0; i < session_history_count(a->session); i++)
        n += session_history(a->session, i)->choice >= 0;
    return n;
}

static bool note_worst(Attempt *a, size_t index, int worst)
{
    if (index >= a->worst_cap) {
        size_t cap = a->worst_cap ? a->worst_cap * 2 : 32;
        while (cap <= index)
            cap *= 2;
        int *grown = realloc(a->worst, cap * sizeof *grown);
        if (!grown)
            return false;
        a->worst = grown;
        a->worst_cap = cap;
    }
    a->worst[index] = worst;
    return true;
}

/* The offered options at the current scene and their best and worst points. */
static size_t offered(const Attempt *a, int options[SESSION_MAX_CHOICES], int *best, int *worst)
{
    size_t n = session_options(a->session, options);
    const ScenarioScene *scene = &a->sc->scenes[session_scene(a->session)];
    *best = *worst = 0;
    for (size_t i = 0; i < n; i++) {
        int p = scene->choices[options[i]].points;
        if (i == 0 || p > *best)
            *best = p;
        if (i == 0 || p < *worst)
            *worst = p;
    }
    return n;
}

/* Takes an option in the session and notes the worst points there; no records. */
static MsStatus step_session(Attempt *a, size_t option, MsError *err)
{
    int options[SESSION_MAX_CHOICES], best, worst = 0;
    if (!session_ended(a->session) && !a->sc->scenes[session_scene(a->session)].has_next)
        offered(a, options, &best, &worst);
    size_t index = session_history_count(a->session);
    MsStatus st = session_choose(a->session, option, err);
    if (st == MS_OK && !note_worst(a, index, worst))
        st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    return st;
}

void attempt_result(const Attempt *a, RecordsResult *out)
{
    ScoreResult r;
    const Scenario *sc = a->sc;
    score_session(a->session, &r);
    memset(out, 0, sizeof *out);
    if (r.ending >= 0) {
        const ScenarioEnding *e = &sc->endings[r.ending];
        records_copy(out->ending, sizeof out->ending, e->id);
        records_copy(out->outcome, sizeof out->outcome,
                     meldcode_outcome(sc->meldcode, (size_t)e->outcome)->id);
    }
    out->earned = r.earned;
    out->possible = r.possible;
    out->scaled = r.scaled;
    out->passed = r.passed;
    out->critical_count = (int)r.critical_count;
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        out->steps[i].earned = r.steps[i].earned;
        out->steps[i].possible = r.steps[i].possible;
        out->steps[i].decisions = r.steps[i].decisions;
    }
    for (size_t i = 0; i < session_history_count(a->session); i++)
        if (session_history(a->session, i)->decision && i < a->worst_cap)
            out->minimum += a->worst[i];
    out->duration_ms = a->duration_ms;
}

/* A fresh session with the first `keep` steps of the current one, replayed. */
static MsStatus rebuild(Attempt *a, size_t keep, MsError *err)
{
    Session *old = a->session;
    a->session = session_create(a->sc);
    if (!a->session) {
        a->session = old;
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    }
    MsStatus st = MS_OK;
    for (size_t i = 0; i < keep && st == MS_OK; i++) {
        const SessionStep *h = session_history(old, i);
        int options[SESSION_MAX_CHOICES];
        size_t n = session_options(a->session, options), pick = 0;
        for (size_t k = 0; k < n; k++)
            if (options[k] == h->choice)
                pick = k;
        st = step_session(a, pick, err);
    }
    session_free(old);
    return st;
}

MsStatus attempt_begin(const Scenario *sc, const AttemptSetup *setup, Attempt **out, MsError *err)
{
    *out = NULL;
    Attempt *a = attempt_alloc(sc, err);
    if (!a)
        return MS_ERR_NOMEM;
    a->mode = setup->mode;
    a->records = mode_rules(setup->mode)->recorded ? setup->records : NULL;
    if (a->records) {
        RecordsAttemptStart start = {.scenario = sc->id,
                                     .version = sc->version,
                                     .pack = sc->pack_path,
                                     .title = &sc->title,
                                     .mode = setup->mode,
                                     .lang = setup->lang,
                                     .pass_mark = sc->pass_mark};
        MsStatus st = records_attempt_start(a->records, setup->learner_id, &start, &a->row, err);
        if (st == MS_OK && (st = records_attempt_claim(a->records, a->row.id, err)) == MS_OK)
            a->claimed = a->row.id;
        if (st != MS_OK) {
            attempt_free(a);
            return st;
        }
    }
    *out = a;
    return MS_OK;
}

/* Replays the recorded choices that count; fails when one does not fit the case. */
static MsStatus replay(Attempt *a, const RecordsChoice *list, size_t n, MsError *err)
{
    for (size_t i = 0; i < n; i++) {
        a->duration_ms += list[i].think_ms;
        if (list[i].seq >= a->next_seq)
            a->next_seq = list[i].seq + 1;
    }
    for (size_t i = 0; i < n;) {
        if (list[i].undone) {
            i++;
            continue;
        }
        if (session_ended(a->session))
            return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                                "the case ended before recorded choice %d", list[i].seq);
        const ScenarioScene *scene = &a->sc->scenes[session_scene(a->session)];
        if (scene->has_next) {
            MsStatus st = step_session(a, 0, err);
            if (st != MS_OK)
                return st;
            continue;
        }
        if (strcmp(scene->id, list[i].scene) != 0)
            return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                                "recorded choice %d was made at scene '%s', but the case now "
                                "asks at '%s'",
                                list[i].seq, list[i].scene, scene->id);
        int options[SESSION_MAX_CHOICES];
        size_t count = session_options(a->session, options), pick = SIZE_MAX;
        for (size_t k = 0; k < count; k++)
            if (options[k] == list[i].choice)
                pick = k;
        if (pick == SIZE_MAX)
            return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                                "recorded choice %d (option %d of scene '%s') is not offered "
                                "there any more",
                                list[i].seq, list[i].choice + 1, scene->id);
        MsStatus st = step_session(a, pick, err);
        if (st != MS_OK)
            return st;
        a->text_saved[session_history(a->session, session_history_count(a->session) - 1)->scene] =
            true;
        i++;
    }
    return MS_OK;
}

MsStatus attempt_resume(const Scenario *sc, Records *records, int64_t id, Attempt **out,
                        MsError *err)
{
    *out = NULL;
    Attempt *a = attempt_alloc(sc, err);
    if (!a)
        return MS_ERR_NOMEM;
    a->records = records;
    RecordsChoice *list = NULL;
    size_t n = 0;
    /* claimed first: another player may be writing it (it must start a new one instead) */
    MsStatus st = records_attempt_claim(records, id, err);
    if (st == MS_OK) {
        a->claimed = id;
        st = records_attempt_get(records, id, &a->row, err);
    }
    if (st == MS_OK && a->row.status != RECORDS_OPEN)
        st = ms_error_set(err, MS_ERR_INVALID, NULL, 0, "attempt %lld is %s, not open",
                          (long long)id, records_status_id(a->row.status));
    if (st == MS_OK && strcmp(a->row.scenario, sc->id) != 0)
        st = ms_error_set(err, MS_ERR_INVALID, NULL, 0, "attempt %lld is of case '%s', not '%s'",
                          (long long)id, a->row.scenario, sc->id);
    if (st == MS_OK)
        st = records_choices_get(records, id, &list, &n, err);
    a->mode = a->row.mode;
    if (st == MS_OK)
        st = replay(a, list, n, err);
    free(list);
    if (st == MS_OK && session_ended(a->session)) {
        RecordsResult res;
        attempt_result(a, &res);
        st = records_attempt_finish(records, id, &res, err);
    }
    if (st != MS_OK) {
        attempt_free(a);
        return st;
    }
    a->clock_ms = wallclock_monotonic_ms();
    *out = a;
    return MS_OK;
}

MsStatus attempt_replay(const Scenario *sc, const RecordsChoice *choices, size_t count,
                        Session **out, MsError *err)
{
    *out = NULL;
    Attempt *a = attempt_alloc(sc, err);
    if (!a)
        return MS_ERR_NOMEM;
    MsStatus st = replay(a, choices, count, err);
    while (st == MS_OK && !session_ended(a->session) &&
           sc->scenes[session_scene(a->session)].has_next)
        st = step_session(a, 0, err);
    if (st == MS_OK) {
        *out = a->session;
        a->session = NULL;
    }
    attempt_free(a);
    return st;
}

static int64_t take_think_ms(Attempt *a)
{
    int64_t now = wallclock_monotonic_ms();
    int64_t since = a->paused ? a->paused_at : now;
    int64_t think = since - a->clock_ms;
    a->clock_ms = now;
    if (a->paused)
        a->paused_at = now;
    return think < 0 ? 0 : think > RECORDS_THINK_CAP_MS ? RECORDS_THINK_CAP_MS : think;
}

static MsStatus record_last(Attempt *a, const int *options, size_t n, size_t option, int best,
                            int worst, MsError *err)
{
    const SessionStep *h = session_history(a->session, session_history_count(a->session) - 1);
    const ScenarioScene *scene = &a->sc->scenes[h->scene];
    const ScenarioChoice *ch = &scene->choices[h->choice];
    RecordsChoice c;
    memset(&c, 0, sizeof c);
    c.seq = a->next_seq;
    records_copy(c.scene, sizeof c.scene, scene->id);
    c.step = scene->step;
    c.choice = h->choice;
    c.option = (int)option;
    memcpy(c.offered, options, n * sizeof *options);
    c.offered_count = n;
    c.decision = h->decision;
    c.points = h->points;
    c.best = best;
    c.worst = worst;
    records_copy(c.critical, sizeof c.critical, ch->critical.id ? ch->critical.id : "");
    wallclock_now_iso(c.answered_at);
    c.think_ms = take_think_ms(a);

    const MsText **texts = NULL;
    RecordsSceneText text = {&scene->text, NULL, scene->choice_count};
    bool with_text = !a->text_saved[h->scene];
    if (with_text) {
        texts = malloc((scene->choice_count ? scene->choice_count : 1) * sizeof *texts);
        if (!texts)
            return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        for (size_t i = 0; i < scene->choice_count; i++)
            texts[i] = &scene->choices[i].text;
        text.choices = texts;
    }
    RecordsResult res;
    bool ended = session_ended(a->session);
    if (ended) {
        a->duration_ms += c.think_ms;
        attempt_result(a, &res);
        a->duration_ms -= c.think_ms;
    }
    MsStatus st = records_choice_add(a->records, a->row.id, &c, with_text ? &text : NULL,
                                     ended ? &res : NULL, err);
    free(texts);
    if (st == MS_OK) {
        a->next_seq++;
        a->duration_ms += c.think_ms;
        a->text_saved[h->scene] = true;
    }
    return st;
}

MsStatus attempt_choose(Attempt *a, size_t option, MsError *err)
{
    if (session_ended(a->session))
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0, "the case has ended");
    bool narration = a->sc->scenes[session_scene(a->session)].has_next;
    int options[SESSION_MAX_CHOICES], best = 0, worst = 0;
    size_t n = narration ? 0 : offered(a, options, &best, &worst);
    size_t before = session_history_count(a->session);
    MsStatus st = step_session(a, option, err);
    if (st != MS_OK)
        return st;
    if (!narration)
        a->went_back = false;
    if (!a->records)
        return MS_OK;
    if (!narration)
        st = record_last(a, options, n, option, best, worst, err);
    else if (session_ended(a->session)) {
        RecordsResult res;
        attempt_result(a, &res);
        st = records_attempt_finish(a->records, a->row.id, &res, err);
    }
    if (st != MS_OK) {
        MsError ignored;
        rebuild(a, before, &ignored);
    }
    return st;
}

AttemptBack attempt_back_allowed(const Attempt *a)
{
    if (!mode_rules(a->mode)->may_go_back)
        return ATTEMPT_BACK_MODE;
    if (a->went_back)
        return ATTEMPT_BACK_USED;
    for (size_t i = 0; i < session_history_count(a->session); i++)
        if (session_history(a->session, i)->decision)
            return ATTEMPT_BACK_OK;
    return ATTEMPT_BACK_NONE;
}

MsStatus attempt_back(Attempt *a, MsError *err)
{
    AttemptBack allowed = attempt_back_allowed(a);
    if (allowed != ATTEMPT_BACK_OK)
        return ms_error_set(err, MS_ERR_REFUSED, NULL, 0, "%s",
                            allowed == ATTEMPT_BACK_MODE   ? "this mode does not allow going back"
                            : allowed == ATTEMPT_BACK_USED ? "already went back one decision"
                                                           : "there is no decision to take back");
    /* The choices from the last decision on are taken back (single-option ones after it too). */
    size_t count = session_history_count(a->session), last = count;
    while (last > 0 && !session_history(a->session, last - 1)->decision)
        last--;
    int undone = 0;
    for (size_t i = last - 1; i < count; i++)
        undone += session_history(a->session, i)->choice >= 0;
    if (a->records) {
        MsStatus st = records_choice_undo(a->records, a->row.id, undone, err);
        if (st != MS_OK)
            return st;
    }
    MsStatus st = rebuild(a, last - 1, err);
    if (st == MS_OK)
        a->went_back = true;
    return st;
}

void attempt_clock_pause(Attempt *a, bool paused)
{
    int64_t now = wallclock_monotonic_ms();
    if (paused && !a->paused) {
        a->paused = true;
        a->paused_at = now;
    } else if (!paused && a->paused) {
        a->paused = false;
        a->clock_ms += now - a->paused_at;
    }
}
