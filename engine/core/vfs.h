/*
 * vfs.h: the one module that owns PhysFS.
 * Every read of assets and scenario packs goes through here. Assets are
 * mounted read-only at /assets; a pack (folder or vetted .zip) at a mount
 * point of the caller's choosing. Only the ZIP archiver is registered. The
 * write dir (the user's data folder) is set up lazily, on first use.
 */
#ifndef VFS_H
#define VFS_H

#include <stdbool.h>
#include <stddef.h>

#include "ms_error.h"

#define VFS_ASSETS "/assets"
#define VFS_USER "/user" /* the user's data folder, read-only, once vfs_user_dir was called */
#define VFS_FILE_MAX (16u * 1024u * 1024u)

/* argv0 may be NULL. Finds the install root (the folder with assets/ and scenarios/):
 * $MELDSIM_ROOT, then the executable's folder and its parent, then the source tree. */
MsStatus vfs_init(const char *argv0, MsError *err);
void vfs_quit(void);
const char *vfs_root(void); /* real path of the install root, valid after vfs_init */

/* Mounts a scenario pack read-only at an absolute mountpoint: a folder as is, any regular file
 * as a .zip that is read whole (64 MB at most), passes zipcheck and is mounted from memory.
 * MS_ERR_NOT_FOUND when real_path does not exist, MS_ERR_REFUSED when the archive is unsafe.
 * Mounting the same real_path at the same mountpoint again is a no-op. */
MsStatus vfs_mount_pack(const char *real_path, const char *mountpoint, MsError *err);
void vfs_unmount_pack(const char *real_path); /* the same string given to vfs_mount_pack */

/* Reads a whole file into a NUL-terminated malloc'd buffer (caller frees). Refuses files
 * over max_bytes without trusting the declared length. MS_ERR_NOT_FOUND when absent. */
MsStatus vfs_read_file(const char *vpath, size_t max_bytes, char **out, size_t *out_len,
                       MsError *err);
bool vfs_exists(const char *vpath);

/* Installed packs: scenarios/ of the install root, then scenarios/ in the user's data folder,
 * each in name order. A pack is a folder holding scenario.lua, or a *.zip file. visit gets the
 * pack's real path and its name (folder name, or zip name without .zip); nothing is mounted
 * while it runs, so it may mount the pack it is given. */
typedef void (*VfsPackVisitor)(const char *real_path, const char *name, void *user);
MsStatus vfs_each_installed_pack(VfsPackVisitor visit, void *user, MsError *err);

/* The user's data folder (PhysFS pref dir, $XDG_DATA_HOME/meldsim on Linux), created and set
 * as the write dir on first call. NULL with err set when it cannot be made. */
const char *vfs_user_dir(MsError *err);
/* Writes a whole file under the user's data folder atomically: "<path>.tmp" through PhysFS,
 * fsync, rename over the target, fsync of the folder. relative_path may hold folders (made as
 * needed) but no "..", "." or leading "/": MS_ERR_INVALID. */
MsStatus vfs_write_file_atomic(const char *relative_path, const void *data, size_t len,
                               MsError *err);

#endif
