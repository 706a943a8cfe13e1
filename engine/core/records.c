/*
 * records.c: opening the records database (and moving a damaged one aside),
 * learners, and forgetting a learner. The file is created 0600 before SQLite
 * opens it, because SQLite gives its -wal and -shm files the same permissions:
 * the records are personal data on a shared school laptop.
 */
#include "records_priv.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "sha256.h"
#include "utf8.h"
#include "vfs.h"
#include "wallclock.h"

/* ---- helpers shared by records_*.c ------------------------------------------------------- */

/* Extended result codes are on: the primary code is the low byte. */
static MsStatus status_of(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOMEM:
        return MS_ERR_NOMEM;
    case SQLITE_CONSTRAINT:
        return MS_ERR_INVALID;
    default:
        return MS_ERR_IO;
    }
}

/* SQLite says "disk I/O error" also when the disk is full or read-only (the -shm cannot grow):
 * the folder's file system says which. "" when it is neither. */
static const char *io_hint(const char *path)
{
    char dir[RECORDS_PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *(slash == dir ? slash + 1 : slash) = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    struct statvfs fs;
    if (statvfs(dir, &fs) != 0)
        return "";
    if (fs.f_flag & ST_RDONLY)
        return " (the file system is read-only)";
    if (fs.f_bavail == 0 || fs.f_favail == 0)
        return " (the disk is full)";
    return "";
}

static MsStatus fail_with(Records *r, MsError *err, int code, const char *what, const char *why)
{
    MsStatus st = status_of(code);
    return ms_error_set(err, st, r->path, 0, "%s: %s%s", what, why,
                        st == MS_ERR_IO ? io_hint(r->path) : "");
}

MsStatus records_fail(Records *r, MsError *err, const char *what)
{
    return fail_with(r, err, sqlite3_extended_errcode(r->db), what, sqlite3_errmsg(r->db));
}

MsStatus records_exec(Records *r, const char *sql, const char *what, MsError *err)
{
    char *msg = NULL;
    int rc = sqlite3_exec(r->db, sql, NULL, NULL, &msg);
    if (rc == SQLITE_OK)
        return MS_OK;
    MsStatus st = fail_with(r, err, rc, what, msg ? msg : sqlite3_errmsg(r->db));
    sqlite3_free(msg);
    return st;
}

MsStatus records_prepare(Records *r, const char *sql, sqlite3_stmt **st, MsError *err)
{
    if (sqlite3_prepare_v2(r->db, sql, -1, st, NULL) != SQLITE_OK)
        return records_fail(r, err, "cannot read the records");
    return MS_OK;
}

MsStatus records_begin(Records *r, MsError *err)
{
    return records_exec(r, "BEGIN IMMEDIATE", "cannot write to the records", err);
}

MsStatus records_commit(Records *r, MsError *err)
{
    MsStatus st = records_exec(r, "COMMIT", "cannot save to the records", err);
    if (st != MS_OK)
        records_rollback(r);
    return st;
}

void records_rollback(Records *r)
{
    if (!sqlite3_get_autocommit(r->db))
        sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
}

void records_copy(char *buf, size_t cap, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n >= cap) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* do not split a character */
            n--;
    }
    if (n)
        memcpy(buf, s, n);
    buf[n] = '\0';
}

void records_column_copy(sqlite3_stmt *st, int col, char *buf, size_t cap)
{
    records_copy(buf, cap, (const char *)sqlite3_column_text(st, col));
}

const char *records_status_id(RecordsStatus status)
{
    static const char *const ids[RECORDS_STATUS_COUNT] = {"open", "finished", "abandoned"};
    return status < RECORDS_STATUS_COUNT ? ids[status] : "open";
}

/* ---- opening ----------------------------------------------------------------------------- */

typedef enum { OPEN_OK, OPEN_DAMAGED, OPEN_FAILED } OpenResult;

