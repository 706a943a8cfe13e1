/*
 * ui_options.c: option parsing for play and shot, with the CLI's usage errors.
 */
#include "ui_options.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "records.h"
#include "ui_metrics.h"
#include "ui_settings.h"

int ui_options_font_pct(const char *text)
{
    char *end = NULL;
    double v = strtod(text, &end);
    if (end == text || (*end != '\0' && strcmp(end, "%") != 0)) {
        return -1;
    }
    if (v > 0 && v <= 2.0 && *end == '\0') {
        v *= 100.0;
    }
    int pct = (int)(v + 0.5);
    return pct >= UI_FONT_PCT_MIN && pct <= UI_FONT_PCT_MAX ? pct : -1;
}

static bool parse_size(const char *text, int *w, int *h)
{
    char *end = NULL;
    long a = strtol(text, &end, 10);
    if (end == text || (*end != 'x' && *end != 'X')) {
        return false;
    }
    const char *rest = end + 1;
    long b = strtol(rest, &end, 10);
    if (end == rest || *end != '\0' || a < 320 || b < 240 || a > 7680 || b > 4320) {
        return false;
    }
    *w = (int)a;
    *h = (int)b;
    return true;
}

int ui_options_parse(const char *command, int argc, char **argv, UiOptions *o)
{
    memset(o, 0, sizeof *o);
    o->contrast = -1;
    o->speech = -1;
    o->typeface = -1;
    bool speak = strcmp(command, "speak") == 0;
    bool shot = strcmp(command, "shot") == 0;
    bool scripted = shot || speak; /* played by choices or a strategy, no window */
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--watch") == 0 && strcmp(command, "play") == 0) {
            o->watch = true;
            continue;
        }
        bool takes = a[0] == '-' && a[1] == '-' && strcmp(a, "--help") != 0;
        if (takes && v == NULL) {
            return cli_usage("%s: option %s needs a value", command, a);
        }
        if (strcmp(a, "--lang") == 0) {
            if (!cli_parse_lang(v, &o->lang)) {
                return cli_usage("%s: --lang must be nl or en, not '%s'", command, v);
            }
            o->lang_set = true;
        } else if (strcmp(a, "--size") == 0) {
            if (!parse_size(v, &o->w, &o->h)) {
                return cli_usage("%s: --size must look like 1280x720, not '%s'", command, v);
            }
        } else if (strcmp(a, "--font-scale") == 0) {
            o->font_pct = ui_options_font_pct(v);
            if (o->font_pct < 0) {
                return cli_usage("%s: --font-scale must be 100 to 200 (percent), not '%s'", command, v);
            }
        } else if (strcmp(a, "--contrast") == 0) {
            if (strcmp(v, "high") != 0 && strcmp(v, "normal") != 0) {
                return cli_usage("%s: --contrast must be high or normal, not '%s'", command, v);
            }
            o->contrast = strcmp(v, "high") == 0;
        } else if (strcmp(a, "--speech") == 0 && !scripted) {
            if (strcmp(v, "on") != 0 && strcmp(v, "off") != 0) {
                return cli_usage("%s: --speech must be on or off, not '%s'", command, v);
            }
            o->speech = strcmp(v, "on") == 0;
        } else if (strcmp(a, "--font") == 0) {
            if (strcmp(v, "lato") != 0 && strcmp(v, "opendyslexic") != 0) {
                return cli_usage("%s: --font must be lato or opendyslexic, not '%s'", command, v);
            }
            o->typeface = strcmp(v, "opendyslexic") == 0 ? UI_TYPEFACE_DYSLEXIC : UI_TYPEFACE_LATO;
        } else if (strcmp(a, "--frames") == 0 && !scripted) {
            char *end = NULL;
            long n = strtol(v, &end, 10);
            if (end == v || *end != '\0' || n < 1 || n > 1000000) {
                return cli_usage("%s: --frames must be a positive number, not '%s'", command, v);
            }
            o->frames = (int)n;
        } else if (strcmp(a, "--choices") == 0 && scripted) {
            o->choices = v;
        } else if (strcmp(a, "--strategy") == 0 && scripted) {
            if (strcmp(v, "best") != 0 && strcmp(v, "worst") != 0) {
                return cli_usage("%s: --strategy must be best or worst, not '%s'", command, v);
            }
            o->strategy = v;
        } else if (strcmp(a, "--screen") == 0 && shot) {
            if (strcmp(v, "menu") != 0 && strcmp(v, "play") != 0 && strcmp(v, "feedback") != 0 &&
                strcmp(v, "debrief") != 0 && strcmp(v, "settings") != 0 && strcmp(v, "pause") != 0 &&
                strcmp(v, "mode") != 0 && strcmp(v, "learner") != 0 && strcmp(v, "vote") != 0 &&
                strcmp(v, "present") != 0) {
                return cli_usage("%s: --screen must be menu, play, feedback, debrief, settings, pause, mode, "
                                 "learner, vote (groep) or present (voorlichting), not '%s'",
                                 command, v);
            }
            o->screen = v;
        } else if (strcmp(a, "--mode") == 0) {
            int mode = mode_parse(v);
            if (mode < 0) {
                return cli_usage("%s: --mode must be oefenen, toets, groep or voorlichting, not '%s'", command, v);
            }
            o->mode = (Mode)mode;
            o->mode_set = true;
        } else if (strcmp(a, "--page") == 0 && shot) {
            char *end = NULL;
            long n = strtol(v, &end, 10);
            if (end == v || *end != '\0' || n < 1 || n > 7) {
                return cli_usage("%s: --page must be 1 to 7 (voorlichting), not '%s'", command, v);
            }
            o->page = (int)n;
        } else if (strcmp(a, "--learner") == 0 && !scripted) {
            const char *why = NULL;
            if (!records_name_valid(v, &why)) {
                return cli_usage("%s: --learner: %s", command, why);
            }
            o->learner = v;
        } else if (strcmp(a, "--out") == 0 && scripted) {
            o->out = v;
        } else if (a[0] == '-') {
            return cli_usage("%s: unknown option '%s'", command, a);
        } else if (o->scenario == NULL && strcmp(command, "menu") != 0) {
            o->scenario = a;
            continue;
        } else {
            return cli_usage("%s: unexpected argument '%s'", command, a);
        }
        i++;
    }
    if (o->watch && o->learner != NULL) {
        return cli_usage("play: --watch is for authors trying a case: nothing is recorded, so it does not take "
                         "--learner");
    }
    if (shot && o->out == NULL) {
        return cli_usage("shot: --out FILE.png is required");
    }
    if (scripted && o->choices != NULL && o->strategy != NULL) {
        return cli_usage("%s: give --choices or --strategy, not both", command);
    }
    bool menu_shot = shot && o->screen != NULL && (strcmp(o->screen, "menu") == 0 || strcmp(o->screen, "settings") == 0 ||
                                              strcmp(o->screen, "learner") == 0);
    if ((shot && !menu_shot && o->scenario == NULL) ||
        ((strcmp(command, "play") == 0 || speak) && o->scenario == NULL)) {
        return cli_usage("%s: which case? give SCENARIO (see 'meldsim list')", command);
    }
    return 0;
}
