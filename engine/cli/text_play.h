/*
 * text_play.h: how `meldsim text` starts a case: without --learner nothing is
 * recorded; with it the records are opened, the learner found or added, and an
 * unfinished attempt at the same case offered for resuming (j/n). With piped
 * input the first line answers that question.
 */
#ifndef TEXT_PLAY_H
#define TEXT_PLAY_H

#include <stdbool.h>
#include <stddef.h>

#include "attempt.h"
#include "cli.h"

typedef struct TextStart {
    Cli *cli;
    const Scenario *sc;
    const char *learner; /* NULL: nothing is recorded */
    Mode mode;
    bool mode_given;
    bool resumed; /* out: an unfinished attempt was resumed */
} TextStart;

/* Reads one line from stdin without its line end; false at end of input. */
bool text_read_line(char *buf, size_t cap);
/* Opens the records (when a learner is given) and begins or resumes the attempt. Returns an
 * exit code; on success the caller frees *attempt and closes *records (NULL when unused). */
int text_play_start(TextStart *start, Records **records, Attempt **attempt);
/* After the intro of a resumed attempt: where the learner picks up. */
void text_play_resumed(const TextStart *start, const Attempt *attempt);

#endif
