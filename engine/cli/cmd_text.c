/*
 * cmd_text.c: `meldsim text`: the case in a terminal, one scene at a time.
 * Works the same with piped input (tests, screen readers): it reads one line
 * per decision; narration scenes wait for Enter only on a terminal. Play goes
 * through an Attempt, so the mode's rules and the records are the window's.
 * With --watch (authors) the case is reloaded when its pack changes and the
 * choices made so far are played again on it (text_watch.c, reload.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attempt.h"
#include "cli_records.h"
#include "commands.h"
#include "library.h"
#include "reload.h"
#include "score.h"
#include "text_debrief.h"
#include "text_play.h"
#include "text_watch.h"
#include "text_wrap.h"

#define TEXT_WIDTH 76

enum { ASK_EOF = -1, ASK_QUIT = -2, ASK_BACK = -3, ASK_RELOAD = -4 };

typedef struct TextPlayer {
    Cli *cli;
    const Scenario *sc;
    Attempt *attempt;
    const char *learner; /* NULL when nothing is recorded */
    bool interactive;
    int shown_step; /* the step whose heading was printed last */
    Watch *watch;   /* --watch: the pack's watcher, else NULL */
    bool reload;    /* out of play(): the pack changed, reload it */
} TextPlayer;

static const char *tr(const TextPlayer *p, const MsText *t)
{
    return ms_text_get(t, p->cli->lang, p->sc->language);
}

bool text_read_line(char *buf, size_t cap)
{
    if (!fgets(buf, (int)cap, stdin))
        return false;
    size_t len = strlen(buf);
    if (len && buf[len - 1] != '\n' && !feof(stdin)) { /* overlong line: drop the rest */
        int c;
        while ((c = getchar()) != EOF && c != '\n')
            ;
    }
    buf[strcspn(buf, "\r\n")] = '\0';
    return true;
}

static void print_intro(const TextPlayer *p)
{
    const Scenario *sc = p->sc;
    char line[512], pct[16], minutes[16];
    printf("==== %s ====\n", tr(p, &sc->title));
    if (!sc->languages[p->cli->lang]) /* the case falls back to the language it was written in */
        printf("(%s)\n", cli_str(p->cli, sc->language == MS_LANG_NL ? "text.case_only_nl"
                                                                    : "text.case_only_en"));
    text_wrap_print(stdout, tr(p, &sc->summary), TEXT_WIDTH, "");
    snprintf(minutes, sizeof minutes, "%d", sc->minutes);
    snprintf(pct, sizeof pct, "%.0f%%", sc->pass_mark * 100);
    printf("%s: %s\n", cli_str(p->cli, "text.audience"), tr(p, &sc->audience));
    printf("%s\n", strings_fill(cli_str(p->cli, "text.intro.minutes"), minutes, pct, NULL, line,
                                sizeof line));
    Mode mode = attempt_mode(p->attempt);
    const char *key = mode == MODE_TOETS ? "text.mode.toets" : "text.mode.oefenen";
    strings_fill(cli_str(p->cli, key), pct, NULL, NULL, line, sizeof line);
    text_wrap_print(stdout, line, TEXT_WIDTH, "");
    text_wrap_print(stdout,
                    cli_str(p->cli, attempt_rules(p->attempt)->may_go_back ? "text.intro.how_back"
                                                                           : "text.intro.how"),
                    TEXT_WIDTH, "");
    if (p->learner) {
        strings_fill(cli_str(p->cli, "text.recorded"), p->learner, NULL, NULL, line, sizeof line);
        text_wrap_print(stdout, line, TEXT_WIDTH, "");
    }
}

