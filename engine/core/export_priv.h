/*
 * export_priv.h: what export_csv.c and export_xapi.c share: the attempts to
 * export with their choices, and the learner's name as the export shows it.
 */
#ifndef EXPORT_PRIV_H
#define EXPORT_PRIV_H

#include "arena.h"
#include "export.h"

typedef struct ExportAttempt {
    RecordsAttempt row;
    RecordsChoice *choices;
    size_t choice_count;
    char actor[RECORDS_NAME_MAX + 1]; /* the name, or its hash when pseudonymised */
} ExportAttempt;

typedef struct ExportSet {
    ExportAttempt *attempts;
    size_t count;
} ExportSet;

MsStatus export_set_load(Records *r, const ExportOptions *o, ExportSet *set, MsError *err);
void export_set_free(ExportSet *set);
/* The stored texts of a choice's scene, in arena; empty texts when none were stored. */
void export_scene_texts(Records *r, const ExportAttempt *a, const RecordsChoice *c, Arena *arena,
                        RecordsSceneTexts *out);
/* A text without markup, in the arena (or "" ). */
const char *export_plain(Arena *arena, const char *text);
/* The Meldcode's name of a mistake id in lang, or the id itself. */
const char *export_mistake_name(const Meldcode *mc, const char *id, MsLang lang);

#endif
