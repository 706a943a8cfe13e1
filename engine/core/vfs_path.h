/*
 * vfs_path.h: the string work on real paths behind vfs.c (joining, trimming, naming mounts).
 * Pure functions, no PhysFS and no file system, so vfs.c keeps only the I/O.
 * Every function that returns char * returns a malloc'd string the caller frees, or NULL
 * when out of memory.
 */
#ifndef VFS_PATH_H
#define VFS_PATH_H

#include <stdbool.h>

/* PhysFS mount-name suffixes that only a folder satisfies (see vfs_path_dir_name). */
#define VFS_PATH_PACK_SUFFIX "/"
#define VFS_PATH_PROBE_SUFFIX "/."

char *vfs_path_join(const char *a, const char *b); /* "a/b", no doubled slash */
char *vfs_path_trimmed(const char *path);          /* without trailing slashes; "/" stays */
char *vfs_path_dir_name(const char *path, const char *suffix); /* "<path><suffix>" */
/* Splits a trimmed path into the probe mount name of its folder and its last segment. */
bool vfs_path_split(const char *path, char **probe_dir, char **base);
/* True for "a/b.json": not empty, no leading or trailing '/', no "", "." or ".." segment. */
bool vfs_path_is_relative(const char *path);
bool vfs_path_same_ascii(const char *a, const char *b); /* ASCII case-insensitive equality */

#endif