static void print_scene(TextPlayer *p, const ScenarioScene *scene)
{
    const Meldcode *mc = p->sc->meldcode;
    if ((int)scene->step != p->shown_step) {
        char n[8];
        snprintf(n, sizeof n, "%d", scene->step + 1);
        char line[256];
        strings_fill(cli_str(p->cli, "text.step_heading"), n,
                     tr(p, &meldcode_step(mc, scene->step)->name), NULL, line, sizeof line);
        printf("\n---- %s ----\n", line);
        p->shown_step = (int)scene->step;
    }
    putchar('\n');
    if (scene->speaker >= 0) {
        const ScenarioCharacter *c = &p->sc->characters[scene->speaker];
        if (ms_text_empty(&c->role))
            printf("%s:\n", tr(p, &c->name));
        else
            printf("%s (%s):\n", tr(p, &c->name), tr(p, &c->role));
    }
    text_wrap_print(stdout, tr(p, &scene->text), TEXT_WIDTH, "");
}

static void print_feedback(const TextPlayer *p, const ScenarioChoice *ch, const SessionStep *h)
{
    char line[128], pts[16], best[16];
    snprintf(pts, sizeof pts, "%d", h->points);
    snprintf(best, sizeof best, "%d", h->best_points);
    const char *verdict = h->points >= h->best_points ? "text.feedback.best"
                          : h->points > 0             ? "text.feedback.partial"
                                                      : "text.feedback.wrong";
    putchar('\n');
    if (h->decision)
        printf("  %s %s\n", cli_str(p->cli, verdict),
               strings_fill(cli_str(p->cli, "text.feedback.points"), pts, best, NULL, line,
                            sizeof line));
    text_wrap_print(stdout, tr(p, &ch->feedback), TEXT_WIDTH - 2, "  ");
    if (ch->critical.id) {
        const Meldcode *mc = p->sc->meldcode;
        const char *name = ch->critical.type >= 0
                               ? tr(p, &meldcode_mistake(mc, (size_t)ch->critical.type)->name)
                               : ch->critical.id;
        printf("  %s: %s\n", cli_str(p->cli, "text.feedback.critical"), name);
        text_wrap_print(stdout, tr(p, &ch->critical.explanation), TEXT_WIDTH - 4, "    ");
    }
}

static void say(const TextPlayer *p, const char *key)
{
    printf("%s\n", cli_str(p->cli, key));
}

/* Asks for an option until a valid one comes; returns it, or ASK_EOF, ASK_QUIT or ASK_BACK. */
static int ask(const TextPlayer *p, size_t count)
{
    char buf[256], hint[256], max[8];
    bool back = attempt_rules(p->attempt)->may_go_back;
    snprintf(max, sizeof max, "%zu", count);
    strings_fill(cli_str(p->cli, back ? "text.prompt_back" : "text.prompt"), max, NULL, NULL, hint,
                 sizeof hint);
    for (;;) {
        printf("\n%s ", hint);
        fflush(stdout);
        TextInput in = text_watch_read(p->watch, buf, sizeof buf);
        if (in != TEXT_INPUT_LINE)
            return in == TEXT_INPUT_CHANGE ? ASK_RELOAD : ASK_EOF;
        char *s = buf;
        while (*s == ' ')
            s++;
        if (strcmp(s, "q") == 0 || strcmp(s, "Q") == 0)
            return ASK_QUIT;
        if (strcmp(s, "t") == 0 || strcmp(s, "T") == 0) {
            AttemptBack allowed = attempt_back_allowed(p->attempt);
            if (allowed == ATTEMPT_BACK_OK)
                return ASK_BACK;
            say(p, allowed == ATTEMPT_BACK_MODE   ? "text.back.mode"
                   : allowed == ATTEMPT_BACK_USED ? "text.back.used"
                                                  : "text.back.none");
            continue;
        }
        char *end;
        long n = strtol(s, &end, 10);
        while (*end == ' ')
            end++;
        if (end != s && !*end && n >= 1 && (size_t)n <= count)
            return (int)n - 1;
        char msg[256];
        strings_fill(cli_str(p->cli, "text.bad_input"), s, max, NULL, msg, sizeof msg);
        printf("%s\n", msg);
    }
}

static int stop(const TextPlayer *p, int pick)
{
    printf("\n%s\n", cli_str(p->cli, pick == ASK_QUIT ? "text.quit" : "text.eof"));
    if (p->learner)
        say(p, "text.quit.kept");
    return pick == ASK_QUIT ? CLI_EXIT_OK : CLI_EXIT_UNFINISHED;
}

