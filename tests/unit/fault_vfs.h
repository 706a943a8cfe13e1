/*
 * fault_vfs.h: a fault-injecting SQLite VFS for the storage tests. A thin shim
 * over the default VFS that forwards every call and counts the opens, writes,
 * syncs and truncates it sees; armed, it fails the Nth one of a kind with an
 * SQLite I/O error (or a full disk), or ends the process there: a crash, with
 * the write torn in half, or a power cut, where every write not yet synced is
 * undone first (the pre-images are kept until the file's next sync). Registered as the default VFS
 * by the tests only: the product never knows it exists.
 */
#ifndef FAULT_VFS_H
#define FAULT_VFS_H

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

typedef enum { FAULT_OPEN, FAULT_WRITE, FAULT_SYNC, FAULT_TRUNCATE, FAULT_KINDS } FaultKind;

static const char *const FAULT_KIND_NAMES[FAULT_KINDS] = {"open", "write", "sync", "truncate"};

typedef struct FaultPlan {
    bool counting;           /* count operations (off while a test reads the records) */
    long count[FAULT_KINDS]; /* operations seen while counting */
    FaultKind kind;          /* armed: fail the fail_at-th operation of this kind (1-based) */
    long fail_at;            /* 0: nothing armed */
    int fail_rc;             /* what the failing call returns */
    bool crash;              /* instead of failing: _exit(FAULT_CRASH_EXIT) there */
    bool power_cut;          /* crash: and first undo every write not synced */
    int fired;               /* faults injected since armed */
} FaultPlan;

#define FAULT_CRASH_EXIT 86

static FaultPlan fault_plan;
static sqlite3_vfs *fault_real_vfs;

typedef struct FaultFile {
    sqlite3_file base;
    sqlite3_file *real; /* follows this struct, in the same allocation */
    char path[512];     /* "" for SQLite's temporary files */
} FaultFile;

/* ---- power cuts: what a write not yet synced replaced ---------------------------------- */

typedef struct FaultUndo {
    char path[512];
    bool pending; /* false once the file was synced (through any handle) */
    sqlite3_int64 off;
    sqlite3_int64 old_size; /* the file's size before */
    int n;                  /* bytes of old that existed before */
    unsigned char *old;
} FaultUndo;

static FaultUndo *fault_undo;
static size_t fault_undo_count, fault_undo_cap;

/* Keeps what [off, off + n) held, and the size, before a write or a truncate changes them. */
static void fault_undo_keep(FaultFile *ff, sqlite3_int64 off, sqlite3_int64 n)
{
    if (!fault_plan.power_cut || !ff->path[0])
        return;
    sqlite3_int64 size = 0;
    ff->real->pMethods->xFileSize(ff->real, &size);
    if (fault_undo_count == fault_undo_cap) {
        fault_undo_cap = fault_undo_cap ? fault_undo_cap * 2 : 64;
        fault_undo = realloc(fault_undo, fault_undo_cap * sizeof *fault_undo);
        if (!fault_undo)
            abort();
    }
    FaultUndo *u = &fault_undo[fault_undo_count++];
    u->pending = true;
    snprintf(u->path, sizeof u->path, "%s", ff->path);
    u->off = off;
    u->old_size = size;
    sqlite3_int64 end = off + n < size ? off + n : size;
    u->n = end > off ? (int)(end - off) : 0;
    u->old = malloc(u->n ? (size_t)u->n : 1);
    if (!u->old)
        abort();
    if (u->n)
        ff->real->pMethods->xRead(ff->real, u->old, u->n, off);
}

/* A sync makes the file's earlier writes durable: they survive the cut. */
static void fault_undo_synced(const FaultFile *ff)
{
    for (size_t i = 0; i < fault_undo_count; i++)
        if (fault_undo[i].pending && strcmp(fault_undo[i].path, ff->path) == 0)
            fault_undo[i].pending = false;
}

/* The power goes: every write since its file's last sync is undone, newest first. */
static void fault_power_cut(void)
{
    for (size_t i = fault_undo_count; i-- > 0;) {
        FaultUndo *u = &fault_undo[i];
        if (!u->pending)
            continue;
        int fd = open(u->path, O_WRONLY);
        if (fd < 0)
            continue; /* deleted since */
        if (u->n && pwrite(fd, u->old, (size_t)u->n, u->off) != u->n)
            abort();
        if (ftruncate(fd, u->old_size) != 0)
            abort();
        close(fd);
    }
}

static void fault_crash(void)
{
    if (fault_plan.power_cut)
        fault_power_cut();
    _exit(FAULT_CRASH_EXIT);
}

