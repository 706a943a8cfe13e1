/*
 * mode.h: the training modes and what each one allows, shared by the window
 * and the terminal so both enforce the same rules. A mode is chosen when a
 * case starts and recorded with the attempt; a resumed attempt keeps its mode.
 */
#ifndef MODE_H
#define MODE_H

#include <stdbool.h>

typedef enum {
    MODE_OEFENEN,      /* practice: feedback after each choice, one decision back */
    MODE_TOETS,        /* test: feedback only in the debrief, no going back */
    MODE_GROEP,        /* a trainer with a projector and a group (the window) */
    MODE_VOORLICHTING, /* a presentation of the five steps (the window) */
    MODE_COUNT
} Mode;

typedef struct ModeRules {
    bool feedback_each_choice; /* feedback right after each choice, else only in the debrief */
    bool may_go_back;          /* the learner may undo the last decision once and choose again */
    bool pass_mark_first;      /* the pass mark is shown before the first scene */
    bool scored;               /* the debrief shows scores and passed / not passed */
    bool recorded;             /* choices are written to the learner records */
    bool discussion_pause;     /* options are shown, then a pause before one can be taken */
    bool group_votes;          /* the trainer may enter vote counts per option */
    bool large_text;           /* text for a projector */
    bool step_walkthrough;     /* walks through the five steps and the escalation diagram */
    bool terminal;             /* playable with `meldsim text` and `meldsim run` */
} ModeRules;

#define MODE_DISCUSSION_PAUSE_SECONDS 30 /* groep: default pause before answers are taken */

const ModeRules *mode_rules(Mode mode); /* never NULL; an out-of-range mode gets toets rules */
const char *mode_id(Mode mode);         /* "oefenen", "toets", "groep", "voorlichting" */
int mode_parse(const char *id);         /* the Mode, or -1 when unknown */

#endif
