/*
 * meldcode.h: the Meldcode itself, as data shipped with the engine.
 * The five steps are fixed by law and therefore an enum; their names, the
 * afwegingskader outcomes, the escalation actors and the mistake types are
 * read once from assets/meldcode.json so that scenarios refer to them by id.
 */
#ifndef MELDCODE_H
#define MELDCODE_H

#include <stdbool.h>
#include <stddef.h>

#include "ms_error.h"
#include "ms_text.h"

typedef enum {
    MS_STEP_SIGNALEN,    /* 1. signalen in kaart brengen */
    MS_STEP_CONSULTATIE, /* 2. collegiale consultatie */
    MS_STEP_GESPREK,     /* 3. gesprek met de leerling en/of de ouders */
    MS_STEP_WEGEN,       /* 4. wegen van het geweld */
    MS_STEP_BESLISSEN,   /* 5. beslissen: melden en/of hulp organiseren */
    MS_STEP_COUNT
} MsStep;

typedef struct MeldcodeStep {
    const char *id;     /* "signalen", "consultatie", "gesprek", "wegen", "beslissen" */
    MsText name;        /* "Signalen in kaart brengen" */
    MsText short_name;  /* "Signalen" */
    MsText explanation; /* what the step asks of the professional */
} MeldcodeStep;

typedef struct MeldcodeActor {
    const char *id; /* "school", "zorgteam", "buurtteam", "veilig_thuis", "save", "raad", ... */
    MsText name;
    MsText role; /* what this actor does in the escalation */
    bool core;   /* one of the six actors of the escalation path shown in every debrief */
} MeldcodeActor;

typedef struct MeldcodeOutcome {
    const char *id; /* afwegingskader outcome, e.g. "melden_structureel" */
    int point;      /* decision point 1..5 of the afwegingskader, 0 outside it */
    bool report;    /* true when the outcome is a report to Veilig Thuis */
    MsText name;
    MsText explanation;
} MeldcodeOutcome;

typedef struct MeldcodeMistake {
    const char *id; /* e.g. "geheim_beloven" */
    bool critical;
    MsText name;
    MsText explanation;
} MeldcodeMistake;

typedef struct Meldcode Meldcode;

/* Parses the JSON text of meldcode.json. Caller frees with meldcode_free. */
MsStatus meldcode_parse(const char *json, size_t length, const char *source_name, Meldcode **out,
                        MsError *err);
/* Reads and parses /assets/meldcode.json through the vfs (vfs_init first). */
MsStatus meldcode_load(Meldcode **out, MsError *err);
void meldcode_free(Meldcode *mc);

const MeldcodeStep *meldcode_step(const Meldcode *mc, MsStep step);
/* Step by id, or -1. */
int meldcode_step_find(const char *id);
const char *meldcode_step_id(MsStep step);

size_t meldcode_actor_count(const Meldcode *mc);
const MeldcodeActor *meldcode_actor(const Meldcode *mc, size_t index);
int meldcode_actor_find(const Meldcode *mc, const char *id); /* index or -1 */

size_t meldcode_outcome_count(const Meldcode *mc);
const MeldcodeOutcome *meldcode_outcome(const Meldcode *mc, size_t index);
int meldcode_outcome_find(const Meldcode *mc, const char *id);

size_t meldcode_mistake_count(const Meldcode *mc);
const MeldcodeMistake *meldcode_mistake(const Meldcode *mc, size_t index);
int meldcode_mistake_find(const Meldcode *mc, const char *id);

#endif
