/*
 * test_records.c: the learner records and the attempt on top of them: every
 * choice is in the database as soon as attempt_choose returns, the mode rules
 * (oefenen may go back once, toets never), resume replays and recomputes instead
 * of trusting stored scores, a failed write leaves the session as it was, a
 * damaged or foreign file is moved aside, and forget leaves no trace of a name.
 * Also the small helpers under it: SHA-256, UUIDs, ISO durations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "mode.h"
#include "records_priv.h"
#include "sha256.h"
#include "test_records_support.h"
#include "uuid.h"
#include "wallclock.h"

/* ---- helpers ----------------------------------------------------------------------------- */

static void sha256_known_answers(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        const char *hex;
    } cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Sha256 c;
        unsigned char d[SHA256_BYTES];
        char hex[65];
        sha256_init(&c);
        sha256_update(&c, cases[i].in, strlen(cases[i].in));
        sha256_final(&c, d);
        sha256_hex(d, SHA256_BYTES, hex);
        assert_string_equal(hex, cases[i].hex);
    }
    /* a million 'a', fed in uneven pieces, crosses many block boundaries */
    Sha256 c;
    unsigned char d[SHA256_BYTES];
    char hex[65], chunk[997];
    memset(chunk, 'a', sizeof chunk);
    sha256_init(&c);
    size_t left = 1000000;
    while (left) {
        size_t n = left < sizeof chunk ? left : sizeof chunk;
        sha256_update(&c, chunk, n);
        left -= n;
    }
    sha256_final(&c, d);
    sha256_hex(d, SHA256_BYTES, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void uuids_are_rfc4122_and_derived_ones_stable(void **state)
{
    (void)state;
    char a[UUID_STR], b[UUID_STR];
    assert_int_equal(uuid_random(a, NULL), MS_OK);
    assert_int_equal(uuid_random(b, NULL), MS_OK);
    assert_true(uuid_valid(a));
    assert_true(uuid_valid(b));
    assert_string_not_equal(a, b);
    assert_int_equal(a[14], '4');
    const char *parts[] = {"reg", "answered", "3"};
    uuid_derive(a, parts, 3);
    uuid_derive(b, parts, 3);
    assert_string_equal(a, b);
    assert_true(uuid_valid(a));
    const char *other[] = {"reg", "answered", "4"};
    uuid_derive(b, other, 3);
    assert_string_not_equal(a, b);
    assert_false(uuid_valid("not-a-uuid"));
    assert_false(uuid_valid("123e4567-e89b-12d3-a456-42661417400G"));
}

static void durations_and_timestamps(void **state)
{
    (void)state;
    char d[WALLCLOCK_ISO_MAX];
    wallclock_duration_iso(0, d);
    assert_string_equal(d, "PT0S");
    wallclock_duration_iso(83450, d);
    assert_string_equal(d, "PT1M23.45S");
    wallclock_duration_iso(3723000, d);
    assert_string_equal(d, "PT1H2M3S");
    char now[WALLCLOCK_ISO_MAX];
    wallclock_now_iso(now);
    assert_int_equal(strlen(now), 24); /* 2024-05-01T10:22:33.123Z */
    assert_int_equal(now[23], 'Z');
    int64_t secs;
    assert_true(wallclock_parse_iso("1970-01-02T00:00:01.500Z", &secs));
    assert_int_equal(secs, 86401);
    assert_true(wallclock_parse_iso("2000-03-01T00:00:00Z", &secs));
    assert_int_equal(secs, 951868800);
    assert_false(wallclock_parse_iso("2000-03-01 00:00:00", &secs));
}

/* ---- modes ------------------------------------------------------------------------------- */

static void mode_rules_table(void **state)
{
    (void)state;
    const ModeRules *o = mode_rules(MODE_OEFENEN), *t = mode_rules(MODE_TOETS);
    const ModeRules *g = mode_rules(MODE_GROEP), *v = mode_rules(MODE_VOORLICHTING);
    assert_true(o->feedback_each_choice && o->may_go_back && o->recorded && o->terminal);
    assert_false(t->feedback_each_choice || t->may_go_back);
    assert_true(t->pass_mark_first && t->scored && t->recorded && t->terminal);
    assert_true(g->discussion_pause && g->group_votes && g->large_text && g->recorded);
    assert_false(g->terminal || g->may_go_back);
    assert_true(v->step_walkthrough && v->large_text);
    assert_false(v->recorded || v->scored || v->terminal);
    for (int m = 0; m < MODE_COUNT; m++)
        assert_int_equal(mode_parse(mode_id((Mode)m)), m);
    assert_int_equal(mode_parse("examen"), -1);
    assert_int_equal(mode_parse(NULL), -1);
    assert_ptr_equal(mode_rules((Mode)99), t); /* unknown: the strictest */
}

static int count_rows(RecFixture *fx, const char *sql)
{
    sqlite3_stmt *st = NULL;
    int n = -1;
    if (sqlite3_prepare_v2(fx->r->db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void every_choice_is_stored_when_choose_returns(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_TOETS);
    assert_non_null(a);
    rec_play(a, (int[]){1}, 1);
    /* a second connection, as a restarted process would open it */
    Records *other = NULL;
    assert_int_equal(records_open(fx->path, NULL, &other, NULL), MS_OK);
    RecordsChoice *list = NULL;
    size_t n = 0;
    assert_int_equal(records_choices_get(other, attempt_id(a), &list, &n, NULL), MS_OK);
    assert_int_equal(n, 1);
    assert_string_equal(list[0].scene, "a");
    assert_int_equal(list[0].choice, 0);
    assert_int_equal(list[0].points, 3);
    assert_int_equal(list[0].best, 3);
    assert_int_equal(list[0].worst, -2);
    assert_int_equal(list[0].offered_count, 3);
    free(list);
    rec_play(a, (int[]){1, 1}, 2); /* c1, then d1 ends the case */
    assert_true(session_ended(attempt_session(a)));
    RecordsAttempt row;
    assert_int_equal(records_attempt_get(other, attempt_id(a), &row, NULL), MS_OK);
    assert_int_equal(row.status, RECORDS_FINISHED);
    assert_int_equal(row.answered, 3);
    assert_int_equal(row.result.earned, 9);
    assert_int_equal(row.result.possible, 9);
    assert_int_equal(row.result.minimum, -2 + 0 - 1);
    assert_true(row.result.passed);
    assert_string_equal(row.result.ending, "goed");
    assert_int_equal(row.result.steps[MS_STEP_BESLISSEN].earned, 4);
    assert_int_equal(row.mode, MODE_TOETS);
    assert_true(uuid_valid(row.registration));
    records_close(other);
    attempt_free(a);
}

static void oefenen_goes_back_once_and_keeps_both_answers(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_OEFENEN);
    assert_int_equal(attempt_back_allowed(a), ATTEMPT_BACK_NONE);
    rec_play(a, (int[]){3}, 1); /* the critical mistake */
    assert_int_equal(attempt_back_allowed(a), ATTEMPT_BACK_OK);
    assert_int_equal(attempt_back(a, NULL), MS_OK);
    assert_int_equal(session_scene(attempt_session(a)), 0);
    assert_int_equal(attempt_back_allowed(a), ATTEMPT_BACK_USED);
    assert_int_equal(attempt_back(a, NULL), MS_ERR_REFUSED);
    rec_play(a, (int[]){1, 2}, 2); /* a1, c2 */
    assert_int_equal(attempt_back_allowed(a), ATTEMPT_BACK_OK); /* answered since: allowed */
    rec_play(a, (int[]){1}, 1);                                  /* d2 (d1 is not offered) */
    RecordsChoice *list = NULL;
    size_t n = 0;
    assert_int_equal(records_choices_get(fx->r, attempt_id(a), &list, &n, NULL), MS_OK);
    assert_int_equal(n, 4);
    assert_true(list[0].undone);
    assert_string_equal(list[0].critical, "alleen_handelen");
    assert_false(list[1].undone);
    assert_int_equal(list[1].seq, 2);
    assert_int_equal(list[3].offered_count, 2); /* d2 and d3 */
    free(list);
    RecordsAttempt row;
    assert_int_equal(records_attempt_get(fx->r, attempt_id(a), &row, NULL), MS_OK);
    assert_int_equal(row.undone, 1);
    assert_int_equal(row.result.critical_count, 0); /* the undone mistake does not count */
    assert_int_equal(row.result.earned, 3 + 0 + 1);
    attempt_free(a);
}

static void toets_never_goes_back(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_TOETS);
    rec_play(a, (int[]){2}, 1);
    assert_int_equal(attempt_back_allowed(a), ATTEMPT_BACK_MODE);
    assert_int_equal(attempt_back(a, NULL), MS_ERR_REFUSED);
    assert_int_equal(attempt_answered(a), 1);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM choice WHERE undone = 1"), 0);
    attempt_free(a);
}

static void voorlichting_records_nothing(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_VOORLICHTING);
    rec_play(a, (int[]){1, 1, 1}, 3);
    assert_true(session_ended(attempt_session(a)));
    assert_int_equal(attempt_id(a), 0);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM attempt"), 0);
    attempt_free(a);
}

