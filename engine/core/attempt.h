/*
 * attempt.h: one learner's attempt at a case: a session, the rules of its mode
 * and, when a records database is given, every choice written as it is made.
 * The window and `meldsim text` / `meldsim run` all play through this, so the
 * modes behave the same everywhere and leave the same records. Resuming replays
 * the recorded choices through a fresh session: stored scores are never trusted.
 */
#ifndef ATTEMPT_H
#define ATTEMPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mode.h"
#include "records.h"
#include "scenario.h"
#include "session.h"

typedef struct Attempt Attempt;

typedef struct AttemptSetup {
    Records *records; /* NULL: nothing is recorded (borrowed; must outlive the attempt) */
    int64_t learner_id;
    Mode mode;
    MsLang lang; /* the language the learner plays in */
} AttemptSetup;

/* A new attempt at the start of the case. The scenario must outlive it. Caller frees. */
MsStatus attempt_begin(const Scenario *sc, const AttemptSetup *setup, Attempt **out, MsError *err);
/* Continues a recorded open attempt: its choices are replayed, its mode kept. MS_ERR_INVALID
 * when the case has changed so that the recorded choices no longer fit it. An attempt whose
 * replay reaches an ending is finished there. Caller frees. */
MsStatus attempt_resume(const Scenario *sc, Records *records, int64_t attempt_id, Attempt **out,
                        MsError *err);
void attempt_free(Attempt *a); /* NULL is fine */
/* A session rebuilt from recorded choices (undone ones skipped), narration after the last one
 * walked through, for summaries of finished attempts. MS_ERR_INVALID when the choices no
 * longer fit the case. Caller frees with session_free. */
MsStatus attempt_replay(const Scenario *sc, const RecordsChoice *choices, size_t count,
                        Session **out, MsError *err);

const Session *attempt_session(const Attempt *a);
Mode attempt_mode(const Attempt *a);
const ModeRules *attempt_rules(const Attempt *a);
int64_t attempt_id(const Attempt *a); /* the records row, 0 when not recorded */
/* Choices that count (answered and not taken back). */
int attempt_answered(const Attempt *a);

/* Takes option `option` (0-based among session_options) and records it, with the result when
 * the case ends there. When recording fails the session is put back as it was and err says
 * why: the learner must not go on believing the answer was kept. */
MsStatus attempt_choose(Attempt *a, size_t option, MsError *err);

typedef enum {
    ATTEMPT_BACK_OK,
    ATTEMPT_BACK_MODE, /* the mode does not allow it (toets) */
    ATTEMPT_BACK_NONE, /* no decision to take back yet */
    ATTEMPT_BACK_USED, /* already went back; answer again first */
} AttemptBack;

AttemptBack attempt_back_allowed(const Attempt *a);
/* Takes back the last decision (and what followed it); the records keep it, marked undone.
 * MS_ERR_REFUSED when attempt_back_allowed says no. */
MsStatus attempt_back(Attempt *a, MsError *err);

/* Stops and restarts the think-time clock (the window's pause screen). */
void attempt_clock_pause(Attempt *a, bool paused);
/* The result as it stands (the ending fields are empty until the case ends). */
void attempt_result(const Attempt *a, RecordsResult *out);

#endif
