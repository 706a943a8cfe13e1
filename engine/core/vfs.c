/*
 * vfs.c: the one module that calls PhysFS.
 * Design decision: a .zip pack is read whole into memory, vetted by zipcheck,
 * and those very bytes are mounted (through vfs_memio, an in-memory PHYSFS_Io),
 * so what was checked is what PhysFS reads: no window to swap the file in
 * between. Only the ZIP archiver stays registered: PhysFS otherwise offers
 * every file to every archive reader it knows. PhysFS keeps one search path
 * per process, so this module keeps its bookkeeping in one static state too;
 * nothing outside this file sees it.
 */
#define _POSIX_C_SOURCE 200809L

#include "vfs.h"

#include <errno.h>
#include <fcntl.h>
#include <physfs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Where an installed tree keeps assets/ and scenarios/, relative to the prefix. */
#ifndef MELDSIM_DATA_SUBDIR
#define MELDSIM_DATA_SUBDIR "share/meldsim"
#endif

#include "vfs_memio.h"
#include "vfs_path.h"
#include "zipcheck.h"

#define VFS_PACKS_MAX 32
#define VFS_ARCHIVE_MAX (64u * 1024u * 1024u) /* largest .zip we read into memory */
#define VFS_CHUNK (64u * 1024u)
#define VFS_PROBE "/.vfs/probe" /* private mount points, unmounted again before we return */
#define VFS_LISTING "/.vfs/listing"
#define VFS_TRIED_MAX 1024

typedef struct VfsMount {
    char *real_path;   /* as the caller gave it, less trailing slashes: the key */
    char *physfs_name; /* the name PhysFS knows the mount by (PHYSFS_unmount takes it) */
    char *mountpoint;
} VfsMount;

typedef struct VfsState {
    bool ready;
    char *root;     /* install root, no trailing slash */
    char *user_dir; /* PhysFS pref dir with trailing slash; NULL until first asked */
    VfsMount packs[VFS_PACKS_MAX];
    size_t pack_count;
} VfsState;

/* PhysFS itself is process-global state, so its only owner is too. */
static VfsState vfs;

static const char *vfs_physfs_message(void)
{
    const char *msg = PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode());
    return msg ? msg : "unknown PhysFS error";
}

static MsStatus vfs_status_of(PHYSFS_ErrorCode code)
{
    switch (code) {
    case PHYSFS_ERR_NOT_FOUND:
        return MS_ERR_NOT_FOUND;
    case PHYSFS_ERR_OUT_OF_MEMORY:
        return MS_ERR_NOMEM;
    case PHYSFS_ERR_SYMLINK_FORBIDDEN:
    case PHYSFS_ERR_BAD_FILENAME:
    case PHYSFS_ERR_PERMISSION:
        return MS_ERR_REFUSED;
    default:
        return MS_ERR_IO;
    }
}

/* Fills err from PhysFS's last error: "<file>: <doing>: <PhysFS's message>". */
static MsStatus vfs_fail_physfs(MsError *err, const char *file, const char *doing)
{
    PHYSFS_ErrorCode code = PHYSFS_getLastErrorCode();
    const char *msg = PHYSFS_getErrorByCode(code);
    return ms_error_set(err, vfs_status_of(code), file, 0, "%s: %s", doing,
                        msg ? msg : "unknown PhysFS error");
}

static void vfs_reset_state(void)
{
    free(vfs.root);
    free(vfs.user_dir);
    for (size_t i = 0; i < vfs.pack_count; i++) {
        free(vfs.packs[i].real_path);
        free(vfs.packs[i].physfs_name);
        free(vfs.packs[i].mountpoint);
    }
    memset(&vfs, 0, sizeof vfs);
}

/* Deregisters every archiver but ZIP. The list PhysFS hands out changes as we deregister, so
 * fetch it afresh each round. */
