/*
 * session.h: one learner playing one scenario.
 * A session is a pure function of the scenario and the choices made: it keeps
 * the history and the variables, and everything else (scores, route, debrief)
 * is derived from the history. Going back one decision replays the history.
 */
#ifndef SESSION_H
#define SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "ms_error.h"
#include "scenario.h"

#define SESSION_MAX_CHOICES 9

typedef struct SessionStep {
    int scene;       /* scene index */
    int choice;      /* index into that scene's choices; -1 for a narration scene's Verder */
    int points;      /* the points of the choice, 0 for narration */
    int best_points; /* the best points among the options offered there */
    bool decision;   /* two or more options were offered: scored */
} SessionStep;

typedef struct Session Session;

/* Starts at the scenario's start scene. The scenario must outlive the session. Caller frees. */
Session *session_create(const Scenario *sc);
void session_free(Session *s);
const Scenario *session_scenario(const Session *s);

bool session_ended(const Session *s);
int session_scene(const Session *s);  /* current scene index, -1 when ended */
int session_ending(const Session *s); /* ending index, -1 while playing */

/* The options offered at the current scene, in order, as indices into its choices.
 * Returns their number (0 at a narration scene or when ended). */
size_t session_options(const Session *s, int out[SESSION_MAX_CHOICES]);
/* Takes option `option` (0-based among session_options). MS_ERR_INVALID when out of range
 * or ended; a narration scene takes option 0 ("Verder"). */
MsStatus session_choose(Session *s, size_t option, MsError *err);
/* The chosen option's index into the scene's choices for the last step, for feedback. */
size_t session_history_count(const Session *s);
const SessionStep *session_history(const Session *s, size_t index);
/* Undoes the last decision (and the narration scenes after it). False when there is none. */
bool session_back(Session *s);
/* Current value of each scenario variable (length scenario var_count). */
const double *session_vars(const Session *s);

#endif
