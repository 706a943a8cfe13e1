/*
 * watch.h: tells when a pack on disk changes, for authors' hot reload (--watch).
 * Linux inotify: a folder pack is watched itself and through its parent (so a
 * folder that is deleted and made again, or renamed over, is watched again); a
 * .zip is watched through its parent folder, by name. Editors save by writing a
 * temporary file and renaming it: every write, rename, creation and deletion
 * counts. Nothing here polls: the caller waits on watch_fd (poll, or a thread).
 */
#ifndef WATCH_H
#define WATCH_H

#include <stdbool.h>

#include "ms_error.h"

/* A burst of events (an editor's save) counts as one change once it has been quiet this long. */
#define WATCH_QUIET_MS 100

typedef struct Watch Watch;

/* Watches the folder or file at path. MS_ERR_NOT_FOUND when it does not exist, MS_ERR_IO when
 * inotify refuses. Free with watch_close. */
MsStatus watch_open(const char *path, Watch **out, MsError *err);
void watch_close(Watch *w); /* NULL is fine */
/* Readable (poll POLLIN) when events are waiting. */
int watch_fd(const Watch *w);
/* Reads the events waiting, without blocking; true when one of them is a change of the pack. */
bool watch_drain(Watch *w);
/* After a change: waits until no event has come for quiet_ms (the rest of the burst). */
void watch_settle(Watch *w, int quiet_ms);
/* Blocks up to timeout_ms (-1: for ever) for a change, then lets it settle. True on a change;
 * false on a timeout or once watch_stop was called. */
bool watch_wait(Watch *w, int timeout_ms);
/* Ends watch_wait, also one blocked in another thread (and every later one). */
void watch_stop(Watch *w);

#endif