/* True when this operation is the one to fail (or crash at). */
static bool fault_hit(FaultKind kind)
{
    if (!fault_plan.counting)
        return false;
    long n = ++fault_plan.count[kind];
    return fault_plan.fail_at > 0 && kind == fault_plan.kind && n == fault_plan.fail_at;
}

static sqlite3_file *fault_real(sqlite3_file *f)
{
    return ((FaultFile *)f)->real;
}

static int fault_close(sqlite3_file *f)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xClose(r);
}

static int fault_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xRead(r, buf, n, off);
}

static int fault_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    sqlite3_file *r = fault_real(f);
    if (fault_hit(FAULT_WRITE)) {
        fault_plan.fired++;
        if (fault_plan.crash) {
            fault_undo_keep((FaultFile *)f, off, n);
            r->pMethods->xWrite(r, buf, n / 2, off); /* torn: half of it reached the file */
            fault_crash();
        }
        return fault_plan.fail_rc;
    }
    fault_undo_keep((FaultFile *)f, off, n);
    return r->pMethods->xWrite(r, buf, n, off);
}

static int fault_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_file *r = fault_real(f);
    if (fault_hit(FAULT_TRUNCATE)) {
        fault_plan.fired++;
        if (fault_plan.crash)
            fault_crash();
        return SQLITE_IOERR_TRUNCATE;
    }
    sqlite3_int64 now = 0;
    r->pMethods->xFileSize(r, &now);
    if (now > size)
        fault_undo_keep((FaultFile *)f, size, now - size);
    return r->pMethods->xTruncate(r, size);
}

static int fault_sync(sqlite3_file *f, int flags)
{
    sqlite3_file *r = fault_real(f);
    if (fault_hit(FAULT_SYNC)) {
        fault_plan.fired++;
        if (fault_plan.crash)
            fault_crash();
        return SQLITE_IOERR_FSYNC;
    }
    int rc = r->pMethods->xSync(r, flags);
    if (rc == SQLITE_OK)
        fault_undo_synced((FaultFile *)f);
    return rc;
}

static int fault_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xFileSize(r, size);
}

static int fault_lock(sqlite3_file *f, int level)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xLock(r, level);
}

static int fault_unlock(sqlite3_file *f, int level)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xUnlock(r, level);
}

static int fault_check_lock(sqlite3_file *f, int *out)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xCheckReservedLock(r, out);
}

static int fault_control(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xFileControl(r, op, arg);
}

static int fault_sector(sqlite3_file *f)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xSectorSize(r);
}

static int fault_device(sqlite3_file *f)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xDeviceCharacteristics(r);
}

static int fault_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xShmMap(r, page, size, extend, out);
}

static int fault_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xShmLock(r, offset, n, flags);
}

static void fault_shm_barrier(sqlite3_file *f)
{
    sqlite3_file *r = fault_real(f);
    r->pMethods->xShmBarrier(r);
}

static int fault_shm_unmap(sqlite3_file *f, int del)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->xShmUnmap(r, del);
}

static int fault_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **out)
{
    sqlite3_file *r = fault_real(f);
    if (r->pMethods->iVersion < 3) {
        *out = NULL;
        return SQLITE_OK;
    }
    return r->pMethods->xFetch(r, off, n, out);
}

static int fault_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    sqlite3_file *r = fault_real(f);
    return r->pMethods->iVersion < 3 ? SQLITE_OK : r->pMethods->xUnfetch(r, off, p);
}

static const sqlite3_io_methods FAULT_IO = {
    3,
    fault_close,
    fault_read,
    fault_write,
    fault_truncate,
    fault_sync,
    fault_file_size,
    fault_lock,
    fault_unlock,
    fault_check_lock,
    fault_control,
    fault_sector,
    fault_device,
    fault_shm_map,
    fault_shm_lock,
    fault_shm_barrier,
    fault_shm_unmap,
    fault_fetch,
    fault_unfetch,
};

static int fault_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
                      int *out_flags)
{
    (void)vfs;
    FaultFile *ff = (FaultFile *)f;
    ff->base.pMethods = NULL;
    ff->real = (sqlite3_file *)(ff + 1);
    snprintf(ff->path, sizeof ff->path, "%s", name ? name : "");
    if (fault_hit(FAULT_OPEN)) {
        fault_plan.fired++;
        if (fault_plan.crash)
            fault_crash();
        return SQLITE_CANTOPEN;
    }
    int rc = fault_real_vfs->xOpen(fault_real_vfs, name, ff->real, flags, out_flags);
    if (ff->real->pMethods) {
        if (rc == SQLITE_OK)
            ff->base.pMethods = &FAULT_IO;
        else
            ff->real->pMethods->xClose(ff->real);
    }
    return rc;
}

