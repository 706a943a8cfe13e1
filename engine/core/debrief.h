/*
 * debrief.h: what the debrief shows, independent of screen or terminal.
 * The learner's route and the correct route are merged into one list of
 * actors, each with its position in either route, so both presenters draw
 * the same comparison.
 */
#ifndef DEBRIEF_H
#define DEBRIEF_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"
#include "score.h"

#define DEBRIEF_MAX_ACTORS (2 * SCORE_MAX_ROUTE)

typedef struct DebriefActor {
    int actor;       /* index into the Meldcode's actors */
    int learner_pos; /* 0-based position in the learner's route, -1 when the learner skipped it */
    int correct_pos; /* position in the correct route, -1 when it does not belong there */
    bool moved;      /* on both routes, but not in the same order among the actors both share */
} DebriefActor;

/* How the learner's route compares with the ending's correct route. */
typedef enum {
    DEBRIEF_ROUTE_SAME,    /* the same actors in the same order */
    DEBRIEF_ROUTE_ORDER,   /* the same actors, in another order */
    DEBRIEF_ROUTE_DIFFERS, /* an actor missed or one too many */
} DebriefRouteVerdict;

DebriefRouteVerdict debrief_route_verdict(const ScoreResult *r, const ScenarioEnding *ending);

/* The correct route in order, then the learner's extra actors in the order they came. */
size_t debrief_route_compare(const ScoreResult *r, const ScenarioEnding *ending,
                             DebriefActor out[DEBRIEF_MAX_ACTORS]);
/* The string key ("text.debrief.actor_ok", ..._missed, ..._extra, ..._moved) of an actor's mark
 * in the terminal and HTML debriefs. */
const char *debrief_actor_mark(const DebriefActor *a);

#endif
