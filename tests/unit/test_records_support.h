/*
 * test_records_support.h: what the records tests share: a small case with a
 * narration scene, a critical mistake and a condition, and a fresh records
 * database in a temporary folder for every test.
 */
#ifndef TEST_RECORDS_SUPPORT_H
#define TEST_RECORDS_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attempt.h"
#include "records.h"
#include "test_support.h"

/* a (signalen): 3 / 1 / -2 critical; b narration; c (consultatie): 2 / 0 (sets flag);
 * d (beslissen): 4 (only without flag) / 1 / -1. */
static const char *const RECORDS_CASE = TEST_HEAD
    " pass_mark = 0.75,\n"
    " variables = { flag = false },\n"
    " scenes = {\n"
    "  { id = 'a', step = 'signalen', text = 'Wat *zie* je?', choices = {\n"
    "    { text = 'a1, met \"komma\"', next = 'b', points = 3, feedback = 'f',"
    "      actors = { 'school' } },\n"
    "    { text = '=a2', next = 'b', points = 1, feedback = 'f' },\n"
    "    { text = 'a3', next = 'b', points = -2, feedback = 'f',\n"
    "      critical = { id = 'alleen_handelen' } } } },\n"
    "  { id = 'b', step = 'consultatie', text = 'B', next = 'c' },\n"
    "  { id = 'c', step = 'consultatie', text = 'C', choices = {\n"
    "    { text = 'c1', next = 'd', points = 2, feedback = 'f', actors = { 'zorgteam' } },\n"
    "    { text = 'c2', next = 'd', points = 0, feedback = 'f', set = { flag = true } } } },\n"
    "  { id = 'd', step = 'beslissen', text = 'D', choices = {\n"
    "    { text = 'd1', next = 'goed', points = 4, feedback = 'f', actors = { 'veilig_thuis' },\n"
    "      condition = { flag = false } },\n"
    "    { text = 'd2', next = 'slecht', points = 1, feedback = 'f' },\n"
    "    { text = 'd3', next = 'slecht', points = -1, feedback = 'f' } } },\n"
    " },\n"
    " endings = {\n"
    "  { id = 'goed', title = 'G', text = 'G', outcome = 'melden_structureel',\n"
    "    route = { 'school', 'zorgteam', 'veilig_thuis' }, debrief = 'D' },\n"
    "  { id = 'slecht', title = 'S', text = 'S', outcome = 'melden_structureel',\n"
    "    route = { 'school', 'zorgteam', 'veilig_thuis' }, debrief = 'D' } },\n"
    "}\n";

typedef struct RecFixture {
    Meldcode *mc;
    Scenario *sc;
    char dir[64];
    char path[128];
    Records *r;
    RecordsLearner learner;
} RecFixture;

static inline int rec_setup(void **state)
{
    RecFixture *fx = calloc(1, sizeof *fx);
    MsError err;
    if (!fx)
        return -1;
    fx->mc = support_meldcode();
    snprintf(fx->dir, sizeof fx->dir, "/tmp/meldsim-records-XXXXXX");
    if (!fx->mc || support_load(fx->mc, RECORDS_CASE, &fx->sc, &err) != MS_OK ||
        !mkdtemp(fx->dir)) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    snprintf(fx->path, sizeof fx->path, "%s/%s", fx->dir, RECORDS_FILE);
    if (records_open(fx->path, NULL, &fx->r, &err) != MS_OK ||
        records_learner_add(fx->r, "Anna de Vries", &fx->learner, &err) != MS_OK) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    *state = fx;
    return 0;
}

static inline int rec_teardown(void **state)
{
    RecFixture *fx = *state;
    char cmd[160];
    records_close(fx->r);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    if (system(cmd) != 0)
        fprintf(stderr, "teardown: could not remove %s\n", fx->dir);
    scenario_free(fx->sc);
    meldcode_free(fx->mc);
    free(fx);
    return 0;
}

static inline Attempt *rec_begin(RecFixture *fx, Mode mode)
{
    MsError err;
    Attempt *a = NULL;
    AttemptSetup setup = {fx->r, fx->learner.id, mode, MS_LANG_NL};
    if (attempt_begin(fx->sc, &setup, &a, &err) != MS_OK)
        fprintf(stderr, "attempt_begin: %s\n", err.message);
    return a;
}

/* Takes 1-based options; narration scenes are passed over by themselves. */
static inline void rec_play(Attempt *a, const int *options, size_t n)
{
    MsError err;
    for (size_t i = 0; i < n; i++) {
        const Session *s = attempt_session(a);
        while (!session_ended(s) && session_scenario(s)->scenes[session_scene(s)].has_next) {
            if (attempt_choose(a, 0, &err) != MS_OK)
                fprintf(stderr, "narration: %s\n", err.message);
            s = attempt_session(a);
        }
        if (attempt_choose(a, (size_t)options[i] - 1, &err) != MS_OK)
            fprintf(stderr, "choose: %s\n", err.message);
    }
}

#endif