static int save_failed(const TextPlayer *p, const MsError *err)
{
    char msg[MS_ERROR_MESSAGE_MAX + MS_ERROR_FILE_MAX + 32], line[2048];
    ms_error_format(err, msg, sizeof msg);
    strings_fill(cli_str(p->cli, "text.save_failed"), msg, NULL, NULL, line, sizeof line);
    fflush(stdout);
    fprintf(stderr, "meldsim: %s\n", line);
    return cli_exit_code(err->code);
}

static int reload_now(TextPlayer *p)
{
    p->reload = true;
    return CLI_EXIT_OK;
}

static int play(TextPlayer *p)
{
    const Session *session = attempt_session(p->attempt);
    MsError err;
    while (!session_ended(session)) {
        const ScenarioScene *scene = &p->sc->scenes[session_scene(session)];
        print_scene(p, scene);
        if (scene->has_next) {
            if (p->interactive) {
                printf("\n%s ", cli_str(p->cli, "text.continue"));
                fflush(stdout);
                char buf[64];
                TextInput in = text_watch_read(p->watch, buf, sizeof buf);
                if (in == TEXT_INPUT_CHANGE)
                    return reload_now(p);
                if (in == TEXT_INPUT_EOF)
                    return stop(p, ASK_EOF);
            }
            if (attempt_choose(p->attempt, 0, &err) != MS_OK)
                return save_failed(p, &err);
            session = attempt_session(p->attempt);
            continue;
        }
        int options[SESSION_MAX_CHOICES];
        size_t n = session_options(session, options);
        putchar('\n');
        for (size_t i = 0; i < n; i++) {
            char num[16];
            snprintf(num, sizeof num, "  %zu. ", i + 1);
            text_wrap_print_hanging(stdout, tr(p, &scene->choices[options[i]].text), TEXT_WIDTH,
                                    num);
        }
        int pick = ask(p, n);
        if (pick == ASK_RELOAD)
            return reload_now(p);
        if (pick == ASK_EOF || pick == ASK_QUIT)
            return stop(p, pick);
        if (pick == ASK_BACK) {
            if (attempt_back(p->attempt, &err) != MS_OK)
                return save_failed(p, &err);
            session = attempt_session(p->attempt);
            printf("\n%s\n", cli_str(p->cli, "text.back.done"));
            p->shown_step = -1;
            continue;
        }
        if (attempt_choose(p->attempt, (size_t)pick, &err) != MS_OK)
            return save_failed(p, &err);
        session = attempt_session(p->attempt);
        const SessionStep *h = session_history(session, session_history_count(session) - 1);
        if (attempt_rules(p->attempt)->feedback_each_choice)
            print_feedback(p, &scene->choices[h->choice], h);
    }
    text_debrief_print(stdout, p->cli, session, TEXT_WIDTH);
    if (p->watch) {
        TextInput in = text_watch_idle(p->cli, p->watch);
        if (in == TEXT_INPUT_CHANGE)
            return reload_now(p);
        if (in == TEXT_INPUT_EOF)
            return stop(p, ASK_EOF);
    }
    return CLI_EXIT_OK;
}

/* After a reload: says so, and where the earlier choices stopped fitting the case. */
static void say_reloaded(const TextPlayer *p, const ReloadPath *kept, size_t taken)
{
    if (taken == kept->count) {
        printf("\n%s\n", cli_str(p->cli, "text.watch.reloaded"));
        return;
    }
    char done[16], all[16], line[512];
    snprintf(done, sizeof done, "%zu", taken);
    snprintf(all, sizeof all, "%zu", kept->count);
    strings_fill(cli_str(p->cli, "text.watch.partial"), done, all, kept->steps[taken].scene, line,
                 sizeof line);
    putchar('\n');
    text_wrap_print(stdout, line, TEXT_WIDTH, "");
}

/* --watch: plays the case, and on every change of its pack reloads it, checks it and plays the
 * choices so far again; a case that does not load or check waits for the next change. */
