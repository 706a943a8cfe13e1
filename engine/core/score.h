/*
 * score.h: Meldcode scoring of a session's history.
 * Per step: earned is the sum of chosen points; possible the sum of the best
 * points offered at each decision the learner met. Scaled is earned/possible
 * clamped to 0..1 (1 when nothing was possible). Any critical mistake fails.
 * The learner's route starts at "school" (the learner is school staff), then
 * adds the actors of the chosen options in order of first involvement.
 */
#ifndef SCORE_H
#define SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "meldcode.h"
#include "scenario.h"
#include "session.h"

#define SCORE_MAX_CRITICAL 64
#define SCORE_MAX_ROUTE 32

typedef struct ScoreStep {
    int earned;
    int possible;
    int decisions; /* decisions met at this step */
} ScoreStep;

typedef struct ScoreCritical {
    int scene; /* where it was made */
    int choice;
    const ScenarioCritical *critical; /* borrowed from the scenario */
} ScoreCritical;

typedef struct ScoreResult {
    ScoreStep steps[MS_STEP_COUNT];
    int earned;
    int possible;
    double scaled;
    bool completed;
    bool passed; /* completed, scaled >= pass mark and no critical mistake */
    int ending;  /* -1 when not completed */
    ScoreCritical critical[SCORE_MAX_CRITICAL];
    size_t critical_count;
    int route[SCORE_MAX_ROUTE]; /* actor indices, in order of first involvement */
    size_t route_count;
} ScoreResult;

void score_session(const Session *s, ScoreResult *out);
double score_scale(int earned, int possible);
/* The pass mark (at most four decimals) as a reduced fraction num/den. A score passes the mark
 * when den * earned >= num * possible: integers, so `meldsim check` and a playthrough agree on
 * every path to the last point. */
void score_pass_fraction(double pass_mark, int64_t *num, int64_t *den);
bool score_reaches(int earned, int possible, double pass_mark);
/* A scaled score as a whole percentage for display, rounded down: a score just under the pass
 * mark (69.6%) must never read as the pass mark itself (70%). */
int score_percent(double scaled);
/* True when the learner's route equals the ending's correct route. */
bool score_route_matches(const ScoreResult *r, const ScenarioEnding *ending);

#endif
