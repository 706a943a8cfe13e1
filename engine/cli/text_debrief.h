/*
 * text_debrief.h: the debrief of a finished session, for a terminal.
 */
#ifndef TEXT_DEBRIEF_H
#define TEXT_DEBRIEF_H

#include <stdio.h>

#include "cli.h"
#include "session.h"

void text_debrief_print(FILE *out, const Cli *cli, const Session *s, int width);

#endif