static void resume_replays_and_recomputes(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_OEFENEN);
    rec_play(a, (int[]){2, 1}, 2);
    int64_t id = attempt_id(a);
    attempt_free(a); /* the process stops */
    /* a stored score is never trusted */
    assert_int_equal(sqlite3_exec(fx->r->db, "UPDATE choice SET points = 999, best = 999", NULL,
                                  NULL, NULL),
                     SQLITE_OK);
    RecordsAttempt open;
    assert_int_equal(records_attempt_find_open(fx->r, fx->learner.id, "t", &open, NULL), MS_OK);
    assert_int_equal(open.id, id);
    assert_int_equal(open.answered, 2);
    assert_int_equal(attempt_resume(fx->sc, fx->r, id, &a, NULL), MS_OK);
    assert_int_equal(attempt_mode(a), MODE_OEFENEN);
    assert_int_equal(attempt_answered(a), 2);
    assert_string_equal(fx->sc->scenes[session_scene(attempt_session(a))].id, "d");
    rec_play(a, (int[]){1}, 1);
    RecordsAttempt row;
    assert_int_equal(records_attempt_get(fx->r, id, &row, NULL), MS_OK);
    assert_int_equal(row.status, RECORDS_FINISHED);
    assert_int_equal(row.result.earned, 1 + 2 + 4);
    assert_int_equal(row.result.possible, 9);
    RecordsChoice *list = NULL;
    size_t n = 0;
    assert_int_equal(records_choices_get(fx->r, id, &list, &n, NULL), MS_OK);
    assert_int_equal(n, 3);
    assert_int_equal(list[2].seq, 3);
    free(list);
    attempt_free(a);
    assert_int_equal(records_attempt_find_open(fx->r, fx->learner.id, "t", &open, NULL),
                     MS_ERR_NOT_FOUND);
}

