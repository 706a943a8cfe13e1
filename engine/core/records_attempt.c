/*
 * records_attempt.c: attempts, their choices and results, written and read.
 * A choice and, for the last one, the finished result go in one transaction, so
 * a stop between the two cannot leave a finished case looking unfinished.
 */
#include "records_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

/* ---- writing ----------------------------------------------------------------------------- */

MsStatus records_attempt_start(Records *r, int64_t learner_id, const RecordsAttemptStart *start,
                               RecordsAttempt *out, MsError *err)
{
    char registration[UUID_STR], now[WALLCLOCK_ISO_MAX];
    MsStatus s = uuid_random(registration, err);
    if (s != MS_OK)
        return s;
    wallclock_now_iso(now);
    sqlite3_stmt *st = NULL;
    s = records_prepare(r,
                        "INSERT INTO attempt(registration, learner_id, scenario, version, title_nl,"
                        " title_en, mode, lang, pass_mark, started_at, pack)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        &st, err);
    if (s != MS_OK)
        return s;
    const MsText *t = start->title;
    sqlite3_bind_text(st, 1, registration, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, learner_id);
    sqlite3_bind_text(st, 3, start->scenario, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, start->version ? start->version : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, t && t->s[MS_LANG_NL] ? t->s[MS_LANG_NL] : start->scenario, -1,
                      SQLITE_STATIC);
    sqlite3_bind_text(st, 6, t && t->s[MS_LANG_EN] ? t->s[MS_LANG_EN] : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, mode_id(start->mode), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, ms_lang_code(start->lang), -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 9, start->pass_mark);
    sqlite3_bind_text(st, 10, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 11, start->pack ? start->pack : "", -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return records_fail(r, err, "cannot start the attempt");
    return records_attempt_get(r, sqlite3_last_insert_rowid(r->db), out, err);
}

static cJSON *text_json(const MsText *t)
{
    cJSON *o = cJSON_CreateObject();
    for (int l = 0; o && l < MS_LANG_COUNT; l++)
        if (t && t->s[l])
            cJSON_AddStringToObject(o, ms_lang_code((MsLang)l), t->s[l]);
    return o;
}

static MsStatus put_scene_text(Records *r, const RecordsAttempt *a, const char *scene,
                               const RecordsSceneText *text, MsError *err)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; arr && i < text->choice_count; i++)
        cJSON_AddItemToArray(arr, text_json(text->choices[i]));
    char *json = arr ? cJSON_PrintUnformatted(arr) : NULL;
    cJSON_Delete(arr);
    if (!json)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    sqlite3_stmt *st = NULL;
    MsStatus s =
        records_prepare(r, "INSERT OR IGNORE INTO scene_text VALUES (?, ?, ?, ?, ?, ?)", &st, err);
    if (s == MS_OK) {
        const MsText *q = text->question;
        sqlite3_bind_text(st, 1, a->scenario, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, a->version, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, scene, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, q && q->s[MS_LANG_NL] ? q->s[MS_LANG_NL] : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, q && q->s[MS_LANG_EN] ? q->s[MS_LANG_EN] : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, json, -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            s = records_fail(r, err, "cannot store the scene's text");
    }
    sqlite3_finalize(st);
    cJSON_free(json);
    return s;
}

static void offered_text(const RecordsChoice *c, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < c->offered_count && n + 8 < cap; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s%d", i ? "," : "", c->offered[i] + 1);
}

static MsStatus insert_choice(Records *r, int64_t attempt_id, const RecordsChoice *c, MsError *err)
{
    char offered[SESSION_MAX_CHOICES * 8];
    offered_text(c, offered, sizeof offered);
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(
        r,
        "INSERT INTO choice(attempt_id, seq, scene, step, choice_index, option_index, offered,"
        " decision, points, best, worst, critical, answered_at, think_ms, undone)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        &st, err);
    if (s != MS_OK)
        return s;
    int64_t think = c->think_ms < 0 ? 0 : c->think_ms;
    if (think > RECORDS_THINK_CAP_MS)
        think = RECORDS_THINK_CAP_MS;
    sqlite3_bind_int64(st, 1, attempt_id);
    sqlite3_bind_int(st, 2, c->seq);
    sqlite3_bind_text(st, 3, c->scene, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, meldcode_step_id(c->step), -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, c->choice + 1);
    sqlite3_bind_int(st, 6, c->option + 1);
    sqlite3_bind_text(st, 7, offered, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 8, c->decision);
    sqlite3_bind_int(st, 9, c->points);
    sqlite3_bind_int(st, 10, c->best);
    sqlite3_bind_int(st, 11, c->worst);
    if (c->critical[0])
        sqlite3_bind_text(st, 12, c->critical, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 12);
    sqlite3_bind_text(st, 13, c->answered_at, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 14, think);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return records_fail(r, err, "cannot record the choice");
    return MS_OK;
}

static MsStatus write_finish(Records *r, int64_t attempt_id, const RecordsResult *res, MsError *err)
{
    char now[WALLCLOCK_ISO_MAX];
    wallclock_now_iso(now);
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(
        r,
        "UPDATE attempt SET status = 'finished', finished_at = ?, ending = ?, outcome = ?,"
        " earned = ?, possible = ?, minimum = ?, scaled = ?, passed = ?, critical_count = ?,"
        " duration_ms = ? WHERE id = ? AND status = 'open'",
        &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, res->ending, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, res->outcome, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, res->earned);
    sqlite3_bind_int(st, 5, res->possible);
    sqlite3_bind_int(st, 6, res->minimum);
    sqlite3_bind_double(st, 7, res->scaled);
    sqlite3_bind_int(st, 8, res->passed);
    sqlite3_bind_int(st, 9, res->critical_count);
    sqlite3_bind_int64(st, 10, res->duration_ms);
    sqlite3_bind_int64(st, 11, attempt_id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return records_fail(r, err, "cannot finish the attempt");
    if (sqlite3_changes(r->db) != 1)
        return ms_error_set(err, MS_ERR_INVALID, r->path, 0, "attempt %lld is not open",
                            (long long)attempt_id);
    if ((s = records_prepare(r, "INSERT OR REPLACE INTO attempt_step VALUES (?, ?, ?, ?, ?)", &st,
                             err)) != MS_OK)
        return s;
    for (int i = 0; i < MS_STEP_COUNT && s == MS_OK; i++) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, attempt_id);
        sqlite3_bind_text(st, 2, meldcode_step_id((MsStep)i), -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, res->steps[i].earned);
        sqlite3_bind_int(st, 4, res->steps[i].possible);
        sqlite3_bind_int(st, 5, res->steps[i].decisions);
        if (sqlite3_step(st) != SQLITE_DONE)
            s = records_fail(r, err, "cannot store the step scores");
    }
    sqlite3_finalize(st);
    return s;
}

MsStatus records_choice_add(Records *r, int64_t attempt_id, const RecordsChoice *choice,
                            const RecordsSceneText *text, const RecordsResult *finish, MsError *err)
{
    RecordsAttempt a;
    MsStatus s = records_begin(r, err);
    if (s != MS_OK)
        return s;
    if ((s = records_attempt_get(r, attempt_id, &a, err)) == MS_OK && a.status != RECORDS_OPEN)
        s = ms_error_set(err, MS_ERR_INVALID, r->path, 0, "attempt %lld is %s, not open",
                         (long long)attempt_id, records_status_id(a.status));
    if (s == MS_OK && text)
        s = put_scene_text(r, &a, choice->scene, text, err);
    if (s == MS_OK)
        s = insert_choice(r, attempt_id, choice, err);
    if (s == MS_OK && finish)
        s = write_finish(r, attempt_id, finish, err);
    if (s != MS_OK) {
        records_rollback(r);
        return s;
    }
    return records_commit(r, err);
}

static MsStatus run_one(Records *r, const char *sql, int64_t a, int64_t b, const char *what,
                        MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(r, sql, &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_int64(st, 1, a);
    if (sqlite3_bind_parameter_count(st) > 1)
        sqlite3_bind_int64(st, 2, b);
    if (sqlite3_step(st) != SQLITE_DONE)
        s = records_fail(r, err, what);
    sqlite3_finalize(st);
    return s;
}

MsStatus records_choice_undo(Records *r, int64_t attempt_id, int count, MsError *err)
{
    return run_one(r,
                   "UPDATE choice SET undone = 1 WHERE attempt_id = ?1 AND seq IN"
                   " (SELECT seq FROM choice WHERE attempt_id = ?1 AND undone = 0"
                   " ORDER BY seq DESC LIMIT ?2)",
                   attempt_id, count, "cannot mark the choice as taken back", err);
}

MsStatus records_attempt_finish(Records *r, int64_t attempt_id, const RecordsResult *result,
                                MsError *err)
{
    MsStatus s = records_begin(r, err);
    if (s != MS_OK)
        return s;
    if ((s = write_finish(r, attempt_id, result, err)) != MS_OK) {
        records_rollback(r);
        return s;
    }
    return records_commit(r, err);
}

MsStatus records_attempt_abandon(Records *r, int64_t attempt_id, MsError *err)
{
    return run_one(r, "UPDATE attempt SET status = 'abandoned' WHERE id = ?1 AND status = 'open'",
                   attempt_id, 0, "cannot close the attempt", err);
}

MsStatus records_votes_set(Records *r, int64_t attempt_id, int seq, const int *counts, size_t count,
                           MsError *err)
{
    MsStatus s = records_begin(r, err);
    if (s != MS_OK)
        return s;
    sqlite3_stmt *st = NULL;
    if ((s = records_prepare(r, "INSERT OR REPLACE INTO vote VALUES (?, ?, ?, ?)", &st, err)) !=
        MS_OK) {
        records_rollback(r);
        return s;
    }
    for (size_t i = 0; i < count && s == MS_OK; i++) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, attempt_id);
        sqlite3_bind_int(st, 2, seq);
        sqlite3_bind_int(st, 3, (int)i + 1);
        sqlite3_bind_int(st, 4, counts[i] < 0 ? 0 : counts[i]);
        if (sqlite3_step(st) != SQLITE_DONE)
            s = records_fail(r, err, "cannot record the votes");
    }
    sqlite3_finalize(st);
    if (s != MS_OK) {
        records_rollback(r);
        return s;
    }
    return records_commit(r, err);
}

