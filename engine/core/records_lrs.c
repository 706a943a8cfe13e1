/*
 * records_lrs.c: which xAPI statements a learning record store has acknowledged, per store
 * (table lrs_sent). `meldsim send` marks a batch only after the store answered 200 for it,
 * in one transaction: a crash in between resends the batch, which the store drops by id.
 */
#include "records_priv.h"

#include "strmap.h"

MsStatus records_lrs_sent_load(Records *r, const char *endpoint, StrMap *sent, MsError *err)
{
    sqlite3_stmt *st = NULL;
    MsStatus s =
        records_prepare(r, "SELECT statement_id FROM lrs_sent WHERE endpoint = ?", &st, err);
    if (s != MS_OK)
        return s;
    sqlite3_bind_text(st, 1, endpoint, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        bool added;
        if (id && !strmap_put(sent, id, 1, &added)) {
            sqlite3_finalize(st);
            return ms_error_set(err, MS_ERR_NOMEM, records_path(r), 0, "out of memory");
        }
    }
    if (rc != SQLITE_DONE)
        s = records_fail(r, err, "cannot read which statements were sent");
    sqlite3_finalize(st);
    return s;
}

MsStatus records_lrs_mark_sent(Records *r, const char *endpoint, const char *const *ids,
                               size_t count, bool conflict, MsError *err)
{
    char now[WALLCLOCK_ISO_MAX];
    sqlite3_stmt *st = NULL;
    wallclock_now_iso(now);
    MsStatus s = records_begin(r, err);
    if (s != MS_OK)
        return s;
    s = records_prepare(r,
                        "INSERT OR IGNORE INTO lrs_sent(endpoint, statement_id, sent_at, conflict)"
                        " VALUES (?, ?, ?, ?)",
                        &st, err);
    for (size_t i = 0; s == MS_OK && i < count; i++) {
        sqlite3_bind_text(st, 1, endpoint, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, ids[i], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, now, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 4, conflict ? 1 : 0);
        if (sqlite3_step(st) != SQLITE_DONE)
            s = records_fail(r, err, "cannot remember what was sent");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    if (s != MS_OK) {
        records_rollback(r);
        return s;
    }
    return records_commit(r, err);
}
