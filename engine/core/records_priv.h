/*
 * records_priv.h: what the records_*.c files share: the connection and the
 * small helpers that turn SQLite's errors into MsError with the file's path.
 * Not for use outside the records module.
 */
#ifndef RECORDS_PRIV_H
#define RECORDS_PRIV_H

#include <sqlite3.h>

#include "records.h"

#define RECORDS_APPLICATION_ID 0x4d534d52 /* "MSMR" */
#define RECORDS_SCHEMA_VERSION 2          /* 2 added lrs_sent */

struct Records {
    sqlite3 *db;
    char path[RECORDS_PATH_MAX];
    int claim_fd; /* the file again, for the attempts' locks (records_claim.c); -1 when none */
};

/* Sets err from the connection's last error, naming the file and what was being done. */
MsStatus records_fail(Records *r, MsError *err, const char *what);
/* Runs sql; on failure err says what ("cannot ..."), SQLite's reason and the file. */
MsStatus records_exec(Records *r, const char *sql, const char *what, MsError *err);
MsStatus records_prepare(Records *r, const char *sql, sqlite3_stmt **st, MsError *err);
MsStatus records_begin(Records *r, MsError *err); /* BEGIN IMMEDIATE */
MsStatus records_commit(Records *r, MsError *err);
void records_rollback(Records *r);
/* Copies column text into buf (always NUL-terminated, cut at a UTF-8 boundary). */
void records_column_copy(sqlite3_stmt *st, int col, char *buf, size_t cap);

/* records_claim.c: the descriptor the claims are held on, opened once the file is good. */
void records_claim_open(Records *r);
void records_claim_close(Records *r);

/* records_schema.c */
MsStatus records_schema_create(Records *r, MsError *err);
/* Brings a database of an older schema version up to RECORDS_SCHEMA_VERSION, in one transaction. */
MsStatus records_schema_migrate(Records *r, int64_t version, MsError *err);

#endif
