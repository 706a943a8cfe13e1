/*
 * records.h: the learner records: profiles, attempts and every answered choice,
 * in one SQLite file in the user's data folder (docs/records.md has the schema).
 * Every write is one transaction in WAL mode with synchronous=FULL, so a kill or a
 * power cut loses no choice the learner has seen acknowledged. This is the one
 * module that bypasses PhysFS: SQLite needs a real path, its own locking and its
 * journal beside the file, none of which PhysFS offers. A damaged file is moved
 * aside, never overwritten or deleted.
 */
#ifndef RECORDS_H
#define RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "meldcode.h"
#include "mode.h"
#include "ms_error.h"
#include "ms_text.h"
#include "session.h"
#include "uuid.h"
#include "wallclock.h"

#define RECORDS_FILE "records.sqlite3"
#define RECORDS_NAME_MAX 64 /* bytes of a learner's name */
#define RECORDS_ID_MAX 128  /* bytes of a scenario, scene, ending or mistake id */
#define RECORDS_TITLE_MAX 256
#define RECORDS_PATH_MAX 1024
#define RECORDS_MAX_DAMAGED 16
#define RECORDS_THINK_CAP_MS (30 * 60 * 1000) /* one choice never counts for more */

typedef struct Records Records;

typedef struct RecordsOpenInfo {
    char path[RECORDS_PATH_MAX];     /* the database file */
    char moved_to[RECORDS_PATH_MAX]; /* "" unless a damaged file was moved aside */
    char damage[256];                /* what was wrong with it */
} RecordsOpenInfo;

/* Opens or creates the database at path. A file that is not a meldsim records database, or
 * fails SQLite's check, is renamed to "<path>.damaged-<UTC stamp>" (with its -wal and -shm)
 * and a fresh one is made; info says so. A file from a newer meldsim is left alone:
 * MS_ERR_INVALID. info may be NULL. Caller closes. */
MsStatus records_open(const char *path, RecordsOpenInfo *info, Records **out, MsError *err);
/* The same for RECORDS_FILE in vfs_user_dir(). */
MsStatus records_open_user(RecordsOpenInfo *info, Records **out, MsError *err);
void records_close(Records *r); /* NULL is fine */
const char *records_path(const Records *r);

/* ---- learners ---------------------------------------------------------------------------- */

typedef struct RecordsLearner {
    int64_t id;
    char name[RECORDS_NAME_MAX + 1];
    bool generated; /* a pseudonym meldsim made up ("leerling-4821") */
    char created_at[WALLCLOCK_ISO_MAX];
    int finished; /* attempts finished, filled by records_learner_each */
    int open;     /* attempts not finished and not abandoned */
} RecordsLearner;

/* A name is 1..RECORDS_NAME_MAX bytes of UTF-8 without control characters, and does not
 * start or end with a space. *why says what is wrong. */
bool records_name_valid(const char *name, const char **why);
/* MS_ERR_NOT_FOUND when there is no such learner. */
MsStatus records_learner_find(Records *r, const char *name, RecordsLearner *out, MsError *err);
/* A new learner; name NULL makes a pseudonym "leerling-NNNN" that is not taken yet.
 * MS_ERR_INVALID when the name is taken or not valid. */
MsStatus records_learner_add(Records *r, const char *name, RecordsLearner *out, MsError *err);
/* Finds name, or adds it. */
MsStatus records_learner_ensure(Records *r, const char *name, RecordsLearner *out, MsError *err);
typedef void (*RecordsLearnerVisit)(const RecordsLearner *learner, void *user);
MsStatus records_learner_each(Records *r, RecordsLearnerVisit visit, void *user, MsError *err);
/* A stable pseudonym for exports: hex of SHA-256 over this database's secret salt and the
 * name, so it cannot be reversed by trying names without the database. */
MsStatus records_learner_hash(Records *r, const char *name, char out[33], MsError *err);

/* ---- attempts and choices ---------------------------------------------------------------- */

