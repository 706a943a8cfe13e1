/*
 * records_claim.c: one player per attempt. A player that plays an attempt (a
 * new one, or one it resumes) holds a lock on one byte of the records file, at
 * RECORDS_CLAIM_BASE + the attempt's id, far past the bytes SQLite locks. The
 * locks are Linux open-file-description locks: they belong to the Records
 * connection, not to the process, so closing some other descriptor of the file
 * (SQLite's) never drops them, two connections in one process exclude each
 * other like two processes, and the kernel drops them when the player dies, so
 * a killed player's attempt can be resumed at once. Without OFD locks (another
 * kernel) nothing is claimed and two players are kept apart only by SQLite.
 */
#define _GNU_SOURCE

#include "records_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#define RECORDS_CLAIM_BASE ((off_t)1 << 40)

void records_claim_open(Records *r)
{
    r->claim_fd = open(r->path, O_RDWR | O_CLOEXEC);
}

void records_claim_close(Records *r)
{
    if (r->claim_fd >= 0)
        close(r->claim_fd); /* only after sqlite3_close: see records_close */
    r->claim_fd = -1;
}

#ifdef F_OFD_SETLK
static int claim_lock(Records *r, int64_t attempt_id, int cmd, short type, struct flock *fl)
{
    memset(fl, 0, sizeof *fl);
    fl->l_type = type;
    fl->l_whence = SEEK_SET;
    fl->l_start = RECORDS_CLAIM_BASE + (off_t)attempt_id;
    fl->l_len = 1;
    return fcntl(r->claim_fd, cmd, fl);
}
#endif

MsStatus records_attempt_claim(Records *r, int64_t attempt_id, MsError *err)
{
#ifdef F_OFD_SETLK
    struct flock fl;
    if (r->claim_fd >= 0 && claim_lock(r, attempt_id, F_OFD_SETLK, F_WRLCK, &fl) != 0 &&
        (errno == EAGAIN || errno == EACCES))
        return ms_error_set(err, MS_ERR_REFUSED, r->path, 0,
                            "attempt %lld is being played in another meldsim (a window or a "
                            "terminal) right now",
                            (long long)attempt_id);
#else
    (void)r;
    (void)attempt_id;
    (void)err;
#endif
    return MS_OK;
}

void records_attempt_release(Records *r, int64_t attempt_id)
{
#ifdef F_OFD_SETLK
    struct flock fl;
    if (r->claim_fd >= 0)
        claim_lock(r, attempt_id, F_OFD_SETLK, F_UNLCK, &fl);
#else
    (void)r;
    (void)attempt_id;
#endif
}

bool records_attempt_in_use(Records *r, int64_t attempt_id)
{
#ifdef F_OFD_SETLK
    struct flock fl;
    return r->claim_fd >= 0 && claim_lock(r, attempt_id, F_OFD_GETLK, F_WRLCK, &fl) == 0 &&
           fl.l_type != F_UNLCK;
#else
    (void)r;
    (void)attempt_id;
    return false;
#endif
}