/* ---- reading ----------------------------------------------------------------------------- */

MsStatus records_votes_get(Records *r, int64_t attempt_id, int seq, int *counts, size_t count, int *total,
                           MsError *err)
{
    *total = 0;
    for (size_t i = 0; i < count; i++) {
        counts[i] = 0;
    }
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(
        r, "SELECT option_index, count FROM vote WHERE attempt_id = ? AND seq = ? ORDER BY option_index", &st, err);
    if (s != MS_OK) {
        return s;
    }
    sqlite3_bind_int64(st, 1, attempt_id);
    sqlite3_bind_int(st, 2, seq);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int option = sqlite3_column_int(st, 0);
        int n = sqlite3_column_int(st, 1);
        if (option >= 1 && (size_t)option <= count && n > 0) {
            counts[option - 1] = n;
            *total += n;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? MS_OK : records_fail(r, err, "cannot read the votes");
}

#define ATTEMPT_COLUMNS                                                                            \
    "SELECT a.id, a.registration, a.learner_id, l.name, a.scenario, a.version, a.title_nl,"        \
    " a.title_en, a.mode, a.lang, a.pass_mark, a.status, a.started_at,"                            \
    " coalesce(a.finished_at, ''), coalesce(a.ending, ''), coalesce(a.outcome, ''),"               \
    " coalesce(a.earned, 0), coalesce(a.possible, 0), coalesce(a.minimum, 0),"                     \
    " coalesce(a.scaled, 0), coalesce(a.passed, 0), coalesce(a.critical_count, 0),"                \
    " coalesce(a.duration_ms, 0),"                                                                 \
    " (SELECT count(*) FROM choice c WHERE c.attempt_id = a.id AND c.undone = 0),"                 \
    " (SELECT count(*) FROM choice c WHERE c.attempt_id = a.id AND c.undone = 1), a.pack"          \
    " FROM attempt a JOIN learner l ON l.id = a.learner_id "

static void attempt_row(Records *r, sqlite3_stmt *st, RecordsAttempt *a)
{
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(st, 0);
    records_column_copy(st, 1, a->registration, sizeof a->registration);
    a->learner_id = sqlite3_column_int64(st, 2);
    records_column_copy(st, 3, a->learner, sizeof a->learner);
    records_column_copy(st, 4, a->scenario, sizeof a->scenario);
    records_column_copy(st, 5, a->version, sizeof a->version);
    records_column_copy(st, 6, a->title[MS_LANG_NL], sizeof a->title[MS_LANG_NL]);
    records_column_copy(st, 7, a->title[MS_LANG_EN], sizeof a->title[MS_LANG_EN]);
    int mode = mode_parse((const char *)sqlite3_column_text(st, 8));
    a->mode = mode < 0 ? MODE_TOETS : (Mode)mode;
    if (!ms_lang_parse((const char *)sqlite3_column_text(st, 9), &a->lang))
        a->lang = MS_LANG_NL;
    a->pass_mark = sqlite3_column_double(st, 10);
    const char *status = (const char *)sqlite3_column_text(st, 11);
    a->status = status && strcmp(status, "finished") == 0    ? RECORDS_FINISHED
                : status && strcmp(status, "abandoned") == 0 ? RECORDS_ABANDONED
                                                             : RECORDS_OPEN;
    records_column_copy(st, 12, a->started_at, sizeof a->started_at);
    records_column_copy(st, 13, a->finished_at, sizeof a->finished_at);
    RecordsResult *res = &a->result;
    records_column_copy(st, 14, res->ending, sizeof res->ending);
    records_column_copy(st, 15, res->outcome, sizeof res->outcome);
    res->earned = sqlite3_column_int(st, 16);
    res->possible = sqlite3_column_int(st, 17);
    res->minimum = sqlite3_column_int(st, 18);
    res->scaled = sqlite3_column_double(st, 19);
    res->passed = sqlite3_column_int(st, 20) != 0;
    res->critical_count = sqlite3_column_int(st, 21);
    res->duration_ms = sqlite3_column_int64(st, 22);
    a->answered = sqlite3_column_int(st, 23);
    a->undone = sqlite3_column_int(st, 24);
    records_column_copy(st, 25, a->pack, sizeof a->pack);
    if (a->status != RECORDS_FINISHED)
        return;
    sqlite3_stmt *steps = NULL;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT step, earned, possible, decisions FROM attempt_step"
                           " WHERE attempt_id = ?",
                           -1, &steps, NULL) != SQLITE_OK) {
        sqlite3_finalize(steps);
        return;
    }
    sqlite3_bind_int64(steps, 1, a->id);
    while (sqlite3_step(steps) == SQLITE_ROW) {
        int i = meldcode_step_find((const char *)sqlite3_column_text(steps, 0));
        if (i < 0)
            continue;
        res->steps[i].earned = sqlite3_column_int(steps, 1);
        res->steps[i].possible = sqlite3_column_int(steps, 2);
        res->steps[i].decisions = sqlite3_column_int(steps, 3);
    }
    sqlite3_finalize(steps);
}