typedef enum {
    RECORDS_OPEN,
    RECORDS_FINISHED,
    RECORDS_ABANDONED,
    RECORDS_STATUS_COUNT
} RecordsStatus;

typedef struct RecordsStepScore {
    int earned;
    int possible;
    int decisions;
} RecordsStepScore;

typedef struct RecordsResult { /* what a finished attempt scored, as computed at the end */
    char ending[RECORDS_ID_MAX + 1];
    char outcome[RECORDS_ID_MAX + 1];
    int earned;
    int possible;
    int minimum; /* the sum of the worst options offered at each decision */
    double scaled;
    bool passed;
    int critical_count;
    RecordsStepScore steps[MS_STEP_COUNT];
    int64_t duration_ms; /* the sum of the think times */
} RecordsResult;

typedef struct RecordsAttempt {
    int64_t id;
    char registration[UUID_STR]; /* a UUID v4: the xAPI context.registration */
    int64_t learner_id;
    char learner[RECORDS_NAME_MAX + 1];
    char scenario[RECORDS_ID_MAX + 1];
    char version[RECORDS_ID_MAX + 1];
    char pack[RECORDS_PATH_MAX]; /* where the case was loaded from (never exported) */
    char title[MS_LANG_COUNT][RECORDS_TITLE_MAX]; /* "" where the case has no such title */
    Mode mode;
    MsLang lang;
    double pass_mark;
    RecordsStatus status;
    char started_at[WALLCLOCK_ISO_MAX];
    char finished_at[WALLCLOCK_ISO_MAX]; /* "" unless finished */
    int answered;                        /* choices recorded and not undone */
    int undone;                          /* choices taken back (oefenen) */
    RecordsResult result;                /* valid when finished */
} RecordsAttempt;

typedef struct RecordsAttemptStart {
    const char *scenario;
    const char *version;
    const char *pack; /* the pack's real path, or NULL */
    const MsText *title;
    Mode mode;
    MsLang lang;
    double pass_mark;
} RecordsAttemptStart;

typedef struct RecordsChoice {
    int seq; /* 1, 2, ... in the order answered, undone ones included */
    char scene[RECORDS_ID_MAX + 1];
    MsStep step;
    int choice; /* 0-based index into the scene's choices */
    int option; /* 0-based among the options offered */
    int offered[SESSION_MAX_CHOICES];
    size_t offered_count;
    bool decision; /* two or more options offered: scored */
    int points;
    int best;                          /* best points among the options offered */
    int worst;                         /* worst points among the options offered */
    char critical[RECORDS_ID_MAX + 1]; /* the critical mistake's id, "" when none */
    char answered_at[WALLCLOCK_ISO_MAX];
    int64_t think_ms;
    bool undone;
} RecordsChoice;

/* The texts of a scene, kept once per case version so exports need not load the case. */
typedef struct RecordsSceneText {
    const MsText *question;
    const MsText *const *choices; /* every choice of the scene, in order */
    size_t choice_count;
} RecordsSceneText;

/* Starts an attempt with a fresh registration; out gets the new row. */
MsStatus records_attempt_start(Records *r, int64_t learner_id, const RecordsAttemptStart *start,
                               RecordsAttempt *out, MsError *err);
/* Appends one answered choice (seq must be the next one), with the scene's texts when not
 * NULL, and, when finish is not NULL, finishes the attempt in the same transaction. */
MsStatus records_choice_add(Records *r, int64_t attempt_id, const RecordsChoice *choice,
                            const RecordsSceneText *text, const RecordsResult *finish,
                            MsError *err);
/* Marks the last `count` choices that are not undone yet as undone. */
MsStatus records_choice_undo(Records *r, int64_t attempt_id, int count, MsError *err);
MsStatus records_attempt_finish(Records *r, int64_t attempt_id, const RecordsResult *result,
                                MsError *err);
