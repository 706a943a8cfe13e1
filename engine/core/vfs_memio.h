/*
 * vfs_memio.h: a read-only PHYSFS_Io over a malloc'd buffer, used by vfs.c only.
 * It stands in for PHYSFS_mountMemory, which in PhysFS 3.0.2 never releases its
 * buffer or its Io on unmount (checked under LeakSanitizer): a pack opened and
 * closed a hundred times would keep a hundred copies. This Io is destroyed by the
 * archive on unmount like any other, and frees the bytes with its last duplicate.
 */
#ifndef VFS_MEMIO_H
#define VFS_MEMIO_H

#include <physfs.h>
#include <stddef.h>

/* Takes data on success (freed with free() when the Io and all its duplicates are destroyed);
 * NULL when out of memory, and data is then still the caller's. */
PHYSFS_Io *vfs_memio_create(void *data, size_t len);
/* For a mount that failed: PhysFS leaves the Io to us then. Frees data too. */
void vfs_memio_destroy(PHYSFS_Io *io);

#endif
