/*
 * library.c: installed packs and the way from a SCENARIO argument to a Scenario.
 * Each opened pack gets its own mount point (/pack/1, /pack/2, ...). PhysFS can
 * mount a path only once, so the same pack opened twice shares its mount, with a
 * count, and the last scenario_free unmounts it. PhysFS itself is process-wide,
 * so this table is too.
 */
#include "library.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "scenario_load.h"
#include "vfs.h"

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* "scenarios/x/scenario.lua" for installed packs below the root, else "<path>/scenario.lua". */
static void display_name(const char *real_path, char *out, size_t cap)
{
    const char *root = vfs_root();
    size_t rl = root ? strlen(root) : 0;
    const char *shown = real_path;
    if (rl && strncmp(real_path, root, rl) == 0 && real_path[rl] == '/')
        shown = real_path + rl + 1;
    size_t len = strlen(shown);
    while (len > 1 && shown[len - 1] == '/')
        len--;
    snprintf(out, cap, "%.*s/scenario.lua", (int)len, shown);
}

typedef struct ListBuild {
    LibraryList *list;
    size_t cap;
    bool oom;
} ListBuild;

static void list_visit(const char *real_path, const char *name, void *user)
{
    ListBuild *b = user;
    LibraryList *l = b->list;
    if (b->oom)
        return;
    if (l->count == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        LibraryPack *grown = realloc(l->packs, cap * sizeof *grown);
        if (!grown) {
            b->oom = true;
            return;
        }
        l->packs = grown;
        b->cap = cap;
    }
    char display[1024];
    display_name(real_path, display, sizeof display);
    LibraryPack *p = &l->packs[l->count];
    p->real_path = dup_string(real_path);
    p->name = dup_string(name);
    p->display = dup_string(display);
    l->count++;
    if (!p->real_path || !p->name || !p->display)
        b->oom = true;
}

MsStatus library_list(LibraryList *out, MsError *err)
{
    memset(out, 0, sizeof *out);
    ListBuild b = {out, 0, false};
    MsStatus st = vfs_each_installed_pack(list_visit, &b, err);
    if (st == MS_OK && b.oom)
        st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    if (st != MS_OK)
        library_list_free(out);
    return st;
}

void library_list_free(LibraryList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->packs[i].real_path);
        free(list->packs[i].name);
        free(list->packs[i].display);
    }
    free(list->packs);
    memset(list, 0, sizeof *list);
}

#define LIBRARY_MAX_OPEN 64

typedef struct OpenPack {
    char *real_path;
    char mount[32];
    unsigned users;
} OpenPack;

static struct {
    OpenPack packs[LIBRARY_MAX_OPEN];
    unsigned mounted;
} open_packs;

static OpenPack *open_find(const char *real_path)
{
    for (size_t i = 0; i < LIBRARY_MAX_OPEN; i++)
        if (open_packs.packs[i].users && strcmp(open_packs.packs[i].real_path, real_path) == 0)
            return &open_packs.packs[i];
    return NULL;
}

/* Mounts the pack, or counts one more user of its mount. */
static MsStatus open_acquire(const char *real_path, OpenPack **out, MsError *err)
{
    OpenPack *p = open_find(real_path);
    if (p) {
        p->users++;
        *out = p;
        return MS_OK;
    }
    for (size_t i = 0; i < LIBRARY_MAX_OPEN && !p; i++)
        if (!open_packs.packs[i].users)
            p = &open_packs.packs[i];
    if (!p)
        return ms_error_set(err, MS_ERR_REFUSED, real_path, 0, "more than %d packs are open",
                            LIBRARY_MAX_OPEN);
    snprintf(p->mount, sizeof p->mount, "/pack/%u", ++open_packs.mounted);
    MsStatus st = vfs_mount_pack(real_path, p->mount, err);
    if (st != MS_OK)
        return st;
    if (!(p->real_path = dup_string(real_path))) {
        vfs_unmount_pack(real_path);
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    }
    p->users = 1;
    *out = p;
    return MS_OK;
}

