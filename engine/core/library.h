/*
 * library.h: finding and opening scenario packs.
 * A SCENARIO argument is an installed id (scenarios/<id>/ of the install, or a
 * pack in the user's data folder) or the path of a folder or .zip. An opened
 * pack stays mounted read-only for the scenario's life, for its images.
 */
#ifndef LIBRARY_H
#define LIBRARY_H

#include <stddef.h>

#include "meldcode.h"
#include "ms_error.h"
#include "scenario.h"

typedef struct LibraryPack {
    char *real_path; /* folder or .zip */
    char *name;      /* the installed id: folder name, or zip name without .zip */
    char *display;   /* how messages name scenario.lua, e.g. "scenarios/x/scenario.lua" */
} LibraryPack;

typedef struct LibraryList {
    LibraryPack *packs;
    size_t count;
} LibraryList;

/* Every installed pack, shipped first, in name order. Free with library_list_free. */
MsStatus library_list(LibraryList *out, MsError *err);
void library_list_free(LibraryList *list);

/* Resolves spec, mounts the pack, loads scenario.lua. MS_ERR_NOT_FOUND when there is no such
 * scenario; MS_ERR_INVALID / MS_ERR_REFUSED when it does not load. Free with scenario_free. */
MsStatus library_load(const char *spec, const Meldcode *mc, Scenario **out, MsError *err);
MsStatus library_load_pack(const LibraryPack *pack, const Meldcode *mc, Scenario **out,
                           MsError *err);
/* The folder or .zip that spec names, without loading it (for --watch, which must watch a pack
 * that does not load yet). MS_ERR_NOT_FOUND when there is no such pack. */
MsStatus library_find_path(const char *spec, char *out, size_t cap, MsError *err);
/* One user less of the pack's mount; the last one unmounts it (scenario_free calls this). */
void library_release(const char *real_path);

#endif
