/*
 * records_schema.c: the tables of a records database, version 2, and the migration from 1
 * (version 2 added lrs_sent: which statements a learning record store acknowledged).
 * Ids are the scenario's own (scene ids, mistake ids), not row numbers into a
 * case, so the records stay readable when a case changes; scores are stored
 * for history and exports only and are always recomputed on resume.
 */
#include "records_priv.h"

#include <stdio.h>

#include "uuid.h"
#include "wallclock.h"

/* Version 2. Only statement ids and the store's address: nothing personal, so forget leaves it. */
#define LRS_SENT_TABLE                                                                             \
    "CREATE TABLE lrs_sent("                                                                       \
    " endpoint TEXT NOT NULL,"                                                                     \
    " statement_id TEXT NOT NULL,"                                                                 \
    " sent_at TEXT NOT NULL,"                                                                      \
    " conflict INTEGER NOT NULL DEFAULT 0,"                                                        \
    " PRIMARY KEY (endpoint, statement_id)) WITHOUT ROWID;"

static const char *const SCHEMA =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE learner("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " generated INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL);"
    "CREATE TABLE attempt("
    " id INTEGER PRIMARY KEY,"
    " registration TEXT NOT NULL UNIQUE,"
    " learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,"
    " scenario TEXT NOT NULL,"
    " version TEXT NOT NULL,"
    " pack TEXT NOT NULL DEFAULT '',"
    " title_nl TEXT NOT NULL,"
    " title_en TEXT NOT NULL,"
    " mode TEXT NOT NULL,"
    " lang TEXT NOT NULL,"
    " pass_mark REAL NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'abandoned')),"
    " started_at TEXT NOT NULL,"
    " finished_at TEXT,"
    " ending TEXT,"
    " outcome TEXT,"
    " earned INTEGER,"
    " possible INTEGER,"
    " minimum INTEGER,"
    " scaled REAL,"
    " passed INTEGER,"
    " critical_count INTEGER,"
    " duration_ms INTEGER);"
    "CREATE INDEX attempt_by_learner ON attempt(learner_id, scenario, status);"
    "CREATE TABLE attempt_step("
    " attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,"
    " step TEXT NOT NULL,"
    " earned INTEGER NOT NULL,"
    " possible INTEGER NOT NULL,"
    " decisions INTEGER NOT NULL,"
    " PRIMARY KEY (attempt_id, step));"
    "CREATE TABLE choice("
    " attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " scene TEXT NOT NULL,"
    " step TEXT NOT NULL,"
    " choice_index INTEGER NOT NULL,"
    " option_index INTEGER NOT NULL,"
    " offered TEXT NOT NULL,"
    " decision INTEGER NOT NULL,"
    " points INTEGER NOT NULL,"
    " best INTEGER NOT NULL,"
    " worst INTEGER NOT NULL,"
    " critical TEXT,"
    " answered_at TEXT NOT NULL,"
    " think_ms INTEGER NOT NULL,"
    " undone INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (attempt_id, seq));"
    "CREATE TABLE vote("
    " attempt_id INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " option_index INTEGER NOT NULL,"
    " count INTEGER NOT NULL CHECK (count >= 0),"
    " PRIMARY KEY (attempt_id, seq, option_index));"
    "CREATE TABLE scene_text("
    " scenario TEXT NOT NULL,"
    " version TEXT NOT NULL,"
    " scene TEXT NOT NULL,"
    " question_nl TEXT NOT NULL,"
    " question_en TEXT NOT NULL,"
    " choices TEXT NOT NULL,"
    " PRIMARY KEY (scenario, version, scene));" LRS_SENT_TABLE;

#define CREATE "cannot create the records"
#define UPDATE "cannot update the records to a newer version"

MsStatus records_schema_create(Records *r, MsError *err)
{
    unsigned char salt[16];
    char salt_hex[33], now[WALLCLOCK_ISO_MAX], sql[256];
    MsStatus st = uuid_random_bytes(salt, sizeof salt, err);
    if (st != MS_OK)
        return st;
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof salt; i++) {
        salt_hex[2 * i] = hex[salt[i] >> 4];
        salt_hex[2 * i + 1] = hex[salt[i] & 15];
    }
    salt_hex[32] = '\0';
    wallclock_now_iso(now);
    if ((st = records_begin(r, err)) != MS_OK)
        return st;
    snprintf(sql, sizeof sql,
             "PRAGMA application_id = %d; PRAGMA user_version = %d;"
             "INSERT INTO meta VALUES ('salt', '%s'), ('created_at', '%s');",
             RECORDS_APPLICATION_ID, RECORDS_SCHEMA_VERSION, salt_hex, now);
    if ((st = records_exec(r, SCHEMA, CREATE, err)) != MS_OK ||
        (st = records_exec(r, sql, CREATE, err)) != MS_OK) {
        records_rollback(r);
        return st;
    }
    return records_commit(r, err);
}

MsStatus records_schema_migrate(Records *r, int64_t version, MsError *err)
{
    char sql[128];
    MsStatus st;
    if (version >= RECORDS_SCHEMA_VERSION)
        return MS_OK;
    if ((st = records_begin(r, err)) != MS_OK)
        return st;
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", RECORDS_SCHEMA_VERSION);
    if (version < 2 && (st = records_exec(r, LRS_SENT_TABLE, UPDATE, err)) != MS_OK)
        goto fail;
    if ((st = records_exec(r, sql, UPDATE, err)) != MS_OK)
        goto fail;
    return records_commit(r, err);
fail:
    records_rollback(r);
    return st;
}
