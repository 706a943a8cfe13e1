/*
 * cmd_list.c: `meldsim list`: the installed cases, one line each.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "library.h"

int cmd_list(Cli *cli, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!cli_parse_lang(argv[++i], &cli->lang))
                return cli_usage("--lang takes nl or en");
        } else {
            return cli_usage("list takes no argument but --lang (got '%s')", argv[i]);
        }
    }
    MsError err;
    ms_error_clear(&err);
    LibraryList list;
    if (library_list(&list, &err) != MS_OK)
        return cli_fail(&err);
    int rc = CLI_EXIT_OK;
    printf("%-24s %-6s %5s  %s\n", cli_str(cli, "cli.list.id"), cli_str(cli, "cli.list.lang"),
           cli_str(cli, "cli.list.minutes"), cli_str(cli, "cli.list.title"));
    for (size_t i = 0; i < list.count; i++) {
        Scenario *sc = NULL;
        if (library_load_pack(&list.packs[i], cli->meldcode, &sc, &err) != MS_OK) {
            cli_fail(&err);
            rc = CLI_EXIT_INVALID;
            continue;
        }
        char langs[8];
        snprintf(langs, sizeof langs, "%s%s%s", sc->languages[MS_LANG_NL] ? "nl" : "",
                 sc->languages[MS_LANG_NL] && sc->languages[MS_LANG_EN] ? "," : "",
                 sc->languages[MS_LANG_EN] ? "en" : "");
        printf("%-24s %-6s %5d  %s\n", sc->id, langs, sc->minutes,
               ms_text_get(&sc->title, cli->lang, sc->language));
        scenario_free(sc);
    }
    library_list_free(&list);
    return rc;
}
