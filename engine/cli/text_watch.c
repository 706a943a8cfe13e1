/*
 * text_watch.c: waiting for input or a change, and loading a case with its check,
 * for `meldsim text --watch` (text_watch.h). stdin is read unbuffered in watch
 * mode, so no line ever waits in stdio's buffer while poll says nothing is there.
 */
#include "text_watch.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "reload.h"
#include "text_play.h"

TextInput text_watch_read(Watch *w, char *buf, size_t cap)
{
    while (w) {
        struct pollfd pfd[2] = {{STDIN_FILENO, POLLIN, 0}, {watch_fd(w), POLLIN, 0}};
        int r = poll(pfd, 2, -1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 || pfd[0].revents)
            break;
        if (pfd[1].revents && watch_drain(w)) {
            watch_settle(w, WATCH_QUIET_MS);
            return TEXT_INPUT_CHANGE;
        }
    }
    return text_read_line(buf, cap) ? TEXT_INPUT_LINE : TEXT_INPUT_EOF;
}

Scenario *text_watch_load(Cli *cli, const char *spec)
{
    char message[4096];
    Scenario *sc = reload_load(spec, cli->meldcode, message, sizeof message);
    if (!sc) {
        printf("\n%s\n", cli_str(cli, "text.watch.error"));
        for (char *line = strtok(message, "\n"); line; line = strtok(NULL, "\n"))
            printf("  %s\n", line);
    }
    return sc;
}

TextInput text_watch_idle(Cli *cli, Watch *w)
{
    char buf[64];
    for (;;) {
        printf("\n%s\n", cli_str(cli, "text.watch.waiting"));
        fflush(stdout);
        TextInput in = text_watch_read(w, buf, sizeof buf);
        if (in != TEXT_INPUT_LINE)
            return in;
        if (strcmp(buf, "q") == 0 || strcmp(buf, "Q") == 0)
            return TEXT_INPUT_LINE;
    }
}