/* The other calls of a VFS go straight to the default one. */
static int fault_delete(sqlite3_vfs *v, const char *name, int sync)
{
    (void)v;
    for (size_t i = 0; name && i < fault_undo_count; i++) /* gone: nothing of it to undo */
        if (strcmp(fault_undo[i].path, name) == 0)
            fault_undo[i].pending = false;
    return fault_real_vfs->xDelete(fault_real_vfs, name, sync);
}
static int fault_access(sqlite3_vfs *v, const char *name, int flags, int *out)
{
    (void)v;
    return fault_real_vfs->xAccess(fault_real_vfs, name, flags, out);
}
static int fault_full_path(sqlite3_vfs *v, const char *name, int n, char *out)
{
    (void)v;
    return fault_real_vfs->xFullPathname(fault_real_vfs, name, n, out);
}
static void *fault_dl_open(sqlite3_vfs *v, const char *name)
{
    (void)v;
    return fault_real_vfs->xDlOpen(fault_real_vfs, name);
}
static void fault_dl_error(sqlite3_vfs *v, int n, char *msg)
{
    (void)v;
    fault_real_vfs->xDlError(fault_real_vfs, n, msg);
}
static void (*fault_dl_sym(sqlite3_vfs *v, void *h, const char *sym))(void)
{
    (void)v;
    return fault_real_vfs->xDlSym(fault_real_vfs, h, sym);
}
static void fault_dl_close(sqlite3_vfs *v, void *h)
{
    (void)v;
    fault_real_vfs->xDlClose(fault_real_vfs, h);
}
static int fault_randomness(sqlite3_vfs *v, int n, char *out)
{
    (void)v;
    return fault_real_vfs->xRandomness(fault_real_vfs, n, out);
}
static int fault_sleep(sqlite3_vfs *v, int us)
{
    (void)v;
    return fault_real_vfs->xSleep(fault_real_vfs, us);
}
static int fault_current_time(sqlite3_vfs *v, double *out)
{
    (void)v;
    return fault_real_vfs->xCurrentTime(fault_real_vfs, out);
}
static int fault_last_error(sqlite3_vfs *v, int n, char *out)
{
    (void)v;
    return fault_real_vfs->xGetLastError(fault_real_vfs, n, out);
}
static int fault_current_time64(sqlite3_vfs *v, sqlite3_int64 *out)
{
    (void)v;
    return fault_real_vfs->xCurrentTimeInt64(fault_real_vfs, out);
}

static sqlite3_vfs fault_vfs;

/* Wraps the default VFS and makes the wrapper the default, so records_open uses it. */
static int fault_vfs_install(void)
{
    fault_real_vfs = sqlite3_vfs_find(NULL);
    if (!fault_real_vfs || fault_real_vfs->iVersion < 2)
        return SQLITE_ERROR;
    memset(&fault_vfs, 0, sizeof fault_vfs);
    fault_vfs.iVersion = 2;
    fault_vfs.szOsFile = (int)sizeof(FaultFile) + fault_real_vfs->szOsFile;
    fault_vfs.mxPathname = fault_real_vfs->mxPathname;
    fault_vfs.zName = "meldsim-fault";
    fault_vfs.xOpen = fault_open;
    fault_vfs.xDelete = fault_delete;
    fault_vfs.xAccess = fault_access;
    fault_vfs.xFullPathname = fault_full_path;
    fault_vfs.xDlOpen = fault_dl_open;
    fault_vfs.xDlError = fault_dl_error;
    fault_vfs.xDlSym = fault_dl_sym;
    fault_vfs.xDlClose = fault_dl_close;
    fault_vfs.xRandomness = fault_randomness;
    fault_vfs.xSleep = fault_sleep;
    fault_vfs.xCurrentTime = fault_current_time;
    fault_vfs.xGetLastError = fault_last_error;
    fault_vfs.xCurrentTimeInt64 = fault_current_time64;
    return sqlite3_vfs_register(&fault_vfs, 1);
}

static void fault_vfs_remove(void)
{
    sqlite3_vfs_unregister(&fault_vfs);
}

/* Counting from zero, nothing armed. */
static void fault_reset(bool counting)
{
    memset(&fault_plan, 0, sizeof fault_plan);
    fault_plan.counting = counting;
}

/* Fails (or, with crash, ends the process at) the n-th operation of kind from now on; a power
 * cut also undoes the writes not synced by then. */
static void fault_arm(FaultKind kind, long n, int rc, bool crash, bool power_cut)
{
    fault_reset(true);
    fault_plan.kind = kind;
    fault_plan.fail_at = n;
    fault_plan.fail_rc = rc;
    fault_plan.crash = crash || power_cut;
    fault_plan.power_cut = power_cut;
}

#endif