static int64_t pragma_int(Records *r, const char *sql, int *rc)
{
    sqlite3_stmt *st = NULL;
    int64_t v = 0;
    *rc = sqlite3_prepare_v2(r->db, sql, -1, &st, NULL);
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(st);
        if (*rc == SQLITE_ROW) {
            v = sqlite3_column_int64(st, 0);
            *rc = SQLITE_OK;
        } else if (*rc == SQLITE_DONE) {
            *rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return v;
}

static bool is_damage(int rc)
{
    rc &= 0xff;
    return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
}

/* SQLite's own consistency check; the first complaint goes into damage. */
static OpenResult check_integrity(Records *r, char *damage, size_t cap, MsError *err)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(r->db, "PRAGMA quick_check(1)", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    OpenResult res = OPEN_OK;
    if (rc == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(st, 0);
        if (!text || strcmp(text, "ok") != 0) {
            snprintf(damage, cap, "%s", text ? text : "integrity check failed");
            res = OPEN_DAMAGED;
        }
    } else if (is_damage(rc)) {
        snprintf(damage, cap, "%s", sqlite3_errmsg(r->db));
        res = OPEN_DAMAGED;
    } else {
        records_fail(r, err, "cannot check the records");
        res = OPEN_FAILED;
    }
    sqlite3_finalize(st);
    return res;
}

static OpenResult open_checked(Records *r, char *damage, size_t cap, MsError *err)
{
    int fd = open(r->path, O_RDWR | O_CREAT, 0600);
    if (fd < 0) {
        ms_error_set(err, MS_ERR_IO, r->path, 0, "cannot open the records: %s", strerror(errno));
        return OPEN_FAILED;
    }
    close(fd);
    if (sqlite3_open_v2(r->path, &r->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        if (r->db)
            records_fail(r, err, "cannot open the records");
        else
            ms_error_set(err, MS_ERR_NOMEM, r->path, 0, "out of memory");
        return OPEN_FAILED;
    }
    sqlite3_extended_result_codes(r->db, 1);
    sqlite3_busy_timeout(r->db, 5000);
    int rc;
    int64_t app = pragma_int(r, "PRAGMA application_id", &rc);
    int64_t tables = rc == SQLITE_OK ? pragma_int(r, "SELECT count(*) FROM sqlite_schema", &rc) : 0;
    int64_t version = rc == SQLITE_OK ? pragma_int(r, "PRAGMA user_version", &rc) : 0;
    if (is_damage(rc)) {
        snprintf(damage, cap, "%s", sqlite3_errmsg(r->db));
        return OPEN_DAMAGED;
    }
    if (rc != SQLITE_OK) {
        records_fail(r, err, "cannot read the records");
        return OPEN_FAILED;
    }
    bool empty = app == 0 && tables == 0;
    if (!empty && app != RECORDS_APPLICATION_ID) {
        snprintf(damage, cap, "not a meldsim records database");
        return OPEN_DAMAGED;
    }
    if (version > RECORDS_SCHEMA_VERSION) {
        ms_error_set(err, MS_ERR_INVALID, r->path, 0,
                     "the records were written by a newer meldsim (schema %lld, this one knows "
                     "%d); update meldsim",
                     (long long)version, RECORDS_SCHEMA_VERSION);
        return OPEN_FAILED;
    }
    if (!empty) {
        OpenResult res = check_integrity(r, damage, cap, err);
        if (res != OPEN_OK)
            return res;
    }
    /* WAL: a commit is one append to the log; FULL: and it is synced before COMMIT returns. */
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(r->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (is_damage(rc)) {
        snprintf(damage, cap, "%s", sqlite3_errmsg(r->db));
        return OPEN_DAMAGED;
    }
    if (rc != SQLITE_ROW) { /* not left in another journal mode without a word */
        records_fail(r, err, "cannot set up the records");
        return OPEN_FAILED;
    }
    MsStatus s = records_exec(r,
                              "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                              "PRAGMA secure_delete = ON;",
                              "cannot set up the records", err);
    if (s == MS_OK && empty)
        s = records_schema_create(r, err);
    else if (s == MS_OK && version < RECORDS_SCHEMA_VERSION)
        s = records_schema_migrate(r, version, err);
    return s == MS_OK ? OPEN_OK : OPEN_FAILED;
}

static void sync_folder(const char *path)
{
    char dir[RECORDS_PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == dir)
        dir[1] = '\0';
    else
        *slash = '\0';
    int fd = open(dir, O_RDONLY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Renames path (and its -wal and -shm) to "<path>.damaged-<stamp>[-n]". */
static MsStatus move_aside(const char *path, char *moved_to, size_t cap, MsError *err)
{
    char stamp[WALLCLOCK_ISO_MAX], target[RECORDS_PATH_MAX + 64];
    wallclock_now_stamp(stamp);
    struct stat sb;
    for (int n = 0; n < 100; n++) {
        if (n == 0)
            snprintf(target, sizeof target, "%s.damaged-%s", path, stamp);
        else
            snprintf(target, sizeof target, "%s.damaged-%s-%d", path, stamp, n);
        if (stat(target, &sb) != 0)
            break;
    }
    if (strlen(target) >= cap)
        return ms_error_set(err, MS_ERR_IO, path, 0, "the path is too long to move aside");
    if (rename(path, target) != 0)
        return ms_error_set(err, MS_ERR_IO, path, 0,
                            "the records are damaged and cannot be moved aside to %s: %s", target,
                            strerror(errno));
    static const char *const suffixes[] = {"-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char from[RECORDS_PATH_MAX + 16], to[RECORDS_PATH_MAX + 96];
        snprintf(from, sizeof from, "%s%s", path, suffixes[i]);
        snprintf(to, sizeof to, "%s%s", target, suffixes[i]);
        if (stat(from, &sb) == 0)
            rename(from, to);
    }
    sync_folder(path);
    snprintf(moved_to, cap, "%s", target);
    return MS_OK;
}

MsStatus records_open(const char *path, RecordsOpenInfo *info, Records **out, MsError *err)
{
    RecordsOpenInfo local;
    if (!info)
        info = &local;
    memset(info, 0, sizeof *info);
    *out = NULL;
    if (strlen(path) >= RECORDS_PATH_MAX - 64)
        return ms_error_set(err, MS_ERR_IO, path, 0, "the path of the records is too long");
    snprintf(info->path, sizeof info->path, "%s", path);
    Records *r = calloc(1, sizeof *r);
    if (!r)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    r->claim_fd = -1;
    snprintf(r->path, sizeof r->path, "%s", path);
    OpenResult res = open_checked(r, info->damage, sizeof info->damage, err);
    if (res == OPEN_DAMAGED) {
        sqlite3_close(r->db);
        r->db = NULL;
        if (move_aside(path, info->moved_to, sizeof info->moved_to, err) != MS_OK) {
            free(r);
            return err ? err->code : MS_ERR_IO;
        }
        char again[sizeof info->damage];
        res = open_checked(r, again, sizeof again, err);
        if (res == OPEN_DAMAGED)
            ms_error_set(err, MS_ERR_IO, path, 0, "a fresh records file is damaged too: %s", again);
    }
    if (res != OPEN_OK) {
        records_close(r);
        return err ? err->code : MS_ERR_IO;
    }
    records_claim_open(r);
    *out = r;
    return MS_OK;
}

MsStatus records_open_user(RecordsOpenInfo *info, Records **out, MsError *err)
{
    const char *dir = vfs_user_dir(err);
    if (!dir)
        return err ? err->code : MS_ERR_IO;
    char path[RECORDS_PATH_MAX];
    size_t len = strlen(dir);
    snprintf(path, sizeof path, "%s%s%s", dir, len && dir[len - 1] == '/' ? "" : "/", RECORDS_FILE);
    return records_open(path, info, out, err);
}

void records_close(Records *r)
{
    if (!r)
        return;
    /* Closing any descriptor of the file drops the process's POSIX locks on it, SQLite's too:
     * the claims' descriptor goes only once SQLite has let go of the file. */
    if (sqlite3_close(r->db) == SQLITE_OK)
        records_claim_close(r);
    free(r);
}

const char *records_path(const Records *r)
{
    return r->path;
}

/* ---- learners ---------------------------------------------------------------------------- */

bool records_name_valid(const char *name, const char **why)
{
    size_t len = name ? strlen(name) : 0;
    const char *reason = NULL;
    if (len == 0)
        reason = "a learner's name cannot be empty";
    else if (len > RECORDS_NAME_MAX)
        reason = "a learner's name is at most 64 bytes";
    else if (!utf8_valid(name, len, NULL))
        reason = "a learner's name must be UTF-8";
    else if (name[0] == ' ' || name[len - 1] == ' ')
        reason = "a learner's name cannot start or end with a space";
    for (size_t i = 0; !reason && i < len; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f)
            reason = "a learner's name cannot hold control characters";
    if (why)
        *why = reason;
    return reason == NULL;
}

static void learner_row(sqlite3_stmt *st, RecordsLearner *out)
{
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(st, 0);
    records_column_copy(st, 1, out->name, sizeof out->name);
    out->generated = sqlite3_column_int(st, 2) != 0;
    records_column_copy(st, 3, out->created_at, sizeof out->created_at);
}

MsStatus records_learner_find(Records *r, const char *name, RecordsLearner *out, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(
        r, "SELECT id, name, generated, created_at FROM learner WHERE name = ?", &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        learner_row(st, out);
    else if (rc == SQLITE_DONE)
        s = ms_error_set(err, MS_ERR_NOT_FOUND, NULL, 0, "no learner '%s' in the records", name);
    else
        s = records_fail(r, err, "cannot read the learners");
    sqlite3_finalize(st);
    return s;
}

static MsStatus insert_learner(Records *r, const char *name, bool generated, RecordsLearner *out,
                               MsError *err)
{
    sqlite3_stmt *st = NULL;
    char now[WALLCLOCK_ISO_MAX];
    wallclock_now_iso(now);
    MsStatus s = records_prepare(
        r, "INSERT INTO learner(name, generated, created_at) VALUES (?, ?, ?)", &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, generated);
    sqlite3_bind_text(st, 3, now, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0, "the name '%s' is taken", name);
    if (rc != SQLITE_DONE)
        return records_fail(r, err, "cannot add the learner");
    memset(out, 0, sizeof *out);
    out->id = sqlite3_last_insert_rowid(r->db);
    records_copy(out->name, sizeof out->name, name);
    out->generated = generated;
    records_copy(out->created_at, sizeof out->created_at, now);
    return MS_OK;
}

MsStatus records_learner_add(Records *r, const char *name, RecordsLearner *out, MsError *err)
{
    const char *why;
    if (name) {
        if (!records_name_valid(name, &why))
            return ms_error_set(err, MS_ERR_INVALID, NULL, 0, "%s", why);
        return insert_learner(r, name, false, out, err);
    }
    for (int tries = 0; tries < 200; tries++) {
        unsigned char b[4];
        MsStatus s = uuid_random_bytes(b, sizeof b, err);
        if (s != MS_OK)
            return s;
        uint32_t v = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
        char made[32];
        /* four digits while they last, then five */
        if (tries < 100)
            snprintf(made, sizeof made, "leerling-%04u", 1000 + v % 9000);
        else
            snprintf(made, sizeof made, "leerling-%05u", 10000 + v % 90000);
        RecordsLearner found;
        s = records_learner_find(r, made, &found, NULL);
        if (s == MS_ERR_NOT_FOUND)
            return insert_learner(r, made, true, out, err);
    }
    return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "could not find a free pseudonym");
}

MsStatus records_learner_ensure(Records *r, const char *name, RecordsLearner *out, MsError *err)
{
    MsStatus s = records_learner_find(r, name, out, NULL);
    if (s == MS_ERR_NOT_FOUND)
        return records_learner_add(r, name, out, err);
    if (s != MS_OK)
        return records_learner_find(r, name, out, err);
    return s;
}

MsStatus records_learner_each(Records *r, RecordsLearnerVisit visit, void *user, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(
        r,
        "SELECT l.id, l.name, l.generated, l.created_at,"
        " (SELECT count(*) FROM attempt a WHERE a.learner_id = l.id AND a.status = 'finished'),"
        " (SELECT count(*) FROM attempt a WHERE a.learner_id = l.id AND a.status = 'open')"
        " FROM learner l ORDER BY l.name",
        &st, err);
    if (s != MS_OK)
        return s;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        RecordsLearner l;
        learner_row(st, &l);
        l.finished = sqlite3_column_int(st, 4);
        l.open = sqlite3_column_int(st, 5);
        visit(&l, user);
    }
    if (rc != SQLITE_DONE)
        s = records_fail(r, err, "cannot read the learners");
    sqlite3_finalize(st);
    return s;
}

MsStatus records_learner_hash(Records *r, const char *name, char out[33], MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(r, "SELECT value FROM meta WHERE key = 'salt'", &st, err);
    if (s != MS_OK)
        return s;
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return records_fail(r, err, "the records have no salt");
    }
    Sha256 c;
    unsigned char digest[SHA256_BYTES];
    const char *salt = (const char *)sqlite3_column_text(st, 0);
    sha256_init(&c);
    sha256_update(&c, salt, strlen(salt));
    sha256_update(&c, "", 1);
    sha256_update(&c, name, strlen(name));
    sha256_final(&c, digest);
    sqlite3_finalize(st);
    sha256_hex(digest, 16, out);
    return MS_OK;
}

/* ---- forgetting -------------------------------------------------------------------------- */

static int count_rows(Records *r, const char *sql, int64_t learner)
{
    sqlite3_stmt *st = NULL;
    int n = 0;
    if (sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, learner);
        if (sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    return n;
}

static MsStatus delete_rows(Records *r, const char *sql, int64_t learner, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s = records_prepare(r, sql, &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_int64(st, 1, learner);
    if (sqlite3_step(st) != SQLITE_DONE)
        s = records_fail(r, err, "cannot delete");
    sqlite3_finalize(st);
    return s;
}

/* Moved-aside files beside the database: forget cannot open them, so it names them. */
static void list_damaged(const Records *r, RecordsForgotten *out)
{
    char dir[RECORDS_PATH_MAX];
    snprintf(dir, sizeof dir, "%s", r->path);
    char *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : r->path;
    char prefix[RECORDS_PATH_MAX + 16];
    snprintf(prefix, sizeof prefix, "%s.damaged-", base);
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    DIR *d = opendir(slash && !*dir ? "/" : dir);
    if (!d)
        return;
    struct dirent *e;
    size_t plen = strlen(prefix);
    while ((e = readdir(d)) != NULL && out->damaged_count < RECORDS_MAX_DAMAGED) {
        size_t n = strlen(e->d_name);
        if (strncmp(e->d_name, prefix, plen) != 0 ||
            (n > 4 &&
             (strcmp(e->d_name + n - 4, "-wal") == 0 || strcmp(e->d_name + n - 4, "-shm") == 0)))
            continue;
        snprintf(out->damaged[out->damaged_count++], RECORDS_PATH_MAX, "%.*s/%s",
                 (int)(RECORDS_PATH_MAX - 258), dir, e->d_name);
    }
    closedir(d);
}

MsStatus records_forget(Records *r, const char *name, RecordsForgotten *out, MsError *err)
{
    memset(out, 0, sizeof *out);
    RecordsLearner l;
    MsStatus s = records_learner_find(r, name, &l, err);
    if (s != MS_OK)
        return s;
    if ((s = records_begin(r, err)) != MS_OK)
        return s;
    out->learners = 1;
    out->attempts = count_rows(r, "SELECT count(*) FROM attempt WHERE learner_id = ?", l.id);
    out->choices = count_rows(r,
                              "SELECT count(*) FROM choice WHERE attempt_id IN"
                              " (SELECT id FROM attempt WHERE learner_id = ?)",
                              l.id);
    out->votes = count_rows(r,
                            "SELECT count(*) FROM vote WHERE attempt_id IN"
                            " (SELECT id FROM attempt WHERE learner_id = ?)",
                            l.id);
    static const char *const deletes[] = {
        "DELETE FROM vote WHERE attempt_id IN (SELECT id FROM attempt WHERE learner_id = ?)",
        "DELETE FROM choice WHERE attempt_id IN (SELECT id FROM attempt WHERE learner_id = ?)",
        ("DELETE FROM attempt_step WHERE attempt_id IN"
         " (SELECT id FROM attempt WHERE learner_id = ?)"),
        "DELETE FROM attempt WHERE learner_id = ?",
        "DELETE FROM learner WHERE id = ?",
    };
    for (size_t i = 0; i < sizeof deletes / sizeof deletes[0] && s == MS_OK; i++)
        s = delete_rows(r, deletes[i], l.id, err);
    if (s != MS_OK) {
        records_rollback(r);
        return s;
    }
    if ((s = records_commit(r, err)) != MS_OK)
        return s;
    /* secure_delete zeroed the freed pages; the checkpoint copies them over the old ones and
     * TRUNCATE empties the log that still held the deleted rows. */
    int log = -1, done = -1;
    int rc = sqlite3_wal_checkpoint_v2(r->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
    out->wal_cleared = rc == SQLITE_OK;
    list_damaged(r, out);
    return MS_OK;
}
