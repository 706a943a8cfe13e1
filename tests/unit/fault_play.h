/*
 * fault_play.h: the driver of test_records_faults*.c, storage faults under a whole
 * played case. One playthrough (open the records, add the learner, start, every
 * decision, one taken back, the ending, close) is run once through the counting
 * VFS (fault_vfs.h), which gives its number of opens, writes, syncs and
 * truncates. Then, for every N of every kind, the same playthrough fails the Nth
 * operation (an I/O error, or a full disk for every other write), or the process
 * is killed there with the write torn in half, or the power goes there (every
 * write not yet synced is undone). Each time: the failing call says what and
 * names the file (exit code 3 for the learner), the records pass SQLite's
 * integrity check, hold exactly what was acknowledged (the failed step either
 * wholly there or wholly not), and the next start resumes the attempt and
 * finishes it with every answer; a player that goes on in the same process after
 * the failure (the window does) finishes with the same records.
 */
#ifndef FAULT_PLAY_H
#define FAULT_PLAY_H

#ifndef _DEFAULT_SOURCE
#error "define _DEFAULT_SOURCE (MAP_ANONYMOUS) before any include"
#endif
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "attempt.h"
#include "fault_vfs.h"
#include "library.h"
#include "records_priv.h"
#include "strategy.h"
#include "test_support.h"
#include "vfs.h"

#define LEARNER "Anna de Vries"
#define MAX_OPS 200

typedef enum { OP_OPEN, OP_LEARNER, OP_BEGIN, OP_DECIDE, OP_BACK, OP_END, OP_CLOSE } OpKind;
static const char *const OP_NAMES[] = {"open", "learner", "begin", "decide",
                                       "back", "end",     "close"};

typedef struct Op {
    OpKind kind;
    size_t option; /* OP_DECIDE: 0-based among the options offered */
} Op;

/* The playthrough and what the records hold after each of its steps. */
typedef struct Script {
    const Scenario *sc;
    Op ops[MAX_OPS];
    char *snap[MAX_OPS];
    size_t n;
    size_t begin_at; /* the index of OP_BEGIN */
    long count[FAULT_KINDS];
} Script;

/* One player: a records connection and an attempt. */
typedef struct Play {
    const Scenario *sc;
    const char *path;
    Records *r;
    RecordsLearner learner;
    Attempt *a;
    bool moved; /* records_open moved a file aside */
} Play;

static Meldcode *mc;
static char dir[64];
static char path[128];
static int *crash_at; /* shared with a forked child: the step it was in */

/* ---- the playthrough --------------------------------------------------------------------- */

static bool at_narration(const Play *p)
{
    const Session *s = attempt_session(p->a);
    return !session_ended(s) && p->sc->scenes[session_scene(s)].has_next;
}

static MsStatus pass_narration(Play *p, MsError *err)
{
    while (at_narration(p)) {
        MsStatus st = attempt_choose(p->a, 0, err);
        if (st != MS_OK)
            return st;
    }
    return MS_OK;
}

static MsStatus run_op(Play *p, const Op *op, MsError *err)
{
    ms_error_clear(err);
    switch (op->kind) {
    case OP_OPEN: {
        RecordsOpenInfo info;
        MsStatus st = records_open(p->path, &info, &p->r, err);
        p->moved = p->moved || info.moved_to[0];
        return st;
    }
    case OP_LEARNER:
        return records_learner_ensure(p->r, LEARNER, &p->learner, err);
    case OP_BEGIN: {
        AttemptSetup setup = {p->r, p->learner.id, MODE_OEFENEN, MS_LANG_NL};
        return attempt_begin(p->sc, &setup, &p->a, err);
    }
    case OP_DECIDE: {
        MsStatus st = pass_narration(p, err);
        return st == MS_OK ? attempt_choose(p->a, op->option, err) : st;
    }
    case OP_BACK:
        return attempt_back(p->a, err);
    case OP_END:
        return pass_narration(p, err);
    case OP_CLOSE:
        attempt_free(p->a);
        p->a = NULL;
        records_close(p->r);
        p->r = NULL;
        return MS_OK;
    }
    return MS_ERR_INTERNAL;
}

