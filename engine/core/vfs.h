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
#define VFS_FILE_MAX (16u * 1024u * 1024u)

/* argv0 may be NULL. Finds the install root (the folder with assets/ and scenarios/):
 * $MELDSIM_ROOT, then the executable's folder and its parent, then the source tree. */
MsStatus vfs_init(const char *argv0, MsError *err);
void vfs_quit(void);
const char *vfs_root(void); /* real path of the install root, valid after vfs_init */

/* Mounts a scenario pack read-only: a folder, or a .zip that passes zipcheck. */
MsStatus vfs_mount_pack(const char *real_path, const char *mountpoint, MsError *err);
void vfs_unmount_pack(const char *real_path);

/* Reads a whole file into a NUL-terminated malloc'd buffer (caller frees). Refuses files
 * over max_bytes without trusting the declared length. MS_ERR_NOT_FOUND when absent. */
MsStatus vfs_read_file(const char *vpath, size_t max_bytes, char **out, size_t *out_len,
                       MsError *err);
bool vfs_exists(const char *vpath);

/* Installed packs: scenarios/ of the install root, then scenarios/ in the user's data folder.
 * visit gets the pack's real path and its name (folder name, or zip name without .zip). */
typedef void (*VfsPackVisitor)(const char *real_path, const char *name, void *user);
MsStatus vfs_each_installed_pack(VfsPackVisitor visit, void *user, MsError *err);

/* The user's data folder (PhysFS pref dir, $XDG_DATA_HOME/meldsim on Linux), created and set
 * as the write dir on first call. NULL with err set when it cannot be made. */
const char *vfs_user_dir(MsError *err);
/* Writes a whole file under the user's data folder atomically: temp file, fsync, rename. */
MsStatus vfs_write_file_atomic(const char *relative_path, const void *data, size_t len,
                               MsError *err);

#endif
