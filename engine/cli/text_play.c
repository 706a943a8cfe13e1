/*
 * text_play.c: the records side of `meldsim text`. The resume question takes
 * j/ja/y/yes or n/nee/no; a refused resume leaves the old attempt in the
 * records, marked abandoned, and starts a new one.
 */
#include "text_play.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cli_records.h"

static bool word_in(const char *s, const char *const *words)
{
    for (; *words; words++)
        if (strcasecmp(s, *words) == 0)
            return true;
    return false;
}

/* 1 yes, 0 no, -1 end of input. */
static int ask_resume(const TextStart *st, const RecordsAttempt *open)
{
    static const char *const yes[] = {"j", "ja", "y", "yes", NULL};
    static const char *const no[] = {"n", "nee", "no", NULL};
    char when[64], count[16], line[512], buf[64];
    wallclock_local_text(open->started_at, when, sizeof when);
    snprintf(count, sizeof count, "%d", open->answered);
    strings_fill(cli_str(st->cli, "text.resume.ask"), when,
                 cli_records_mode_name(st->cli, open->mode), count, line, sizeof line);
    for (;;) {
        printf("%s ", line);
        fflush(stdout);
        if (!text_read_line(buf, sizeof buf))
            return -1;
        char *s = buf;
        while (isspace((unsigned char)*s))
            s++;
        size_t n = strlen(s);
        while (n && isspace((unsigned char)s[n - 1]))
            s[--n] = '\0';
        if (word_in(s, yes))
            return 1;
        if (word_in(s, no))
            return 0;
        printf("%s\n", cli_str(st->cli, "text.resume.bad"));
    }
}

static int begin(TextStart *st, Records *records, int64_t learner, Attempt **attempt)
{
    MsError err;
    AttemptSetup setup = {records, learner, st->mode, st->cli->lang};
    if (attempt_begin(st->sc, &setup, attempt, &err) != MS_OK)
        return cli_fail(&err);
    return CLI_EXIT_OK;
}

int text_play_start(TextStart *st, Records **records, Attempt **attempt)
{
    *records = NULL;
    *attempt = NULL;
    st->resumed = false;
    if (!st->learner)
        return begin(st, NULL, 0, attempt);
    MsError err;
    ms_error_clear(&err);
    RecordsLearner learner;
    int rc = cli_records_open(st->cli, records);
    if (rc != CLI_EXIT_OK)
        return rc;
    if (records_learner_ensure(*records, st->learner, &learner, &err) != MS_OK)
        return err.code == MS_ERR_INVALID ? cli_usage("--learner: %s", err.message)
                                          : cli_fail(&err);
    RecordsAttempt open;
    MsStatus s = records_attempt_find_open(*records, learner.id, st->sc->id, &open, &err);
    if (s == MS_ERR_NOT_FOUND)
        return begin(st, *records, learner.id, attempt);
    if (s != MS_OK)
        return cli_fail(&err);
    if (records_attempt_in_use(*records, open.id)) { /* another player has it: both are kept */
        printf("%s\n", cli_str(st->cli, "text.resume.in_use"));
        return begin(st, *records, learner.id, attempt);
    }
    int answer = ask_resume(st, &open);
    if (answer < 0) {
        printf("\n%s\n", cli_str(st->cli, "text.eof"));
        return CLI_EXIT_UNFINISHED;
    }
    if (answer == 1) {
        s = attempt_resume(st->sc, *records, open.id, attempt, &err);
        if (s == MS_OK) {
            st->resumed = true;
            if (st->mode_given && st->mode != attempt_mode(*attempt)) {
                char line[256];
                strings_fill(cli_str(st->cli, "text.resume.mode_kept"),
                             cli_records_mode_name(st->cli, attempt_mode(*attempt)), NULL, NULL,
                             line, sizeof line);
                printf("%s\n", line);
            }
            return CLI_EXIT_OK;
        }
        if (s != MS_ERR_INVALID)
            return cli_fail(&err);
        char line[MS_ERROR_MESSAGE_MAX + 256];
        strings_fill(cli_str(st->cli, "text.resume.changed"), err.message, NULL, NULL, line,
                     sizeof line);
        printf("%s\n", line);
    }
    if (records_attempt_abandon(*records, open.id, &err) != MS_OK)
        return cli_fail(&err);
    return begin(st, *records, learner.id, attempt);
}

void text_play_resumed(const TextStart *st, const Attempt *attempt)
{
    char count[16], line[256];
    snprintf(count, sizeof count, "%d", attempt_answered(attempt));
    strings_fill(cli_str(st->cli, "text.resume.continue"), count, NULL, NULL, line, sizeof line);
    printf("\n%s\n", line);
}