static void play_drop(Play *p)
{
    attempt_free(p->a);
    p->a = NULL;
    records_close(p->r);
    p->r = NULL;
}

/* What the records hold, without times: learners, attempts, choices, step scores, texts. */
static char *snapshot(Records *r)
{
    static const char *const sql =
        "SELECT 'L ' || coalesce((SELECT group_concat(name, ',') FROM"
        "  (SELECT name FROM learner ORDER BY id)), '')"
        " || ' | A ' || coalesce((SELECT group_concat(x, ',') FROM (SELECT status || '/' || mode"
        "  || '/' || scenario || '/' || coalesce(ending, '') || '/' || coalesce(earned, '')"
        "  || '/' || coalesce(possible, '') AS x FROM attempt ORDER BY id)), '')"
        " || ' | C ' || coalesce((SELECT group_concat(x, ' ') FROM (SELECT attempt_id || '.' || seq"
        "  || ':' || scene || '/' || choice_index || '/' || option_index || '/' || points"
        "  || (CASE undone WHEN 1 THEN '/undone' ELSE '' END) AS x FROM choice"
        "  ORDER BY attempt_id, seq)), '')"
        " || ' | S ' || (SELECT count(*) FROM attempt_step)"
        " || ' | T ' || (SELECT count(*) FROM scene_text)";
    bool counting = fault_plan.counting;
    fault_plan.counting = false;
    sqlite3_stmt *st = NULL;
    char *out = NULL;
    if (sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        out = strdup((const char *)sqlite3_column_text(st, 0));
    else
        fprintf(stderr, "snapshot: %s\n", sqlite3_errmsg(r->db));
    sqlite3_finalize(st);
    fault_plan.counting = counting;
    return out;
}

static void fresh_dir(void)
{
    static const char *const names[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char p[160];
        snprintf(p, sizeof p, "%s%s", path, names[i]);
        unlink(p);
    }
}

static void script_push(Script *s, const Play *p, OpKind kind, size_t option)
{
    assert_true(s->n < MAX_OPS);
    s->ops[s->n].kind = kind;
    s->ops[s->n].option = option;
    s->snap[s->n] = p->r ? snapshot(p->r) : strdup(s->n ? s->snap[s->n - 1] : "");
    s->n++;
}

/* Plays the case once while counting: the best option everywhere, except that the second
 * decision is first answered with the worst one and taken back. */
static void script_build(Script *s, const Scenario *sc)
{
    memset(s, 0, sizeof *s);
    s->sc = sc;
    fresh_dir();
    fault_reset(true);
    Play p = {.sc = sc, .path = path};
    MsError err;
    Op op = {OP_OPEN, 0};
    assert_int_equal(run_op(&p, &op, &err), MS_OK);
    script_push(s, &p, OP_OPEN, 0);
    op.kind = OP_LEARNER;
    assert_int_equal(run_op(&p, &op, &err), MS_OK);
    script_push(s, &p, OP_LEARNER, 0);
    op.kind = OP_BEGIN;
    assert_int_equal(run_op(&p, &op, &err), MS_OK);
    s->begin_at = s->n;
    script_push(s, &p, OP_BEGIN, 0);
    int decisions = 0;
    bool backed = false;
    uint64_t rng = 1;
    for (;;) {
        const Session *session = attempt_session(p.a);
        if (session_ended(session))
            break;
        if (at_narration(&p)) {
            /* narration before a decision writes nothing; narration into an ending finishes */
            assert_int_equal(pass_narration(&p, &err), MS_OK);
            if (session_ended(attempt_session(p.a))) {
                script_push(s, &p, OP_END, 0);
                break;
            }
            session = attempt_session(p.a);
        }
        int options[SESSION_MAX_CHOICES];
        bool scored = session_options(session, options) > 1;
        decisions += scored;
        Strategy how = decisions == 2 && !backed ? STRATEGY_WORST : STRATEGY_BEST;
        op.kind = OP_DECIDE;
        op.option = strategy_pick(session, how, &rng);
        assert_int_equal(run_op(&p, &op, &err), MS_OK);
        script_push(s, &p, OP_DECIDE, op.option);
        if (decisions == 2 && !backed) {
            backed = true;
            op.kind = OP_BACK;
            assert_int_equal(run_op(&p, &op, &err), MS_OK);
            script_push(s, &p, OP_BACK, 0);
            decisions--;
        }
    }
    if (s->ops[s->n - 1].kind != OP_END)
        script_push(s, &p, OP_END, 0);
    assert_true(backed);
    op.kind = OP_CLOSE;
    run_op(&p, &op, &err);
    script_push(s, &p, OP_CLOSE, 0);
    memcpy(s->count, fault_plan.count, sizeof s->count);
    fault_reset(false);
    assert_non_null(strstr(s->snap[s->n - 1], "finished/oefenen"));
}

static void script_free(Script *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->snap[i]);
}