static MsStatus vfs_keep_only_zip(MsError *err)
{
    for (;;) {
        const PHYSFS_ArchiveInfo **types = PHYSFS_supportedArchiveTypes();
        const char *other = NULL;
        bool have_zip = false;
        for (size_t i = 0; types && types[i]; i++) {
            if (vfs_path_same_ascii(types[i]->extension, "ZIP"))
                have_zip = true;
            else if (!other)
                other = types[i]->extension;
        }
        if (!other) {
            if (!have_zip)
                return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0,
                                    "this PhysFS was built without ZIP support");
            return MS_OK;
        }
        char ext[32];
        snprintf(ext, sizeof ext, "%s", other);
        if (!PHYSFS_deregisterArchiver(ext))
            return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0,
                                "cannot deregister the %s archiver: %s", ext, vfs_physfs_message());
    }
}

/* Mounts <candidate>/assets at /assets when it holds meldcode.json; true when it does. */
static bool vfs_try_root(const char *candidate)
{
    char *root = vfs_path_trimmed(candidate);
    char *assets = root ? vfs_path_join(root, "assets" VFS_PATH_PACK_SUFFIX) : NULL;
    bool found = false;
    if (!assets)
        goto fail;
    if (!PHYSFS_mount(assets, VFS_ASSETS, 1))
        goto fail;
    found = PHYSFS_exists(VFS_ASSETS "/meldcode.json") != 0;
    if (!found) {
        PHYSFS_unmount(assets);
        goto fail;
    }
    vfs.root = root;
    root = NULL;
fail:
    free(assets);
    free(root);
    return found;
}

static void vfs_note_tried(char *tried, const char *candidate)
{
    size_t used = strlen(tried);
    snprintf(tried + used, VFS_TRIED_MAX - used, "%s%s", used ? ", " : "", candidate);
}

/* The install root: $MELDSIM_ROOT, the executable's folder, its parent, <parent>/share/meldsim,
 * then the source tree. */
static MsStatus vfs_find_root(MsError *err)
{
    char tried[VFS_TRIED_MAX] = "";
    const char *env = getenv("MELDSIM_ROOT");
    if (env && *env) {
        if (vfs_try_root(env))
            return MS_OK;
        vfs_note_tried(tried, env);
    }
    const char *base = PHYSFS_getBaseDir();
    if (base && *base) {
        char *dir = vfs_path_trimmed(base);
        if (!dir)
            return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        bool found = vfs_try_root(dir);
        char *slash = NULL;
        if (!found) {
            vfs_note_tried(tried, dir);
            slash = strrchr(dir, '/');
            if (slash && slash != dir) {
                *slash = '\0';
                found = vfs_try_root(dir);
                if (!found)
                    vfs_note_tried(tried, dir);
            }
        }
        /* Installed: <prefix>/bin/meldsim finds <prefix>/share/meldsim, so an unpacked .deb
         * (dpkg -x) works from wherever it was unpacked. */
        if (!found && slash && slash != dir) {
            char *data = vfs_path_join(dir, MELDSIM_DATA_SUBDIR);
            if (!data) {
                free(dir);
                return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
            }
            found = vfs_try_root(data);
            if (!found)
                vfs_note_tried(tried, data);
            free(data);
        }
        free(dir);
        if (found)
            return MS_OK;
    }
#ifdef MELDSIM_SOURCE_ROOT
    if (vfs_try_root(MELDSIM_SOURCE_ROOT))
        return MS_OK;
    vfs_note_tried(tried, MELDSIM_SOURCE_ROOT);
#endif
    return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0,
                        "cannot find assets/meldcode.json (tried %s); set MELDSIM_ROOT to the "
                        "folder that holds assets/",
                        tried);
}

MsStatus vfs_init(const char *argv0, MsError *err)
{
    MsStatus st;
    if (vfs.ready)
        return MS_OK;
    if (!PHYSFS_init(argv0))
        return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "cannot start PhysFS: %s",
                            vfs_physfs_message());
    PHYSFS_permitSymbolicLinks(0);
    st = vfs_keep_only_zip(err);
    if (st != MS_OK)
        goto fail;
    st = vfs_find_root(err);
    if (st != MS_OK)
        goto fail;
    vfs.ready = true;
    return MS_OK;
fail:
    PHYSFS_deinit();
    vfs_reset_state();
    return st;
}

void vfs_quit(void)
{
    if (!vfs.ready)
        return;
    /* Unmounting destroys each in-memory archive's Io, which frees its bytes. */
    PHYSFS_deinit();
    vfs_reset_state();
}

