/*
 * ui_learner.c: who the window records for. The default is the learner of the
 * newest attempt, so a laptop used by one person needs no choosing; a new
 * learner is a made-up pseudonym unless a name is typed, so nobody has to put a
 * real name into a shared machine.
 */
#include "ui_app_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool last_attempt(const RecordsAttempt *a, void *user)
{
    *(int64_t *)user = a->learner_id;
    return true;
}

static void collect(const RecordsLearner *l, void *user)
{
    UiApp *app = user;
    RecordsLearner *grown = realloc(app->learners, (app->learner_count + 1) * sizeof *grown);
    if (grown == NULL) {
        return;
    }
    app->learners = grown;
    app->learners[app->learner_count++] = *l;
}

void ui_learner_list(UiApp *app)
{
    free(app->learners);
    app->learners = NULL;
    app->learner_count = 0;
    if (app->records == NULL) {
        return;
    }
    MsError err;
    ms_error_clear(&err);
    if (records_learner_each(app->records, collect, app, &err) != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err.message);
    }
}

static bool report(MsStatus st, const MsError *err)
{
    if (st != MS_OK) {
        fprintf(stderr, "meldsim: %s\n", err->message);
    }
    return st == MS_OK;
}

bool ui_learner_add(UiApp *app, const char *name)
{
    if (app->records == NULL) {
        return false;
    }
    MsError err;
    ms_error_clear(&err);
    RecordsLearner l;
    MsStatus st = name != NULL ? records_learner_ensure(app->records, name, &l, &err)
                               : records_learner_add(app->records, NULL, &l, &err);
    if (!report(st, &err)) {
        return false;
    }
    app->learner = l;
    app->have_learner = true;
    return true;
}

bool ui_learner_pick(UiApp *app, size_t index)
{
    if (index >= app->learner_count) {
        return false;
    }
    app->learner = app->learners[index];
    app->have_learner = true;
    return true;
}

bool ui_learner_ensure(UiApp *app)
{
    if (app->records == NULL) {
        return false;
    }
    if (app->have_learner) {
        return true;
    }
    MsError err;
    ms_error_clear(&err);
    int64_t last = 0;
    if (records_attempt_each(app->records, NULL, false, last_attempt, &last, &err) != MS_OK) {
        last = 0;
    }
    ui_learner_list(app);
    for (size_t i = 0; i < app->learner_count; i++) {
        if (app->learners[i].id == last || (last == 0 && i + 1 == app->learner_count)) {
            return ui_learner_pick(app, i);
        }
    }
    return ui_learner_add(app, NULL);
}

void ui_learner_type(UiApp *app, const char *text)
{
    size_t have = strlen(app->name), add = strlen(text);
    if (have + add <= RECORDS_NAME_MAX) {
        memcpy(app->name + have, text, add + 1);
    }
}

void ui_learner_erase(UiApp *app)
{
    size_t n = strlen(app->name);
    while (n > 0 && ((unsigned char)app->name[n - 1] & 0xC0) == 0x80) {
        n--;
    }
    app->name[n > 0 ? n - 1 : 0] = '\0';
}
