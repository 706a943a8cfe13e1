/*
 * watch.c: inotify behind watch.h. Editors' own side files (".x.swp", "x~", vim's
 * probe "4913") are not changes of the pack, so an open editor does not make the
 * case reload while the author types.
 */
#define _GNU_SOURCE

#include "watch.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#define SELF_MASK                                                                         \
    (IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF | \
     IN_MOVE_SELF)
#define PARENT_MASK (IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)

struct Watch {
    int fd;
    int stop_fd; /* an eventfd: watch_stop */
    int wd_self;   /* the folder pack, -1 for a .zip or while the folder is gone */
    int wd_parent; /* the folder that holds the pack */
    bool folder;
    char path[PATH_MAX];
    char base[NAME_MAX + 1]; /* the pack's name in its parent */
};

static bool side_file(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || name[0] == '.' || name[n - 1] == '~' || strcmp(name, "4913") == 0)
        return true;
    return n > 4 && (strcmp(name + n - 4, ".swp") == 0 || strcmp(name + n - 4, ".swx") == 0);
}

static void add_self(Watch *w)
{
    if (w->folder && w->wd_self < 0)
        w->wd_self = inotify_add_watch(w->fd, w->path, SELF_MASK | IN_ONLYDIR);
}

MsStatus watch_open(const char *path, Watch **out, MsError *err)
{
    *out = NULL;
    struct stat st;
    if (stat(path, &st) != 0)
        return ms_error_set(err, MS_ERR_NOT_FOUND, path, 0, "cannot watch: %s", strerror(errno));
    Watch *w = calloc(1, sizeof *w);
    if (!w)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    if (!realpath(path, w->path)) {
        free(w);
        return ms_error_set(err, MS_ERR_IO, path, 0, "cannot watch: %s", strerror(errno));
    }
    w->folder = S_ISDIR(st.st_mode);
    w->wd_self = -1;
    char parent[PATH_MAX];
    memcpy(parent, w->path, sizeof parent);
    char *slash = strrchr(parent, '/');
    snprintf(w->base, sizeof w->base, "%s", slash ? slash + 1 : parent);
    if (slash == parent)
        parent[1] = '\0';
    else if (slash)
        *slash = '\0';
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    w->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (w->fd >= 0)
        w->wd_parent = inotify_add_watch(w->fd, parent, PARENT_MASK | IN_ONLYDIR);
    add_self(w);
    if (w->fd < 0 || w->stop_fd < 0 || w->wd_parent < 0 || (w->folder && w->wd_self < 0)) {
        ms_error_set(err, MS_ERR_IO, path, 0, "cannot watch: %s", strerror(errno));
        watch_close(w);
        return MS_ERR_IO;
    }
    *out = w;
    return MS_OK;
}

void watch_close(Watch *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    if (w->stop_fd >= 0)
        close(w->stop_fd);
    free(w);
}

int watch_fd(const Watch *w)
{
    return w->fd;
}

/* True when the event is a change of the pack. */
static bool event_counts(Watch *w, const struct inotify_event *ev)
{
    const char *name = ev->len ? ev->name : "";
    if (ev->wd == w->wd_parent) {
        if (strcmp(name, w->base) != 0)
            return false;
        if (ev->mask & (IN_CREATE | IN_MOVED_TO)) { /* the folder is back, or renamed over */
            if (w->wd_self >= 0)
                inotify_rm_watch(w->fd, w->wd_self);
            w->wd_self = -1;
            add_self(w);
        }
        return true;
    }
    if (w->wd_self < 0 || ev->wd != w->wd_self)
        return false;
    if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) {
        if (ev->mask & IN_IGNORED)
            w->wd_self = -1;
        return true;
    }
    return !side_file(name);
}

bool watch_drain(Watch *w)
{
    char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    bool changed = false;
    for (;;) {
        ssize_t n = read(w->fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            break;
        }
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)(void *)p;
            if (event_counts(w, ev))
                changed = true;
            p += sizeof *ev + ev->len;
        }
    }
    return changed;
}

void watch_settle(Watch *w, int quiet_ms)
{
    struct pollfd pfd = {w->fd, POLLIN, 0};
    for (;;) {
        int r = poll(&pfd, 1, quiet_ms);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return;
        watch_drain(w);
    }
}

bool watch_wait(Watch *w, int timeout_ms)
{
    struct pollfd pfd[2] = {{w->fd, POLLIN, 0}, {w->stop_fd, POLLIN, 0}};
    for (;;) {
        int r = poll(pfd, 2, timeout_ms);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0 || pfd[1].revents)
            return false;
        if (watch_drain(w)) {
            watch_settle(w, WATCH_QUIET_MS);
            return true;
        }
        if (timeout_ms >= 0) /* only side files changed: no change within the time asked */
            return false;
    }
}

void watch_stop(Watch *w)
{
    uint64_t one = 1;
    if (write(w->stop_fd, &one, sizeof one) < 0) {
        /* the counter is full: a stop is already pending */
    }
}
