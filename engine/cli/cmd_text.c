/*
 * cmd_text.c: `meldsim text`: the case in a terminal, one scene at a time.
 * Works the same with piped input (tests, screen readers): it reads one line
 * per decision; narration scenes wait for Enter only on a terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "library.h"
#include "score.h"
#include "text_debrief.h"
#include "text_wrap.h"

#define TEXT_WIDTH 76

typedef struct TextPlayer {
    Cli *cli;
    const Scenario *sc;
    Session *session;
    bool interactive;
    int shown_step; /* the step whose heading was printed last */
} TextPlayer;

static const char *tr(const TextPlayer *p, const MsText *t)
{
    return ms_text_get(t, p->cli->lang, p->sc->language);
}

/* Reads one line; false at end of input. */
static bool read_line(char *buf, size_t cap)
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
    char line[256], pct[16], minutes[16];
    printf("==== %s ====\n", tr(p, &sc->title));
    text_wrap_print(stdout, tr(p, &sc->summary), TEXT_WIDTH, "");
    snprintf(minutes, sizeof minutes, "%d", sc->minutes);
    snprintf(pct, sizeof pct, "%.0f%%", sc->pass_mark * 100);
    printf("%s: %s\n", cli_str(p->cli, "text.audience"), tr(p, &sc->audience));
    printf("%s\n", strings_fill(cli_str(p->cli, "text.intro.minutes"), minutes, pct, NULL, line,
                                sizeof line));
    printf("%s\n", cli_str(p->cli, "text.intro.how"));
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

/* Asks for an option until a valid one comes; returns -1 at end of input, -2 to quit. */
static int ask(const TextPlayer *p, size_t count)
{
    char buf[256], hint[256], max[8];
    snprintf(max, sizeof max, "%zu", count);
    strings_fill(cli_str(p->cli, "text.prompt"), max, NULL, NULL, hint, sizeof hint);
    for (;;) {
        printf("\n%s ", hint);
        fflush(stdout);
        if (!read_line(buf, sizeof buf))
            return -1;
        char *s = buf;
        while (*s == ' ')
            s++;
        if (strcmp(s, "q") == 0 || strcmp(s, "Q") == 0)
            return -2;
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

static int play(TextPlayer *p)
{
    print_intro(p);
    while (!session_ended(p->session)) {
        const ScenarioScene *scene = &p->sc->scenes[session_scene(p->session)];
        print_scene(p, scene);
        if (scene->has_next) {
            if (p->interactive) {
                printf("\n%s ", cli_str(p->cli, "text.continue"));
                fflush(stdout);
                char buf[64];
                if (!read_line(buf, sizeof buf))
                    return CLI_EXIT_UNFINISHED;
            }
            session_choose(p->session, 0, NULL);
            continue;
        }
        int options[SESSION_MAX_CHOICES];
        size_t n = session_options(p->session, options);
        putchar('\n');
        for (size_t i = 0; i < n; i++) {
            char num[32];
            snprintf(num, sizeof num, "  %zu. ", i + 1);
            text_wrap_print_hanging(stdout, tr(p, &scene->choices[options[i]].text), TEXT_WIDTH,
                                    num);
        }
        int pick = ask(p, n);
        if (pick < 0) {
            printf("\n%s\n", cli_str(p->cli, pick == -2 ? "text.quit" : "text.eof"));
            return pick == -2 ? CLI_EXIT_OK : CLI_EXIT_UNFINISHED;
        }
        MsError err;
        if (session_choose(p->session, (size_t)pick, &err) != MS_OK)
            return cli_fail(&err);
        const SessionStep *h = session_history(p->session, session_history_count(p->session) - 1);
        print_feedback(p, &scene->choices[h->choice], h);
    }
    text_debrief_print(stdout, p->cli, p->session, TEXT_WIDTH);
    return CLI_EXIT_OK;
}

int cmd_text(Cli *cli, int argc, char **argv)
{
    const char *spec = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else if (argv[i][0] == '-' || spec) {
            return cli_usage("text takes one SCENARIO and --lang nl|en (got '%s')", argv[i]);
        } else {
            spec = argv[i];
        }
    }
    if (!spec)
        return cli_usage("text needs a SCENARIO (see 'meldsim list')");
    MsError err;
    ms_error_clear(&err);
    Scenario *sc = NULL;
    if (library_load(spec, cli->meldcode, &sc, &err) != MS_OK)
        return cli_fail(&err);
    TextPlayer p = {cli, sc, session_create(sc), isatty(STDIN_FILENO) != 0, -1};
    int rc = CLI_EXIT_INSTALL;
    if (p.session)
        rc = play(&p);
    fflush(stdout);
    session_free(p.session);
    scenario_free(sc);
    return rc;
}
