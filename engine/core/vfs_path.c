/*
 * vfs_path.c: string work on real paths for vfs.c.
 * Design decision: folder mounts are named with a trailing "/" and probe mounts
 * with "/.": the OS refuses either on a regular file, so a file swapped in for a
 * folder after we looked is never handed to the ZIP archiver unvetted, and the
 * two suffixes keep a pack's PhysFS name apart from a probe of the same folder.
 */
#define _POSIX_C_SOURCE 200809L

#include "vfs_path.h"

#include <stdlib.h>
#include <string.h>

char *vfs_path_join(const char *a, const char *b)
{
    size_t la = strlen(a);
    size_t lb = strlen(b);
    bool slash = la > 0 && a[la - 1] == '/';
    char *out = malloc(la + lb + 2);
    if (!out)
        return NULL;
    memcpy(out, a, la);
    if (!slash)
        out[la++] = '/';
    memcpy(out + la, b, lb + 1);
    return out;
}

char *vfs_path_trimmed(const char *path)
{
    size_t len = strlen(path);
    while (len > 1 && path[len - 1] == '/')
        len--;
    return strndup(path, len);
}

char *vfs_path_dir_name(const char *path, const char *suffix)
{
    size_t lp = strlen(path);
    size_t ls = strlen(suffix);
    if (lp > 0 && path[lp - 1] == '/' && suffix[0] == '/') {
        suffix++;
        ls--;
    }
    char *out = malloc(lp + ls + 1);
    if (!out)
        return NULL;
    memcpy(out, path, lp);
    memcpy(out + lp, suffix, ls + 1);
    return out;
}

bool vfs_path_split(const char *path, char **probe_dir, char **base)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        *probe_dir = vfs_path_dir_name(".", VFS_PATH_PROBE_SUFFIX);
        *base = strdup(path);
    } else {
        size_t dir_len = slash == path ? 1 : (size_t)(slash - path);
        char *dir = strndup(path, dir_len);
        *probe_dir = dir ? vfs_path_dir_name(dir, VFS_PATH_PROBE_SUFFIX) : NULL;
        free(dir);
        *base = strdup(slash + 1);
    }
    if (*probe_dir && *base)
        return true;
    free(*probe_dir);
    free(*base);
    *probe_dir = *base = NULL;
    return false;
}

bool vfs_path_is_relative(const char *path)
{
    if (!path || !*path || path[0] == '/' || path[strlen(path) - 1] == '/')
        return false;
    for (const char *seg = path;;) {
        size_t len = strcspn(seg, "/");
        if (len == 0 || (len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.'))
            return false;
        if (!seg[len])
            return true;
        seg += len + 1;
    }
}

/* <strings.h> is out of reach here: engine/core/strings.h shadows it on the include path. */
bool vfs_path_same_ascii(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char ca = (*a >= 'A' && *a <= 'Z') ? (char)(*a - 'A' + 'a') : *a;
        char cb = (*b >= 'A' && *b <= 'Z') ? (char)(*b - 'A' + 'a') : *b;
        if (ca != cb)
            return false;
    }
    return *a == *b;
}
