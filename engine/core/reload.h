/*
 * reload.h: a learner's path through a case, kept across a hot reload (--watch).
 * The path is saved by scene id and choice number, not by pointer, so it outlives
 * the old case; it is then played again on the reloaded case as far as it still
 * holds: up to the first scene that is no longer where the path went, or the
 * first choice that no longer exists or is no longer offered there.
 */
#ifndef RELOAD_H
#define RELOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "attempt.h"
#include "meldcode.h"
#include "session.h"

typedef struct ReloadStep {
    char *scene; /* the scene's id */
    int choice;  /* index into its choices, -1 for a narration scene's Verder */
} ReloadStep;

typedef struct ReloadPath {
    ReloadStep *steps;
    size_t count;
} ReloadPath;

/* Copies the session's history. MS_ERR_NOMEM only. Free with reload_path_free. */
MsStatus reload_path_save(const Session *s, ReloadPath *out, MsError *err);
void reload_path_free(ReloadPath *p);
/* Plays the path again on a fresh attempt; returns how many of its steps were taken (all of
 * them: p->count). When recording a choice fails, stops there and err says why. */
size_t reload_path_replay(Attempt *a, const ReloadPath *p, MsError *err);

/* Loads spec (library_load) and checks it (check_scenario). A case that does not load or has a
 * check error gives NULL and message says why, one line each ("file:line: ...", "file: scene
 * 'x': ..."). */
Scenario *reload_load(const char *spec, const Meldcode *mc, char *message, size_t cap);

#endif