/* Two players with the same learner: the attempt one plays is claimed; the other sees it in use,
 * cannot resume it, and plays its own; the claim goes with the first player's attempt (or
 * connection, or process). */
static void one_player_per_attempt(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_OEFENEN);
    rec_play(a, (int[]){2}, 1);
    int64_t id = attempt_id(a);
    Records *other = NULL;
    MsError err;
    assert_int_equal(records_open(fx->path, NULL, &other, &err), MS_OK);
    assert_false(records_attempt_in_use(fx->r, id)); /* its own claim is not "another" */
    assert_true(records_attempt_in_use(other, id));
    Attempt *b = NULL;
    assert_int_equal(attempt_resume(fx->sc, other, id, &b, &err), MS_ERR_REFUSED);
    assert_null(b);
    assert_string_equal(err.file, fx->path);
    assert_non_null(strstr(err.message, "another meldsim"));
    /* the second player's own attempt: both go on, each keeps its answers */
    AttemptSetup setup = {other, fx->learner.id, MODE_OEFENEN, MS_LANG_NL};
    assert_int_equal(attempt_begin(fx->sc, &setup, &b, &err), MS_OK);
    assert_true(records_attempt_in_use(fx->r, attempt_id(b)));
    rec_play(b, (int[]){1, 1, 1}, 3);
    rec_play(a, (int[]){1, 2}, 2);
    RecordsAttempt row;
    assert_int_equal(records_attempt_get(fx->r, id, &row, NULL), MS_OK);
    assert_int_equal(row.status, RECORDS_FINISHED);
    assert_int_equal(row.answered, 3);
    assert_int_equal(records_attempt_get(fx->r, attempt_id(b), &row, NULL), MS_OK);
    assert_int_equal(row.status, RECORDS_FINISHED);
    assert_int_equal(row.answered, 3);
    attempt_free(a);
    /* once the first player lets go, its attempt is free again */
    assert_false(records_attempt_in_use(other, id));
    a = rec_begin(fx, MODE_OEFENEN);
    rec_play(a, (int[]){2}, 1);
    id = attempt_id(a);
    attempt_free(b);
    assert_true(records_attempt_in_use(other, id));
    attempt_free(a);
    assert_int_equal(records_attempt_claim(fx->r, id, &err), MS_OK);
    assert_true(records_attempt_in_use(other, id));
    records_close(fx->r); /* a connection that goes (or a process) takes its claims along */
    fx->r = NULL;
    assert_false(records_attempt_in_use(other, id));
    assert_int_equal(attempt_resume(fx->sc, other, id, &b, &err), MS_OK);
    assert_int_equal(attempt_answered(b), 1);
    attempt_free(b);
    fx->r = other;
}