const char *vfs_root(void)
{
    return vfs.root;
}

/* Reads an open file into a NUL-terminated buffer, growing it chunk by chunk and never past
 * max + 1 bytes, whatever length the file claims. `what` names it in the refusal. */
static MsStatus vfs_read_handle(PHYSFS_File *f, const char *shown, const char *what, size_t max,
                                char **out, size_t *out_len, MsError *err)
{
    MsStatus st = MS_OK;
    if (max > SIZE_MAX / 4)
        max = SIZE_MAX / 4;
    size_t cap = max < VFS_CHUNK ? max + 1 : VFS_CHUNK;
    size_t len = 0;
    char *buf = malloc(cap + 1);
    if (!buf) {
        st = ms_error_set(err, MS_ERR_NOMEM, shown, 0, "out of memory");
        goto fail;
    }
    for (;;) {
        if (len == cap) {
            size_t grown = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *bigger = realloc(buf, grown + 1);
            if (!bigger) {
                st = ms_error_set(err, MS_ERR_NOMEM, shown, 0, "out of memory");
                goto fail;
            }
            buf = bigger;
            cap = grown;
        }
        size_t want = cap - len < VFS_CHUNK ? cap - len : VFS_CHUNK;
        PHYSFS_sint64 got = PHYSFS_readBytes(f, buf + len, want);
        if (got < 0) {
            st = vfs_fail_physfs(err, shown, "cannot read");
            goto fail;
        }
        if (got == 0)
            break;
        len += (size_t)got;
        if (len > max) {
            st = ms_error_set(err, MS_ERR_REFUSED, shown, 0, "%s is larger than %zu bytes", what,
                              max);
            goto fail;
        }
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return MS_OK;
fail:
    free(buf);
    return st;
}

static VfsMount *vfs_find_pack(const char *real_path)
{
    for (size_t i = 0; i < vfs.pack_count; i++)
        if (strcmp(vfs.packs[i].real_path, real_path) == 0)
            return &vfs.packs[i];
    return NULL;
}

/* Reads the archive at real_path whole, vets it, and mounts those bytes as physfs_name.
 * probe_vpath is where the archive shows through the probe mount. */
static MsStatus vfs_mount_archive(const char *real_path, const char *physfs_name,
                                  const char *probe_vpath, const char *mountpoint, MsError *err)
{
    MsStatus st;
    char *bytes = NULL;
    size_t len = 0;
    PHYSFS_Io *io = NULL;
    PHYSFS_File *f = PHYSFS_openRead(probe_vpath);
    if (!f)
        return vfs_fail_physfs(err, real_path, "cannot open");
    st = vfs_read_handle(f, real_path, "archive", VFS_ARCHIVE_MAX, &bytes, &len, err);
    PHYSFS_close(f);
    if (st != MS_OK)
        goto fail;
    ZipLimits limits;
    zipcheck_default_limits(&limits);
    st = zipcheck_buffer((const unsigned char *)bytes, len, &limits, real_path, err);
    if (st != MS_OK)
        goto fail;
    /* PHYSFS_mountMemory would do, but PhysFS 3.0.2 never frees what it mounts (vfs_memio.h). */
    if (PHYSFS_getMountPoint(physfs_name)) {
        st = ms_error_set(err, MS_ERR_REFUSED, real_path, 0, "is mounted already");
        goto fail;
    }
    io = vfs_memio_create(bytes, len);
    if (!io) {
        st = ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
        goto fail;
    }
    bytes = NULL; /* the Io owns them now */
    if (!PHYSFS_mountIo(io, physfs_name, mountpoint, 1)) {
        st = vfs_fail_physfs(err, real_path, "cannot mount");
        vfs_memio_destroy(io); /* PhysFS leaves a failed Io to us */
        goto fail;
    }
    return MS_OK;
fail:
    free(bytes);
    return st;
}

/* Mounts a folder pack read-only under a name that only a folder satisfies. */
static MsStatus vfs_mount_folder(const char *real_path, const char *path, const char *mountpoint,
                                 char **physfs_name, MsError *err)
{
    *physfs_name = vfs_path_dir_name(path, VFS_PATH_PACK_SUFFIX);
    if (!*physfs_name)
        return ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
    /* PhysFS would report success for a name it already has, mounted elsewhere. */
    if (PHYSFS_getMountPoint(*physfs_name)) {
        free(*physfs_name);
        *physfs_name = NULL;
        return ms_error_set(err, MS_ERR_REFUSED, real_path, 0, "is mounted already");
    }
    if (!PHYSFS_mount(*physfs_name, mountpoint, 1)) {
        free(*physfs_name);
        *physfs_name = NULL;
        return vfs_fail_physfs(err, real_path, "cannot mount");
    }
    return MS_OK;
}

/* Looks at real_path through a private mount of its folder, then mounts it as a folder or as a
 * vetted archive. *physfs_name receives the name PhysFS knows the mount by. */
static MsStatus vfs_probe_and_mount(const char *real_path, const char *path, const char *mountpoint,
                                    char **physfs_name, MsError *err)
{
    MsStatus st = MS_OK;
    char *probe_dir = NULL, *base = NULL, *probe_vpath = NULL;
    bool probing = false;
    if (!vfs_path_split(path, &probe_dir, &base)) {
        st = ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
        goto fail;
    }
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0 || strcmp(path, "/") == 0) {
        /* Such a path names a folder or nothing; PhysFS finds out which. */
        st = vfs_mount_folder(real_path, path, mountpoint, physfs_name, err);
        goto fail;
    }
    if (PHYSFS_getMountPoint(probe_dir)) {
        st = ms_error_set(err, MS_ERR_INTERNAL, real_path, 0, "its folder is busy (%s)", probe_dir);
        goto fail;
    }
    if (!PHYSFS_mount(probe_dir, VFS_PROBE, 1)) {
        st = vfs_fail_physfs(err, real_path, "cannot open");
        goto fail;
    }
    probing = true;
    probe_vpath = vfs_path_join(VFS_PROBE, base);
    if (!probe_vpath) {
        st = ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
        goto fail;
    }
    PHYSFS_Stat info;
    if (!PHYSFS_stat(probe_vpath, &info)) {
        st = vfs_fail_physfs(err, real_path, "cannot open");
        goto fail;
    }
    if (info.filetype == PHYSFS_FILETYPE_DIRECTORY) {
        st = vfs_mount_folder(real_path, path, mountpoint, physfs_name, err);
    } else if (info.filetype == PHYSFS_FILETYPE_REGULAR) {
        *physfs_name = strdup(path);
        if (!*physfs_name)
            st = ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
        else
            st = vfs_mount_archive(real_path, *physfs_name, probe_vpath, mountpoint, err);
        if (st != MS_OK) {
            free(*physfs_name);
            *physfs_name = NULL;
        }
    } else {
        st = ms_error_set(err, MS_ERR_REFUSED, real_path, 0, "is neither a folder nor a file");
    }
fail:
    if (probing)
        PHYSFS_unmount(probe_dir);
    free(probe_vpath);
    free(base);
    free(probe_dir);
    return st;
}

