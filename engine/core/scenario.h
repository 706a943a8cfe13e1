/*
 * scenario.h: the scenario model, read-only after load.
 * Data flows one way: scenario.lua -> loader -> Scenario -> session -> screen.
 * The structs are public so presenters can read them; only the loader writes
 * them. Every string and array lives in the scenario's arena and dies with
 * scenario_free. Indices, never pointers, link scenes, endings and actors.
 */
#ifndef SCENARIO_H
#define SCENARIO_H

#include <stdbool.h>
#include <stddef.h>

#include "meldcode.h"
#include "ms_error.h"
#include "ms_text.h"

typedef enum { SCENARIO_TARGET_SCENE, SCENARIO_TARGET_ENDING } ScenarioTargetKind;

typedef struct ScenarioTarget {
    ScenarioTargetKind kind;
    int index; /* into scenes or endings */
} ScenarioTarget;

typedef enum { SCENARIO_VAR_BOOL, SCENARIO_VAR_NUMBER } ScenarioVarKind;

typedef struct ScenarioVar {
    const char *name;
    ScenarioVarKind kind;
    double initial; /* booleans are 0 or 1 */
} ScenarioVar;

typedef enum { SCENARIO_COND_EQ, SCENARIO_COND_MIN, SCENARIO_COND_MAX } ScenarioCondOp;

typedef struct ScenarioCondition { /* all conditions of a choice must hold */
    int var;
    ScenarioCondOp op;
    double value;
} ScenarioCondition;

typedef enum { SCENARIO_EFFECT_SET, SCENARIO_EFFECT_ADD } ScenarioEffectOp;

typedef struct ScenarioEffect {
    int var;
    ScenarioEffectOp op;
    double value;
} ScenarioEffect;

typedef struct ScenarioCritical {
    const char *id; /* NULL when the choice is no critical mistake */
    int type;       /* index into the Meldcode's mistake types, -1 for a case's own id */
    MsText explanation;
} ScenarioCritical;

typedef struct ScenarioChoice {
    MsText text;
    ScenarioTarget next;
    int points;
    MsText feedback;
    ScenarioCritical critical;
    int mistake;       /* a non-critical mistake type this choice shows, index or -1 */
    const int *actors; /* indices into the Meldcode's actors, in order */
    size_t actor_count;
    const ScenarioCondition *conditions;
    size_t condition_count;
    const ScenarioEffect *effects;
    size_t effect_count;
    unsigned skips; /* bit per MsStep: steps this option legitimately goes on without */
} ScenarioChoice;

typedef struct ScenarioScene {
    const char *id;
    MsStep step;
    int speaker; /* index into characters, -1 for the narrator */
    MsText text;
    const ScenarioChoice *choices;
    size_t choice_count;
    bool has_next; /* a narration scene: no choices, one way on ("Verder") */
    ScenarioTarget next;
} ScenarioScene;

typedef struct ScenarioEnding {
    const char *id;
    MsText title;
    MsText text;
    int outcome;      /* index into the Meldcode's afwegingskader outcomes */
    const int *route; /* the correct escalation route for this ending: actor indices */
    size_t route_count;
    MsText debrief; /* what happens next, and why this route is right */
    MsText history; /* where the 2015 story differs from the current rules; may be empty */
} ScenarioEnding;

typedef struct ScenarioCharacter {
    const char *id;
    MsText name;
    MsText role;
    const char *portrait; /* path inside the pack, or NULL */
} ScenarioCharacter;

typedef struct Scenario {
    const char *id;
    const char *source; /* the pack's chunk name, e.g. "scenarios/pieter-en-suzan/scenario.lua" */
    MsText title;
    MsLang language;               /* the language the case was written in */
    bool languages[MS_LANG_COUNT]; /* languages the case declares complete */
    MsText audience;
    MsText summary;
    const char *school_type; /* "po", "vo", "mbo", or NULL */
    int minutes;
    const char *version;
    double pass_mark;                     /* 0..1, default 0.7 */
    int start;                            /* scene index */
    MsText debrief;                       /* general closing words of the debrief; may be empty */
    MsText not_applicable[MS_STEP_COUNT]; /* why a step is not scored, when it is not */
    const ScenarioCharacter *characters;
    size_t character_count;
    const ScenarioVar *vars;
    size_t var_count;
    const ScenarioScene *scenes;
    size_t scene_count;
    const ScenarioEnding *endings;
    size_t ending_count;
    const Meldcode *meldcode; /* borrowed: must outlive the scenario */
    const char *pack_path;    /* real path of the mounted pack, NULL when loaded from a buffer */
    const char *mount;        /* where the pack is mounted in the vfs (for portraits), or NULL */
    struct Arena *arena;      /* owns every string and array above */
} Scenario;

void scenario_free(Scenario *sc);
int scenario_scene_find(const Scenario *sc, const char *id); /* index or -1 */
int scenario_ending_find(const Scenario *sc, const char *id);
bool scenario_choice_available(const ScenarioChoice *choice, const double *vars);
void scenario_choice_apply(const ScenarioChoice *choice, double *vars);

#endif