MsStatus records_attempt_get(Records *r, int64_t attempt_id, RecordsAttempt *out, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(r, ATTEMPT_COLUMNS "WHERE a.id = ?", &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_int64(st, 1, attempt_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        attempt_row(r, st, out);
    else if (rc == SQLITE_DONE)
        s = ms_error_set(err, MS_ERR_NOT_FOUND, NULL, 0, "no attempt %lld in the records",
                         (long long)attempt_id);
    else
        s = records_fail(r, err, "cannot read the attempt");
    sqlite3_finalize(st);
    return s;
}

MsStatus records_attempt_find_open(Records *r, int64_t learner_id, const char *scenario,
                                   RecordsAttempt *out, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s =
        records_prepare(r,
                        ATTEMPT_COLUMNS "WHERE a.learner_id = ? AND a.scenario = ?"
                                        " AND a.status = 'open' ORDER BY a.id DESC LIMIT 1",
                        &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_int64(st, 1, learner_id);
    sqlite3_bind_text(st, 2, scenario, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        attempt_row(r, st, out);
    else if (rc == SQLITE_DONE)
        s = ms_error_set(err, MS_ERR_NOT_FOUND, NULL, 0, "no unfinished attempt");
    else
        s = records_fail(r, err, "cannot read the attempts");
    sqlite3_finalize(st);
    return s;
}

static void parse_offered(const char *text, RecordsChoice *c)
{
    c->offered_count = 0;
    for (const char *p = text; p && *p && c->offered_count < SESSION_MAX_CHOICES;) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p)
            break;
        c->offered[c->offered_count++] = (int)v - 1;
        p = *end == ',' ? end + 1 : end;
    }
}

MsStatus records_choices_get(Records *r, int64_t attempt_id, RecordsChoice **out, size_t *count,
                             MsError *err)
{
    *out = NULL;
    *count = 0;
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(
        r,
        "SELECT seq, scene, step, choice_index, option_index, offered, decision, points, best,"
        " worst, coalesce(critical, ''), answered_at, think_ms, undone FROM choice"
        " WHERE attempt_id = ? ORDER BY seq",
        &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_int64(st, 1, attempt_id);
    size_t cap = 0;
    RecordsChoice *list = NULL;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            cap = cap ? cap * 2 : 16;
            RecordsChoice *grown = realloc(list, cap * sizeof *grown);
            if (!grown) {
                s = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
                break;
            }
            list = grown;
        }
        RecordsChoice *c = &list[(*count)++];
        memset(c, 0, sizeof *c);
        c->seq = sqlite3_column_int(st, 0);
        records_column_copy(st, 1, c->scene, sizeof c->scene);
        int step = meldcode_step_find((const char *)sqlite3_column_text(st, 2));
        c->step = step < 0 ? MS_STEP_SIGNALEN : (MsStep)step;
        c->choice = sqlite3_column_int(st, 3) - 1;
        c->option = sqlite3_column_int(st, 4) - 1;
        parse_offered((const char *)sqlite3_column_text(st, 5), c);
        c->decision = sqlite3_column_int(st, 6) != 0;
        c->points = sqlite3_column_int(st, 7);
        c->best = sqlite3_column_int(st, 8);
        c->worst = sqlite3_column_int(st, 9);
        records_column_copy(st, 10, c->critical, sizeof c->critical);
        records_column_copy(st, 11, c->answered_at, sizeof c->answered_at);
        c->think_ms = sqlite3_column_int64(st, 12);
        c->undone = sqlite3_column_int(st, 13) != 0;
    }
    if (s == MS_OK && rc != SQLITE_DONE)
        s = records_fail(r, err, "cannot read the choices");
    sqlite3_finalize(st);
    if (s != MS_OK) {
        free(list);
        *count = 0;
        return s;
    }
    *out = list;
    return MS_OK;
}

MsStatus records_attempt_each(Records *r, const char *learner, bool finished_only,
                              RecordsAttemptVisit visit, void *user, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(r,
                                 ATTEMPT_COLUMNS "WHERE (?1 IS NULL OR l.name = ?1)"
                                                 " AND (?2 = 0 OR a.status = 'finished')"
                                                 " ORDER BY a.id",
                                 &st, err);
    if (s != MS_OK)
        return s;
    if (learner)
        sqlite3_bind_text(st, 1, learner, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 1);
    sqlite3_bind_int(st, 2, finished_only);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        RecordsAttempt a;
        attempt_row(r, st, &a);
        if (!visit(&a, user)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE)
        s = records_fail(r, err, "cannot read the attempts");
    sqlite3_finalize(st);
    return s;
}

static void text_from_json(const cJSON *o, Arena *arena, MsText *out)
{
    memset(out, 0, sizeof *out);
    for (int l = 0; l < MS_LANG_COUNT; l++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, ms_lang_code((MsLang)l));
        if (cJSON_IsString(v) && v->valuestring[0])
            out->s[l] = arena_strdup(arena, v->valuestring);
    }
}