MsStatus vfs_mount_pack(const char *real_path, const char *mountpoint, MsError *err)
{
    MsStatus st = MS_OK;
    char *path = NULL, *physfs_name = NULL;
    if (!vfs.ready)
        return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "vfs_init was not called");
    if (!real_path || !*real_path)
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0, "no pack path given");
    if (!mountpoint || mountpoint[0] != '/')
        return ms_error_set(err, MS_ERR_INVALID, real_path, 0,
                            "mount point '%s' must be an absolute path",
                            mountpoint ? mountpoint : "(none)");
    path = vfs_path_trimmed(real_path);
    if (!path)
        return ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
    VfsMount *known = vfs_find_pack(path);
    if (known) {
        if (strcmp(known->mountpoint, mountpoint) != 0)
            st = ms_error_set(err, MS_ERR_REFUSED, real_path, 0, "already mounted at %s",
                              known->mountpoint);
        goto fail;
    }
    if (vfs.pack_count == VFS_PACKS_MAX) {
        st = ms_error_set(err, MS_ERR_REFUSED, real_path, 0,
                          "too many packs mounted at once (limit %d)", VFS_PACKS_MAX);
        goto fail;
    }
    st = vfs_probe_and_mount(real_path, path, mountpoint, &physfs_name, err);
    if (st != MS_OK)
        goto fail;
    VfsMount *m = &vfs.packs[vfs.pack_count];
    m->mountpoint = strdup(mountpoint);
    if (!m->mountpoint) {
        PHYSFS_unmount(physfs_name);
        st = ms_error_set(err, MS_ERR_NOMEM, real_path, 0, "out of memory");
        goto fail;
    }
    m->real_path = path;
    m->physfs_name = physfs_name;
    path = physfs_name = NULL;
    vfs.pack_count++;