/* ---- checking after a fault -------------------------------------------------------------- */

static void integrity_ok(Records *r)
{
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(r->db, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
}

/* The failing call said what went wrong, named the records file, and is an I/O error. */
static void error_is_clear(const MsError *err)
{
    if (err->code != MS_ERR_IO || strcmp(err->file, path) != 0 || !err->message[0])
        fprintf(stderr, "unclear error: code %d, file '%s': %s\n", err->code, err->file,
                err->message);
    assert_int_equal(err->code, MS_ERR_IO);
    assert_string_equal(err->file, path);
    if (strncmp(err->message, "cannot ", 7) != 0) /* what was being done, then SQLite's why */
        fail_msg("the error does not say what failed: %s", err->message);
}

/* The records after a fault at step k: readable, intact, and holding exactly what was there
 * before step k or after it. Returns the first step still to do. */
static size_t records_match(const Script *s, Play *p, size_t k, const char *what)
{
    MsError err;
    RecordsOpenInfo info;
    if (records_open(path, &info, &p->r, &err) != MS_OK)
        fprintf(stderr, "%s: reopen: %s\n", what, err.message);
    assert_non_null(p->r);
    if (info.moved_to[0])
        fprintf(stderr, "%s: moved aside (%s)\n", what, info.damage);
    assert_string_equal(info.moved_to, ""); /* a fault never makes good records look damaged */
    integrity_ok(p->r);
    char *now = snapshot(p->r);
    assert_non_null(now);
    size_t next = 0;
    if (k == 0 || strcmp(now, s->snap[k - 1]) == 0)
        next = k;
    else if (strcmp(now, s->snap[k]) == 0)
        next = k + 1;
    else {
        fprintf(stderr, "%s: step %zu (%s)\n  before: %s\n  after:  %s\n  found:  %s\n", what, k,
                OP_NAMES[s->ops[k].kind], s->snap[k - 1], s->snap[k], now);
        fail_msg("the records hold neither the state before the failed step nor after it");
    }
    free(now);
    return next;
}

/* The next start: the learner, the open attempt resumed with every answer, then the rest of the
 * case played; the records end as the fault-free playthrough left them. */
static void resume_and_finish(const Script *s, Play *p, size_t next, const char *what)
{
    MsError err;
    assert_int_equal(records_learner_ensure(p->r, LEARNER, &p->learner, &err), MS_OK);
    RecordsAttempt open;
    MsStatus st = records_attempt_find_open(p->r, p->learner.id, s->sc->id, &open, &err);
    if (st == MS_OK) {
        assert_true(next > s->begin_at);
        if (attempt_resume(s->sc, p->r, open.id, &p->a, &err) != MS_OK)
            fprintf(stderr, "%s: resume: %s\n", what, err.message);
        assert_non_null(p->a);
        assert_int_equal(attempt_answered(p->a), open.answered); /* every answer replayed */
    } else {
        assert_int_equal(st, MS_ERR_NOT_FOUND);
        if (next <= s->begin_at) {
            Op begin = {OP_BEGIN, 0};
            assert_int_equal(run_op(p, &begin, &err), MS_OK);
        } else {
            for (size_t i = next; i < s->n; i++) /* finished already: nothing left to answer */
                assert_true(s->ops[i].kind == OP_END || s->ops[i].kind == OP_CLOSE);
        }
    }
    size_t from = next > s->begin_at + 1 ? next : s->begin_at + 1;
    for (size_t i = from; p->a && i < s->n && s->ops[i].kind != OP_CLOSE; i++) {
        if (run_op(p, &s->ops[i], &err) != MS_OK)
            fprintf(stderr, "%s: step %zu after the restart: %s\n", what, i, err.message);
        assert_int_equal(err.code, MS_OK);
    }
    char *end = snapshot(p->r);
    if (strcmp(end, s->snap[s->n - 1]) != 0)
        fprintf(stderr, "%s:\n  expected: %s\n  found:    %s\n", what, s->snap[s->n - 1], end);
    assert_string_equal(end, s->snap[s->n - 1]);
    free(end);
    play_drop(p);
}

/* ---- the three ways a fault ends ---------------------------------------------------------- */

/* Plays with the fault armed until a step fails; returns that step (s->n when none failed). */
static size_t play_until_failure(const Script *s, Play *p, MsError *err)
{
    for (size_t k = 0; k < s->n; k++) {
        int answered = p->a ? attempt_answered(p->a) : 0;
        size_t history = p->a ? session_history_count(attempt_session(p->a)) : 0;
        if (run_op(p, &s->ops[k], err) != MS_OK) {
            error_is_clear(err);
            if (p->a && s->ops[k].kind == OP_DECIDE) { /* the session did not run ahead */
                assert_int_equal(attempt_answered(p->a), answered);
                assert_true(session_history_count(attempt_session(p->a)) >= history);
            }
            return k;
        }
    }
    return s->n;
}

/* Fails the nth operation of kind; then either the player stops and the next start resumes
 * (the terminal's way), or it answers again in the same process (the window tells the learner
 * and lets them). */
static void fault_then(const Script *s, FaultKind kind, long n, int rc, bool retry)
{
    char what[96];
    snprintf(what, sizeof what, "%s %ld of %ld (rc %d), then a %s", FAULT_KIND_NAMES[kind], n,
             s->count[kind], rc, retry ? "retry" : "restart");
    fresh_dir();
    Play p = {.sc = s->sc, .path = path};
    MsError err;
    fault_arm(kind, n, rc, false, false);
    size_t k = play_until_failure(s, &p, &err);
    if (fault_plan.fired != 1)
        fprintf(stderr, "%s: the fault fired %d times\n", what, fault_plan.fired);
    assert_int_equal(fault_plan.fired, 1);
    fault_reset(false);
    if (!retry) {
        play_drop(&p);
        size_t next = records_match(s, &p, k < s->n ? k : s->n - 1, what);
        resume_and_finish(s, &p, next, what);
        return;
    }
    for (size_t i = k; i < s->n; i++) {
        if (s->ops[i].kind == OP_CLOSE) {
            char *end = snapshot(p.r);
            if (strcmp(end, s->snap[i]) != 0)
                fprintf(stderr, "%s: fault at step %zu\n  expected: %s\n  found:    %s\n", what, k,
                        s->snap[i], end);
            assert_string_equal(end, s->snap[i]);
            free(end);
        }
        if (run_op(&p, &s->ops[i], &err) != MS_OK)
            fprintf(stderr, "%s: step %zu (%s) again: %s\n", what, i, OP_NAMES[s->ops[i].kind],
                    err.message);
        assert_int_equal(err.code, MS_OK);
    }
    assert_false(p.moved); /* a failed open never left a file that looks damaged */
    records_match(s, &p, s->n - 1, what);
    play_drop(&p);
}

/* The process dies at the operation (a write torn in half), or the power goes there (every
 * write not synced is undone); the next start resumes. */
static void crash_then_restart(const Script *s, FaultKind kind, long n, bool power_cut)
{
    char what[96];
    snprintf(what, sizeof what, "%s at %s %ld of %ld", power_cut ? "power cut" : "crash",
             FAULT_KIND_NAMES[kind], n, s->count[kind]);
    fresh_dir();
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        Play p = {.sc = s->sc, .path = path};
        MsError err;
        fault_arm(kind, n, 0, true, power_cut);
        for (size_t k = 0; k < s->n; k++) {
            *crash_at = (int)k;
            run_op(&p, &s->ops[k], &err);
        }
        _exit(0); /* not reached when the fault fired */
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), FAULT_CRASH_EXIT);
    Play p = {.sc = s->sc, .path = path};
    size_t next = records_match(s, &p, (size_t)*crash_at, what);
    resume_and_finish(s, &p, next, what);
}

