/*
 * text_watch.h: `meldsim text --watch`, the terminal side of hot reload. Input
 * waits on stdin and on the pack's watcher at once (poll, no polling loop); a
 * case that does not load or check is printed with the loader's or checker's
 * message, and the player waits for the next change.
 */
#ifndef TEXT_WATCH_H
#define TEXT_WATCH_H

#include <stddef.h>

#include "cli.h"
#include "scenario.h"
#include "watch.h"

typedef enum { TEXT_INPUT_LINE, TEXT_INPUT_EOF, TEXT_INPUT_CHANGE } TextInput;

/* One line from stdin, or the news that the pack changed (w NULL: stdin only). */
TextInput text_watch_read(Watch *w, char *buf, size_t cap);
/* Loads and checks spec. On an error prints it (file:line, scene) and returns NULL. */
Scenario *text_watch_load(Cli *cli, const char *spec);
/* Prints that the player waits for a change; returns when one has come (TEXT_INPUT_CHANGE),
 * or when the author quits (q: TEXT_INPUT_LINE) or input ends (TEXT_INPUT_EOF). */
TextInput text_watch_idle(Cli *cli, Watch *w);

#endif