static int play_watched(Cli *cli, const char *spec, Mode mode)
{
    char path[4096];
    MsError err;
    ms_error_clear(&err);
    Watch *w = NULL;
    if (library_find_path(spec, path, sizeof path, &err) != MS_OK ||
        watch_open(path, &w, &err) != MS_OK)
        return cli_fail(&err);
    setvbuf(stdin, NULL, _IONBF, 0); /* see text_watch.c */
    ReloadPath kept = {NULL, 0};
    bool first = true;
    int rc = CLI_EXIT_OK;
    for (;;) {
        Scenario *sc = text_watch_load(cli, spec);
        if (!sc) {
            TextInput in = text_watch_idle(cli, w);
            if (in == TEXT_INPUT_CHANGE)
                continue;
            if (in == TEXT_INPUT_EOF)
                printf("\n%s\n", cli_str(cli, "text.eof"));
            rc = in == TEXT_INPUT_EOF ? CLI_EXIT_UNFINISHED : CLI_EXIT_OK;
            break;
        }
        TextPlayer p = {cli, sc, NULL, NULL, isatty(STDIN_FILENO) != 0, -1, w, false};
        AttemptSetup setup = {NULL, 0, mode, cli->lang};
        if (attempt_begin(sc, &setup, &p.attempt, &err) != MS_OK) {
            rc = cli_fail(&err);
            scenario_free(sc);
            break;
        }
        if (first)
            print_intro(&p);
        size_t taken = reload_path_replay(p.attempt, &kept, &err);
        if (!first)
            say_reloaded(&p, &kept, taken);
        first = false;
        reload_path_free(&kept);
        rc = play(&p);
        if (p.reload && reload_path_save(attempt_session(p.attempt), &kept, &err) != MS_OK) {
            rc = cli_fail(&err);
            p.reload = false;
        }
        attempt_free(p.attempt);
        scenario_free(sc);
        if (!p.reload)
            break;
    }
    fflush(stdout);
    reload_path_free(&kept);
    watch_close(w);
    return rc;
}

int cmd_text(Cli *cli, int argc, char **argv)
{
    const char *spec = NULL, *learner = NULL;
    Mode mode = MODE_OEFENEN;
    bool mode_given = false, watch = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else if (strcmp(argv[i], "--learner") == 0 && i + 1 < argc) {
            learner = argv[++i];
        } else if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            int rc = cli_records_mode(argv[++i], &mode);
            if (rc != CLI_EXIT_OK)
                return rc;
            mode_given = true;
        } else if (strcmp(argv[i], "--watch") == 0) {
            watch = true;
        } else if (argv[i][0] == '-' || spec) {
            return cli_usage("text takes one SCENARIO, --learner NAME, --mode oefenen|toets, "
                             "--lang nl|en and --watch (got '%s')",
                             argv[i]);
        } else {
            spec = argv[i];
        }
    }
    if (!spec)
        return cli_usage("text needs a SCENARIO (see 'meldsim list')");
    if (watch && learner)
        return cli_usage("--watch is for authors trying a case: nothing is recorded, so it does "
                         "not take --learner");
    if (watch)
        return play_watched(cli, spec, mode);
    MsError err;
    ms_error_clear(&err);
    Scenario *sc = NULL;
    if (library_load(spec, cli->meldcode, &sc, &err) != MS_OK)
        return cli_fail(&err);
    TextPlayer p = {cli, sc, NULL, learner, isatty(STDIN_FILENO) != 0, -1, NULL, false};
    Records *records = NULL;
    TextStart start = {cli, sc, learner, mode, mode_given, false};
    int rc = text_play_start(&start, &records, &p.attempt);
    if (rc == CLI_EXIT_OK) {
        print_intro(&p);
        if (start.resumed)
            text_play_resumed(&start, p.attempt);
        rc = play(&p);
    }
    fflush(stdout);
    attempt_free(p.attempt);
    records_close(records);
    scenario_free(sc);
    return rc;
}