/* ---- the tests --------------------------------------------------------------------------- */

static void every_fault(const char *spec)
{
    Scenario *sc = NULL;
    MsError err;
    if (library_load(spec, mc, &sc, &err) != MS_OK)
        fail_msg("%s: %s", spec, err.message);
    Script *s = calloc(1, sizeof *s);
    assert_non_null(s);
    script_build(s, sc);
    printf("# %s: %zu steps, %ld opens, %ld writes, %ld syncs, %ld truncates\n", spec, s->n,
           s->count[FAULT_OPEN], s->count[FAULT_WRITE], s->count[FAULT_SYNC],
           s->count[FAULT_TRUNCATE]);
    assert_true(s->count[FAULT_WRITE] > 10);
    assert_true(s->count[FAULT_SYNC] > 5);
    long injected = 0;
    for (int kind = 0; kind < FAULT_KINDS; kind++) {
        for (long n = 1; n <= s->count[kind]; n++) {
            int rc = kind == FAULT_WRITE && n % 2 == 0 ? SQLITE_FULL : SQLITE_IOERR_WRITE;
            fault_then(s, (FaultKind)kind, n, rc, false);
            fault_then(s, (FaultKind)kind, n, rc, true);
            crash_then_restart(s, (FaultKind)kind, n, false);
            injected += 3;
            /* A power cut undoes every write since the last sync, so one at a write leaves what
             * one at the next sync leaves: the syncs (and opens, truncates) cover them all. */
            if (kind != FAULT_WRITE) {
                crash_then_restart(s, (FaultKind)kind, n, true);
                injected++;
            }
        }
    }
    printf("# %s: %ld faults injected, nothing lost\n", spec, injected);
    script_free(s);
    free(s);
    scenario_free(sc);
}

static int setup(void **state)
{
    (void)state;
    MsError err;
    setenv("MELDSIM_ROOT", MELDSIM_SOURCE_ROOT, 1);
    if (vfs_init(NULL, &err) != MS_OK || meldcode_load(&mc, &err) != MS_OK) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    /* tmpfs where there is one: a sync there costs nothing, and there are many */
    struct stat sb;
    const char *base =
        stat("/dev/shm", &sb) == 0 && access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(dir, sizeof dir, "%s/meldsim-faults-XXXXXX", base);
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/%s", dir, RECORDS_FILE);
    crash_at =
        mmap(NULL, sizeof *crash_at, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (crash_at == MAP_FAILED || fault_vfs_install() != SQLITE_OK)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fault_vfs_remove();
    fresh_dir();
    rmdir(dir);
    munmap(crash_at, sizeof *crash_at);
    meldcode_free(mc);
    vfs_quit();
    return 0;
}

/* Under AddressSanitizer: a small quarantine, so that the hundreds of forked crashes do not each
 * copy hundreds of megabytes of freed memory (ASAN_OPTIONS still overrides it). */
const char *__asan_default_options(void);
__attribute__((used)) const char *__asan_default_options(void)
{
    return "quarantine_size_mb=4";
}

#endif
