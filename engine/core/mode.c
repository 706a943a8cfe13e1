/*
 * mode.c: the rule table. Toets is the strictest mode, so an invalid mode
 * falls back to it rather than to one that shows answers early.
 */
#include "mode.h"

#include <string.h>

static const ModeRules rules[MODE_COUNT] = {
    [MODE_OEFENEN] = {.feedback_each_choice = true,
                      .may_go_back = true,
                      .scored = true,
                      .recorded = true,
                      .terminal = true},
    [MODE_TOETS] = {.pass_mark_first = true, .scored = true, .recorded = true, .terminal = true},
    [MODE_GROEP] = {.feedback_each_choice = true,
                    .scored = true,
                    .recorded = true,
                    .discussion_pause = true,
                    .group_votes = true,
                    .large_text = true},
    [MODE_VOORLICHTING] = {.feedback_each_choice = true,
                           .large_text = true,
                           .step_walkthrough = true},
};

static const char *const ids[MODE_COUNT] = {"oefenen", "toets", "groep", "voorlichting"};

const ModeRules *mode_rules(Mode mode)
{
    return (int)mode >= 0 && mode < MODE_COUNT ? &rules[mode] : &rules[MODE_TOETS];
}

const char *mode_id(Mode mode)
{
    return (int)mode >= 0 && mode < MODE_COUNT ? ids[mode] : "toets";
}

int mode_parse(const char *id)
{
    for (int i = 0; id && i < MODE_COUNT; i++)
        if (strcmp(id, ids[i]) == 0)
            return i;
    return -1;
}