fail:
    free(physfs_name);
    free(path);
    return st;
}

void vfs_unmount_pack(const char *real_path)
{
    if (!vfs.ready || !real_path)
        return;
    char *path = vfs_path_trimmed(real_path);
    VfsMount *m = path ? vfs_find_pack(path) : NULL;
    free(path);
    /* PhysFS refuses while a file of the pack is open; the pack then stays mounted. */
    if (!m || !PHYSFS_unmount(m->physfs_name))
        return;
    free(m->real_path);
    free(m->physfs_name);
    free(m->mountpoint);
    *m = vfs.packs[--vfs.pack_count];
    memset(&vfs.packs[vfs.pack_count], 0, sizeof vfs.packs[0]);
}

MsStatus vfs_read_file(const char *vpath, size_t max_bytes, char **out, size_t *out_len,
                       MsError *err)
{
    *out = NULL;
    if (out_len)
        *out_len = 0;
    if (!vfs.ready)
        return ms_error_set(err, MS_ERR_INTERNAL, vpath, 0, "vfs_init was not called");
    PHYSFS_File *f = PHYSFS_openRead(vpath);
    if (!f)
        return vfs_fail_physfs(err, vpath, "cannot open");
    size_t len = 0;
    MsStatus st = vfs_read_handle(f, vpath, "file", max_bytes, out, &len, err);
    PHYSFS_close(f);
    if (st == MS_OK && out_len)
        *out_len = len;
    return st;
}

bool vfs_exists(const char *vpath)
{
    return vfs.ready && vpath && PHYSFS_exists(vpath);
}

static MsStatus vfs_ensure_user_dir(MsError *err)
{
    if (!vfs.ready)
        return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "vfs_init was not called");
    if (vfs.user_dir)
        return MS_OK;
    /* On Linux PhysFS puts this under $XDG_DATA_HOME (or ~/.local/share) and creates it. */
    const char *pref = PHYSFS_getPrefDir("meldsim", "meldsim");
    if (!pref) { /* name the folder PhysFS tried to make, as it does on Linux */
        char where[4096] = "";
        const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
        if (xdg && xdg[0])
            snprintf(where, sizeof where, "%s/meldsim/", xdg);
        else if (home && home[0])
            snprintf(where, sizeof where, "%s/.local/share/meldsim/", home);
        return vfs_fail_physfs(err, where[0] ? where : NULL, "cannot make the user data folder");
    }
    if (!PHYSFS_setWriteDir(pref))
        return vfs_fail_physfs(err, pref, "cannot write in the user data folder");
    if (!PHYSFS_mkdir("scenarios"))
        return vfs_fail_physfs(err, pref, "cannot make scenarios/ in the user data folder");
    /* Read back through the same layer: the user's own files appear read-only at VFS_USER. */
    if (!PHYSFS_mount(pref, VFS_USER, 1))
        return vfs_fail_physfs(err, pref, "cannot read the user data folder");
    vfs.user_dir = strdup(pref);
    if (!vfs.user_dir)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    return MS_OK;
}

const char *vfs_user_dir(MsError *err)
{
    return vfs_ensure_user_dir(err) == MS_OK ? vfs.user_dir : NULL;
}

/* fsync()s a real path: PhysFS flushes its own buffers but has no fsync of its own. */
static MsStatus vfs_sync_path(const char *real_path, int flags, MsError *err)
{
    int fd = open(real_path, flags | O_CLOEXEC);
    if (fd < 0)
        return ms_error_set(err, MS_ERR_IO, real_path, 0, "cannot open to sync: %s",
                            strerror(errno));
    int rc = fsync(fd);
    int saved = errno;
    close(fd);
    if (rc != 0)
        return ms_error_set(err, MS_ERR_IO, real_path, 0, "cannot sync: %s", strerror(saved));
    return MS_OK;
}