void library_release(const char *real_path)
{
    OpenPack *p = open_find(real_path);
    if (!p || --p->users > 0)
        return;
    vfs_unmount_pack(p->real_path);
    free(p->real_path);
    p->real_path = NULL;
}

MsStatus library_load_pack(const LibraryPack *pack, const Meldcode *mc, Scenario **out,
                           MsError *err)
{
    char path[96];
    char *buf = NULL;
    size_t len = 0;
    OpenPack *open = NULL;
    *out = NULL;
    MsStatus st = open_acquire(pack->real_path, &open, err);
    if (st != MS_OK)
        return st;
    const char *mount = open->mount;
    snprintf(path, sizeof path, "%s/scenario.lua", mount);
    st = vfs_read_file(path, SCENARIO_FILE_MAX, &buf, &len, err);
    if (st == MS_ERR_NOT_FOUND)
        st = ms_error_set(err, MS_ERR_INVALID, pack->display, 0,
                          "the pack has no scenario.lua at its root");
    else if (st != MS_OK && !err->file[0])
        snprintf(err->file, sizeof err->file, "%s", pack->display);
    if (st == MS_OK)
        st = scenario_load_buffer(buf, len, pack->display, mc, out, err);
    free(buf);
    if (st == MS_OK) {
        Scenario *sc = *out;
        sc->pack_path = arena_strdup(sc->arena, pack->real_path);
        sc->mount = arena_strdup(sc->arena, mount);
        if (!sc->pack_path || !sc->mount) {
            scenario_free(sc);
            *out = NULL;
            st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        } else {
            return MS_OK;
        }
    }
    library_release(pack->real_path);
    return st;
}

static bool path_like(const char *spec)
{
    return strchr(spec, '/') || ends_with(spec, ".zip") || strcmp(spec, ".") == 0;
}

/* The installed pack spec names (*found), or NULL when spec is a path or no installed id. Free
 * *list with library_list_free either way. */
static MsStatus find_installed(const char *spec, LibraryList *list, const LibraryPack **found,
                               MsError *err)
{
    *found = NULL;
    list->packs = NULL;
    list->count = 0;
    if (path_like(spec))
        return MS_OK;
    MsStatus st = library_list(list, err);
    if (st != MS_OK) { /* library_list freed what it had */
        list->packs = NULL;
        list->count = 0;
    }
    for (size_t i = 0; st == MS_OK && i < list->count && !*found; i++)
        if (strcmp(list->packs[i].name, spec) == 0)
            *found = &list->packs[i];
    return st;
}

static MsStatus no_such_case(const char *spec, MsError *err)
{
    return ms_error_set(err, MS_ERR_NOT_FOUND, NULL, 0,
                        "no scenario '%s': not an installed case (see 'meldsim list') and "
                        "not a folder or .zip",
                        spec);
}

MsStatus library_load(const char *spec, const Meldcode *mc, Scenario **out, MsError *err)
{
    *out = NULL;
    LibraryList list;
    const LibraryPack *found;
    MsStatus st = find_installed(spec, &list, &found, err);
    if (st == MS_OK && found)
        st = library_load_pack(found, mc, out, err);
    bool installed = found != NULL;
    library_list_free(&list);
    if (st != MS_OK || installed)
        return st;
    char display[1024];
    display_name(spec, display, sizeof display);
    LibraryPack pack = {(char *)spec, (char *)spec, display};
    st = library_load_pack(&pack, mc, out, err);
    if (st == MS_ERR_NOT_FOUND && !path_like(spec))
        return no_such_case(spec, err);
    return st;
}

MsStatus library_find_path(const char *spec, char *out, size_t cap, MsError *err)
{
    LibraryList list;
    const LibraryPack *found;
    MsStatus st = find_installed(spec, &list, &found, err);
    if (st == MS_OK && found)
        snprintf(out, cap, "%s", found->real_path);
    bool installed = found != NULL;
    library_list_free(&list);
    if (st != MS_OK || installed)
        return st;
    if (access(spec, F_OK) != 0)
        return no_such_case(spec, err);
    snprintf(out, cap, "%s", spec);
    return MS_OK;
}