/* The learner chose not to resume: the attempt stays, marked abandoned. */
MsStatus records_attempt_abandon(Records *r, int64_t attempt_id, MsError *err);
/* Group mode: the vote count per offered option at the decision with this seq. */
MsStatus records_votes_set(Records *r, int64_t attempt_id, int seq, const int *counts, size_t count,
                           MsError *err);
/* The vote counts stored for the decision with this seq into counts[0..count) (0 where none
 * were stored); *total is their sum. */
MsStatus records_votes_get(Records *r, int64_t attempt_id, int seq, int *counts, size_t count, int *total,
                           MsError *err);

/* One player per attempt (records_claim.c): a player claims the attempt it plays, until it
 * releases it or its connection closes or its process ends. MS_ERR_REFUSED when another
 * connection (another window or terminal) holds it. */
MsStatus records_attempt_claim(Records *r, int64_t attempt_id, MsError *err);
void records_attempt_release(Records *r, int64_t attempt_id);
/* True when another connection holds the attempt right now. */
bool records_attempt_in_use(Records *r, int64_t attempt_id);

MsStatus records_attempt_get(Records *r, int64_t attempt_id, RecordsAttempt *out, MsError *err);
/* The newest open attempt of this learner at this case; MS_ERR_NOT_FOUND when none. */
MsStatus records_attempt_find_open(Records *r, int64_t learner_id, const char *scenario,
                                   RecordsAttempt *out, MsError *err);
/* Every choice of an attempt in seq order (undone ones too). Caller frees *out. */
MsStatus records_choices_get(Records *r, int64_t attempt_id, RecordsChoice **out, size_t *count,
                             MsError *err);
/* Attempts oldest first; learner NULL for everyone. Return false from visit to stop. */
typedef bool (*RecordsAttemptVisit)(const RecordsAttempt *attempt, void *user);
MsStatus records_attempt_each(Records *r, const char *learner, bool finished_only,
                              RecordsAttemptVisit visit, void *user, MsError *err);

/* The stored texts of one scene of one case version; the strings live in the caller's arena.
 * MS_ERR_NOT_FOUND when not stored. */
typedef struct RecordsSceneTexts {
    MsText question;
    MsText *choices;
    size_t choice_count;
} RecordsSceneTexts;
MsStatus records_scene_text_get(Records *r, const char *scenario, const char *version,
                                const char *scene, Arena *arena, RecordsSceneTexts *out,
                                MsError *err);

/* ---- privacy ----------------------------------------------------------------------------- */

typedef struct RecordsForgotten {
    int learners;
    int attempts;
    int choices;
    int votes;
    bool wal_cleared;                                    /* the journal no longer holds old pages */
    char damaged[RECORDS_MAX_DAMAGED][RECORDS_PATH_MAX]; /* moved-aside files that may hold data */
    size_t damaged_count;
} RecordsForgotten;

/* Deletes the learner and everything recorded for them, overwriting the freed pages, then
 * empties the write-ahead log. MS_ERR_NOT_FOUND when there is no such learner. */
MsStatus records_forget(Records *r, const char *name, RecordsForgotten *out, MsError *err);

const char *records_status_id(RecordsStatus status); /* "open", "finished", "abandoned" */
/* Copies s (NULL: "") into buf, cut at a UTF-8 character boundary when it does not fit. */
void records_copy(char *buf, size_t cap, const char *s);

/* ---- learning record stores (records_lrs.c) ---------------------------------------------- */
typedef struct StrMap StrMap;
/* Puts the ids of the statements endpoint has acknowledged into sent. */
MsStatus records_lrs_sent_load(Records *r, const char *endpoint, StrMap *sent, MsError *err);
/* Remembers, in one transaction, that endpoint acknowledged these statements (conflict: the
 * store already held a different statement under the id and keeps it). */
MsStatus records_lrs_mark_sent(Records *r, const char *endpoint, const char *const *ids,
                               size_t count, bool conflict, MsError *err);

#endif