/*
 * The data goes to "<path>.tmp" through PhysFS (which also refuses symlinks and ".." on the way),
 * is flushed and closed, then fsync()ed by its real path; rename() puts it over the target
 * (PhysFS has no rename) and an fsync() of the folder makes the rename itself durable. A crash
 * leaves either the old file or the new one, never half of one.
 */
MsStatus vfs_write_file_atomic(const char *relative_path, const void *data, size_t len,
                               MsError *err)
{
    MsStatus st = MS_OK;
    char *tmp = NULL, *real_tmp = NULL, *real_target = NULL, *real_dir = NULL;
    bool tmp_written = false;
    PHYSFS_File *f = NULL;
    if (!vfs_path_is_relative(relative_path))
        return ms_error_set(err, MS_ERR_INVALID, relative_path ? relative_path : "", 0,
                            "not a relative path inside the user data folder");
    st = vfs_ensure_user_dir(err);
    if (st != MS_OK)
        return st;
    size_t n = strlen(relative_path);
    tmp = malloc(n + 5);
    if (!tmp) {
        st = ms_error_set(err, MS_ERR_NOMEM, relative_path, 0, "out of memory");
        goto fail;
    }
    memcpy(tmp, relative_path, n);
    memcpy(tmp + n, ".tmp", 5);
    real_tmp = vfs_path_join(vfs.user_dir, tmp);
    real_target = vfs_path_join(vfs.user_dir, relative_path);
    real_dir = real_target ? strdup(real_target) : NULL;
    if (!real_tmp || !real_target || !real_dir) {
        st = ms_error_set(err, MS_ERR_NOMEM, relative_path, 0, "out of memory");
        goto fail;
    }
    *strrchr(real_dir, '/') = '\0';
    const char *slash = strrchr(relative_path, '/');
    if (slash) {
        char *parent = strndup(relative_path, (size_t)(slash - relative_path));
        int made = parent && PHYSFS_mkdir(parent);
        free(parent);
        if (!made) {
            st = vfs_fail_physfs(err, relative_path, "cannot make its folder");
            goto fail;
        }
    }
    f = PHYSFS_openWrite(tmp);
    if (!f) {
        st = vfs_fail_physfs(err, tmp, "cannot create");
        goto fail;
    }
    tmp_written = true;
    if (PHYSFS_writeBytes(f, data, len) != (PHYSFS_sint64)len || !PHYSFS_flush(f)) {
        st = vfs_fail_physfs(err, tmp, "cannot write");
        goto fail;
    }
    int closed = PHYSFS_close(f);
    f = NULL;
    if (!closed) {
        st = vfs_fail_physfs(err, tmp, "cannot close");
        goto fail;
    }
    st = vfs_sync_path(real_tmp, O_WRONLY, err);
    if (st != MS_OK)
        goto fail;
    if (rename(real_tmp, real_target) != 0) {
        st = ms_error_set(err, MS_ERR_IO, real_target, 0, "cannot replace: %s", strerror(errno));
        goto fail;
    }
    tmp_written = false;
    st = vfs_sync_path(real_dir, O_RDONLY | O_DIRECTORY, err);
fail:
    if (f)
        PHYSFS_close(f);
    if (tmp_written)
        PHYSFS_delete(tmp);
    free(real_dir);
    free(real_target);
    free(real_tmp);
    free(tmp);
    return st;
}

typedef struct VfsFound {
    char *real_path;
    char *name;
} VfsFound;

typedef struct VfsFoundList {
    VfsFound *items;
    size_t count;
    size_t cap;
} VfsFoundList;

static void vfs_found_free(VfsFoundList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].real_path);
        free(list->items[i].name);
    }
    free(list->items);
    memset(list, 0, sizeof *list);
}