MsStatus records_scene_text_get(Records *r, const char *scenario, const char *version,
                                const char *scene, Arena *arena, RecordsSceneTexts *out,
                                MsError *err)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(r,
                                 "SELECT question_nl, question_en, choices FROM scene_text"
                                 " WHERE scenario = ? AND version = ? AND scene = ?",
                                 &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_text(st, 1, scenario, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, version, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, scene, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        for (int l = 0; l < MS_LANG_COUNT; l++) {
            const char *q = (const char *)sqlite3_column_text(st, l);
            out->question.s[l] = q && *q ? arena_strdup(arena, q) : NULL;
        }
        cJSON *arr = cJSON_Parse((const char *)sqlite3_column_text(st, 2));
        int n = cJSON_GetArraySize(arr);
        out->choices = n > 0 ? arena_alloc(arena, (size_t)n * sizeof *out->choices) : NULL;
        for (int i = 0; out->choices && i < n; i++)
            text_from_json(cJSON_GetArrayItem(arr, i), arena, &out->choices[i]);
        out->choice_count = out->choices ? (size_t)n : 0;
        cJSON_Delete(arr);
    } else if (rc == SQLITE_DONE) {
        s = ms_error_set(err, MS_ERR_NOT_FOUND, NULL, 0, "no stored text for scene '%s'", scene);
    } else {
        s = records_fail(r, err, "cannot read the scene's text");
    }
    sqlite3_finalize(st);
    return s;
}
