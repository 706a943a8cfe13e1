/*
 * vfs_memio.c: a read-only PHYSFS_Io over bytes in memory (see vfs_memio.h for why).
 * Design decision: duplicates share one reference-counted buffer and keep their own
 * position, as PhysFS opens one duplicate per open file. The count is not atomic:
 * meldsim uses PhysFS from one thread.
 */
#include "vfs_memio.h"

#include <stdlib.h>
#include <string.h>

typedef struct VfsBytes {
    unsigned char *data;
    PHYSFS_uint64 len;
    size_t refs;
} VfsBytes;

typedef struct VfsReader {
    VfsBytes *bytes;
    PHYSFS_uint64 pos;
} VfsReader;

static PHYSFS_Io *vfs_memio_wrap(VfsBytes *bytes);

static PHYSFS_sint64 vfs_memio_read(PHYSFS_Io *io, void *buf, PHYSFS_uint64 len)
{
    VfsReader *r = io->opaque;
    PHYSFS_uint64 left = r->bytes->len - r->pos;
    if (len > left)
        len = left;
    if (len)
        memcpy(buf, r->bytes->data + r->pos, (size_t)len);
    r->pos += len;
    return (PHYSFS_sint64)len;
}

static PHYSFS_sint64 vfs_memio_write(PHYSFS_Io *io, const void *buf, PHYSFS_uint64 len)
{
    (void)io;
    (void)buf;
    (void)len;
    PHYSFS_setErrorCode(PHYSFS_ERR_READ_ONLY);
    return -1;
}

static int vfs_memio_seek(PHYSFS_Io *io, PHYSFS_uint64 offset)
{
    VfsReader *r = io->opaque;
    if (offset > r->bytes->len) {
        PHYSFS_setErrorCode(PHYSFS_ERR_PAST_EOF);
        return 0;
    }
    r->pos = offset;
    return 1;
}

static PHYSFS_sint64 vfs_memio_tell(PHYSFS_Io *io)
{
    return (PHYSFS_sint64)((VfsReader *)io->opaque)->pos;
}

static PHYSFS_sint64 vfs_memio_length(PHYSFS_Io *io)
{
    return (PHYSFS_sint64)((VfsReader *)io->opaque)->bytes->len;
}

static PHYSFS_Io *vfs_memio_duplicate(PHYSFS_Io *io)
{
    VfsReader *r = io->opaque;
    PHYSFS_Io *copy = vfs_memio_wrap(r->bytes);
    if (!copy)
        PHYSFS_setErrorCode(PHYSFS_ERR_OUT_OF_MEMORY);
    return copy;
}

static int vfs_memio_flush(PHYSFS_Io *io)
{
    (void)io;
    return 1;
}

static void vfs_memio_release(PHYSFS_Io *io)
{
    VfsReader *r = io->opaque;
    if (--r->bytes->refs == 0) {
        free(r->bytes->data);
        free(r->bytes);
    }
    free(r);
    free(io);
}

static PHYSFS_Io *vfs_memio_wrap(VfsBytes *bytes)
{
    PHYSFS_Io *io = calloc(1, sizeof *io);
    VfsReader *r = calloc(1, sizeof *r);
    if (!io || !r) {
        free(io);
        free(r);
        return NULL;
    }
    r->bytes = bytes;
    bytes->refs++;
    io->version = 0;
    io->opaque = r;
    io->read = vfs_memio_read;
    io->write = vfs_memio_write;
    io->seek = vfs_memio_seek;
    io->tell = vfs_memio_tell;
    io->length = vfs_memio_length;
    io->duplicate = vfs_memio_duplicate;
    io->flush = vfs_memio_flush;
    io->destroy = vfs_memio_release;
    return io;
}

PHYSFS_Io *vfs_memio_create(void *data, size_t len)
{
    VfsBytes *bytes = calloc(1, sizeof *bytes);
    if (!bytes)
        return NULL;
    bytes->data = data;
    bytes->len = len;
    PHYSFS_Io *io = vfs_memio_wrap(bytes);
    if (!io)
        free(bytes);
    return io;
}

void vfs_memio_destroy(PHYSFS_Io *io)
{
    if (io)
        io->destroy(io);
}