static void resume_refuses_choices_the_case_no_longer_has(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_TOETS);
    rec_play(a, (int[]){1}, 1);
    int64_t id = attempt_id(a);
    attempt_free(a);
    assert_int_equal(
        sqlite3_exec(fx->r->db, "UPDATE choice SET scene = 'weg'", NULL, NULL, NULL), SQLITE_OK);
    MsError err;
    assert_int_equal(attempt_resume(fx->sc, fx->r, id, &a, &err), MS_ERR_INVALID);
    assert_non_null(strstr(err.message, "'weg'"));
    assert_null(a);
    assert_int_equal(records_attempt_abandon(fx->r, id, NULL), MS_OK);
    RecordsAttempt row;
    assert_int_equal(records_attempt_get(fx->r, id, &row, NULL), MS_OK);
    assert_int_equal(row.status, RECORDS_ABANDONED);
}

static void failed_write_leaves_the_session_as_it_was(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_OEFENEN);
    rec_play(a, (int[]){1}, 1);
    size_t before = session_history_count(attempt_session(a));
    int scene = session_scene(attempt_session(a));
    assert_int_equal(sqlite3_exec(fx->r->db, "PRAGMA query_only = 1", NULL, NULL, NULL),
                     SQLITE_OK);
    MsError err;
    /* b is narration (not recorded); c's choice must fail */
    assert_int_equal(attempt_choose(a, 0, &err), MS_OK);
    assert_int_not_equal(attempt_choose(a, 0, &err), MS_OK);
    assert_int_equal(err.code, MS_ERR_IO);
    assert_int_equal(session_history_count(attempt_session(a)), before + 1);
    assert_int_not_equal(session_scene(attempt_session(a)), scene);
    assert_string_equal(fx->sc->scenes[session_scene(attempt_session(a))].id, "c");
    assert_int_equal(sqlite3_exec(fx->r->db, "PRAGMA query_only = 0", NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(attempt_choose(a, 0, &err), MS_OK); /* and it goes on once writes work */
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM choice"), 2);
    attempt_free(a);
}

/* ---- learners ---------------------------------------------------------------------------- */

static void learner_names_and_pseudonyms(void **state)
{
    RecFixture *fx = *state;
    RecordsLearner l;
    MsError err;
    assert_int_equal(records_learner_add(fx->r, NULL, &l, NULL), MS_OK);
    assert_true(l.generated);
    assert_int_equal(strncmp(l.name, "leerling-", 9), 0);
    assert_int_equal(strlen(l.name), 13);
    assert_int_equal(records_learner_add(fx->r, "Anna de Vries", &l, &err), MS_ERR_INVALID);
    assert_non_null(strstr(err.message, "taken"));
    assert_int_equal(records_learner_add(fx->r, "", &l, NULL), MS_ERR_INVALID);
    assert_int_equal(records_learner_add(fx->r, " x", &l, NULL), MS_ERR_INVALID);
    assert_int_equal(records_learner_add(fx->r, "a\nb", &l, NULL), MS_ERR_INVALID);
    assert_int_equal(records_learner_add(fx->r, "\xff", &l, NULL), MS_ERR_INVALID);
    assert_int_equal(records_learner_add(fx->r, "Zoë", &l, NULL), MS_OK);
    assert_int_equal(records_learner_ensure(fx->r, "Zoë", &l, NULL), MS_OK);
    assert_false(l.generated);
    char h1[33], h2[33], h3[33];
    assert_int_equal(records_learner_hash(fx->r, "Zoë", h1, NULL), MS_OK);
    assert_int_equal(records_learner_hash(fx->r, "Zoë", h2, NULL), MS_OK);
    assert_int_equal(records_learner_hash(fx->r, "Zoe", h3, NULL), MS_OK);
    assert_string_equal(h1, h2);
    assert_string_not_equal(h1, h3);
    assert_int_equal(strlen(h1), 32);
}

/* ---- damaged files ----------------------------------------------------------------------- */

static bool file_has(const char *path, const char *needle, size_t len)
{
    size_t n = 0;
    char *data = support_read_file(path, &n);
    bool found = false;
    for (size_t i = 0; data && i + len <= n && !found; i++)
        found = memcmp(data + i, needle, len) == 0;
    free(data);
    return found;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void garbage_is_moved_aside_not_overwritten(void **state)
{
    RecFixture *fx = *state;
    char path[160];
    snprintf(path, sizeof path, "%s/garbage.sqlite3", fx->dir);
    const char *garbage = "this is not a database, but it is somebody's file\n";
    write_file(path, garbage);
    RecordsOpenInfo info;
    Records *r = NULL;
    assert_int_equal(records_open(path, &info, &r, NULL), MS_OK);
    assert_string_equal(info.path, path);
    assert_int_equal(strncmp(info.moved_to, path, strlen(path)), 0);
    assert_non_null(strstr(info.moved_to, ".damaged-"));
    assert_true(info.damage[0] != '\0');
    assert_true(file_has(info.moved_to, garbage, strlen(garbage)));
    RecordsLearner l;
    assert_int_equal(records_learner_add(r, "nieuw", &l, NULL), MS_OK); /* the fresh one works */
    records_close(r);
    /* it opens cleanly the next time */
    assert_int_equal(records_open(path, &info, &r, NULL), MS_OK);
    assert_string_equal(info.moved_to, "");
    records_close(r);
}

static void corrupt_pages_are_caught_by_the_check(void **state)
{
    RecFixture *fx = *state;
    Attempt *a = rec_begin(fx, MODE_TOETS);
    rec_play(a, (int[]){1, 1, 1}, 3);
    attempt_free(a);
    records_close(fx->r);
    fx->r = NULL;
    /* scribble over the second half of the file, keeping the header */
    struct stat sb;
    assert_int_equal(stat(fx->path, &sb), 0);
    FILE *f = fopen(fx->path, "r+b");
    assert_non_null(f);
    fseek(f, 4096, SEEK_SET);
    for (long i = 4096; i < sb.st_size; i++)
        fputc((int)(i * 7 % 251), f);
    fclose(f);
    RecordsOpenInfo info;
    assert_int_equal(records_open(fx->path, &info, &fx->r, NULL), MS_OK);
    assert_true(info.moved_to[0] != '\0');
    RecordsForgotten forgot;
    RecordsLearner l;
    assert_int_equal(records_learner_add(fx->r, "Anna de Vries", &l, NULL), MS_OK);
    assert_int_equal(records_forget(fx->r, "Anna de Vries", &forgot, NULL), MS_OK);
    assert_int_equal(forgot.damaged_count, 1); /* forget names the file it cannot search */
    assert_string_equal(forgot.damaged[0], info.moved_to);
}

static void foreign_database_is_moved_and_newer_one_refused(void **state)
{
    RecFixture *fx = *state;
    char path[160];
    sqlite3 *db = NULL;
    snprintf(path, sizeof path, "%s/other.sqlite3", fx->dir);
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE photos(x); INSERT INTO photos VALUES (42)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    RecordsOpenInfo info;
    Records *r = NULL;
    assert_int_equal(records_open(path, &info, &r, NULL), MS_OK);
    assert_non_null(strstr(info.damage, "not a meldsim"));
    records_close(r);
    /* a file from a newer meldsim: left alone */
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    MsError err;
    assert_int_equal(records_open(path, &info, &r, &err), MS_ERR_INVALID);
    assert_null(r);
    assert_non_null(strstr(err.message, "newer meldsim"));
    assert_string_equal(info.moved_to, "");
}

static void records_file_is_private(void **state)
{
    RecFixture *fx = *state;
    struct stat sb;
    assert_int_equal(stat(fx->path, &sb), 0);
    assert_int_equal(sb.st_mode & 077, 0);
}

/* ---- forget ------------------------------------------------------------------------------ */

static void forget_deletes_everything_and_leaves_no_trace(void **state)
{
    RecFixture *fx = *state;
    RecordsLearner other;
    assert_int_equal(records_learner_add(fx->r, "Bram", &other, NULL), MS_OK);
    Attempt *a = rec_begin(fx, MODE_OEFENEN);
    rec_play(a, (int[]){3}, 1);
    attempt_back(a, NULL);
    rec_play(a, (int[]){1, 1, 1}, 3);
    assert_int_equal(records_votes_set(fx->r, attempt_id(a), 1, (int[]){4, 2, 0}, 3, NULL), MS_OK);
    int counts[4], total = -1;
    assert_int_equal(records_votes_get(fx->r, attempt_id(a), 1, counts, 4, &total, NULL), MS_OK);
    assert_int_equal(total, 6);
    assert_int_equal(counts[0], 4);
    assert_int_equal(counts[1], 2);
    assert_int_equal(counts[2], 0);
    assert_int_equal(counts[3], 0);
    assert_int_equal(records_votes_get(fx->r, attempt_id(a), 2, counts, 4, &total, NULL), MS_OK);
    assert_int_equal(total, 0); /* no votes at that decision */
    attempt_free(a);
    AttemptSetup setup = {fx->r, other.id, MODE_TOETS, MS_LANG_NL};
    assert_int_equal(attempt_begin(fx->sc, &setup, &a, NULL), MS_OK);
    rec_play(a, (int[]){1}, 1);
    attempt_free(a);
    char wal[160];
    snprintf(wal, sizeof wal, "%s-wal", fx->path);
    assert_true(file_has(fx->path, "Anna de Vries", 13) || file_has(wal, "Anna de Vries", 13));
    RecordsForgotten f;
    assert_int_equal(records_forget(fx->r, "Anna de Vries", &f, NULL), MS_OK);
    assert_int_equal(f.learners, 1);
    assert_int_equal(f.attempts, 1);
    assert_int_equal(f.choices, 4);
    assert_int_equal(f.votes, 3);
    assert_true(f.wal_cleared);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM learner"), 1);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM attempt"), 1);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM choice"), 1);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM attempt_step"), 0);
    assert_int_equal(count_rows(fx, "SELECT count(*) FROM vote"), 0);
    /* the name is in none of the files any more: not in the database, not in its log */
    assert_false(file_has(fx->path, "Anna de Vries", 13));
    assert_false(file_has(wal, "Anna de Vries", 13));
    assert_true(file_has(fx->path, "Bram", 4));
    assert_int_equal(records_forget(fx->r, "Anna de Vries", &f, NULL), MS_ERR_NOT_FOUND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sha256_known_answers),
        cmocka_unit_test(uuids_are_rfc4122_and_derived_ones_stable),
        cmocka_unit_test(durations_and_timestamps),
        cmocka_unit_test(mode_rules_table),
        cmocka_unit_test_setup_teardown(every_choice_is_stored_when_choose_returns, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(oefenen_goes_back_once_and_keeps_both_answers, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(toets_never_goes_back, rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(voorlichting_records_nothing, rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(resume_replays_and_recomputes, rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(one_player_per_attempt, rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(resume_refuses_choices_the_case_no_longer_has, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(failed_write_leaves_the_session_as_it_was, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(learner_names_and_pseudonyms, rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(garbage_is_moved_aside_not_overwritten, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(corrupt_pages_are_caught_by_the_check, rec_setup,
                                        rec_teardown),
        cmocka_unit_test_setup_teardown(foreign_database_is_moved_and_newer_one_refused,
                                        rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(records_file_is_private, rec_setup, rec_teardown),
        cmocka_unit_test_setup_teardown(forget_deletes_everything_and_leaves_no_trace, rec_setup,
                                        rec_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