static bool vfs_found_add(VfsFoundList *list, const char *dir, const char *entry, size_t name_len)
{
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        VfsFound *items = realloc(list->items, cap * sizeof *items);
        if (!items)
            return false;
        list->items = items;
        list->cap = cap;
    }
    VfsFound *f = &list->items[list->count];
    f->real_path = vfs_path_join(dir, entry);
    f->name = strndup(entry, name_len);
    if (!f->real_path || !f->name) {
        free(f->real_path);
        free(f->name);
        return false;
    }
    list->count++;
    return true;
}

static int vfs_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Is entry (seen at vpath) a pack: a folder with scenario.lua, or a .zip file? Sets name_len. */
static bool vfs_is_pack(const char *vpath, const char *entry, size_t *name_len)
{
    PHYSFS_Stat info;
    size_t len = strlen(entry);
    if (entry[0] == '.' || !PHYSFS_stat(vpath, &info))
        return false;
    if (info.filetype == PHYSFS_FILETYPE_DIRECTORY) {
        char *lua = vfs_path_join(vpath, "scenario.lua");
        bool has = lua && PHYSFS_stat(lua, &info) && info.filetype == PHYSFS_FILETYPE_REGULAR;
        free(lua);
        *name_len = len;
        return has;
    }
    if (info.filetype == PHYSFS_FILETYPE_REGULAR && len > 4 &&
        vfs_path_same_ascii(entry + len - 4, ".zip")) {
        *name_len = len - 4;
        return true;
    }
    return false;
}

/* Adds the packs in <dir>/scenarios to list in name order, looking through a private mount. */
static MsStatus vfs_list_packs(const char *dir, VfsFoundList *list, MsError *err)
{
    MsStatus st = MS_OK;
    char **entries = NULL;
    char *scenarios = vfs_path_join(dir, "scenarios");
    char *mount_name = scenarios ? vfs_path_dir_name(scenarios, VFS_PATH_PROBE_SUFFIX) : NULL;
    bool mounted = false;
    if (!mount_name) {
        st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    if (PHYSFS_getMountPoint(mount_name)) {
        st = ms_error_set(err, MS_ERR_INTERNAL, scenarios, 0, "folder is busy");
        goto fail;
    }
    if (!PHYSFS_mount(mount_name, VFS_LISTING, 1)) {
        if (PHYSFS_getLastErrorCode() != PHYSFS_ERR_NOT_FOUND)
            st = vfs_fail_physfs(err, scenarios, "cannot list");
        goto fail; /* no scenarios/ folder: no packs */
    }
    mounted = true;
    entries = PHYSFS_enumerateFiles(VFS_LISTING);
    if (!entries) {
        st = vfs_fail_physfs(err, scenarios, "cannot list");
        goto fail;
    }
    size_t count = 0;
    while (entries[count])
        count++;
    qsort(entries, count, sizeof *entries, vfs_compare_names);
    for (size_t i = 0; i < count; i++) {
        char *vpath = vfs_path_join(VFS_LISTING, entries[i]);
        size_t name_len = 0;
        bool ok = vpath != NULL;
        if (ok && vfs_is_pack(vpath, entries[i], &name_len))
            ok = vfs_found_add(list, scenarios, entries[i], name_len);
        free(vpath);
        if (!ok) {
            st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
            goto fail;
        }
    }
fail:
    PHYSFS_freeList(entries);
    if (mounted)
        PHYSFS_unmount(mount_name);
    free(mount_name);
    free(scenarios);
    return st;
}

MsStatus vfs_each_installed_pack(VfsPackVisitor visit, void *user, MsError *err)
{
    VfsFoundList list = {0};
    MsStatus st;
    if (!vfs.ready)
        return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "vfs_init was not called");
    st = vfs_list_packs(vfs.root, &list, err);
    if (st != MS_OK)
        goto fail;
    /* A user data folder that cannot be made simply holds no packs. */
    if (vfs_ensure_user_dir(NULL) == MS_OK) {
        st = vfs_list_packs(vfs.user_dir, &list, err);
        if (st != MS_OK)
            goto fail;
    }
    /* Everything is unmounted again before the visitor runs, so it may mount what it is given. */
    for (size_t i = 0; i < list.count; i++)
        visit(list.items[i].real_path, list.items[i].name, user);
fail:
    vfs_found_free(&list);
    return st;
}
