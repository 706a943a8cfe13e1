/*
 * ui_say_screen.c: what the window says for each screen and for the focus.
 * A decision is said as the eye reads it: the step, who speaks, the scene,
 * the question, then each option with its number key. The feedback and the
 * debrief have their own reading order too (the verdict before the why, the
 * result before the details, both routes in words). Every other screen is
 * read from its view: the header, the content, the footer, buttons with the
 * key that presses them. Only the string tables and the case's texts are
 * said, in the language each comes in.
 */
#include "ui_widgets.h"

#include <stdio.h>
#include <string.h>

#include "debrief.h"

#define SAY_MAX 4096

static void say(UiApp *app, UiSayList *out, const char *text)
{
    ui_say_add(out, app->settings.lang, text);
}

static void say_text(UiApp *app, UiSayList *out, const MsText *t)
{
    ui_say_add(out, ui_app_text_lang(app, t), ui_app_text(app, t));
}

/* "{label}: {value}" in the app's language. */
static void say_pair(UiApp *app, UiSayList *out, const char *label, const char *value)
{
    char text[SAY_MAX];
    UiFormatArg args[] = {{"label", label}, {"value", value}};
    ui_format(text, sizeof text, ui_app_str(app, "ui.voice.label_value"), args, 2);
    say(app, out, text);
}

static void say_numbered(UiApp *app, UiSayList *out, const char *key, int n, const char *label)
{
    char num[16], text[SAY_MAX];
    snprintf(num, sizeof num, "%d", n);
    UiFormatArg args[] = {{"n", num}, {"label", label}};
    ui_format(text, sizeof text, ui_app_str(app, key), args, 2);
    say(app, out, text);
}

/* A button's words: its texts (not those inside badges and icons) joined. */
static void button_label(const UiView *v, size_t button_item, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = button_item + 1; i < ui_view_count(v) && len + 3 < cap; i++) {
        const UiItem *it = ui_view_item(v, i);
        if (it->parent != (int)button_item) {
            int p = it->parent;
            while (p >= 0 && p != (int)button_item) {
                p = ui_view_item(v, (size_t)p)->parent;
            }
            if (p < 0) {
                break; /* past the button's children */
            }
            continue; /* inside a badge or an icon */
        }
        if (it->kind == UI_ITEM_TEXT && it->text != NULL) {
            char clean[SAY_MAX];
            ui_say_clean(it->text, clean, sizeof clean);
            int n = snprintf(buf + len, cap - len, "%s%s", len > 0 ? ". " : "", clean);
            len = n > 0 && (size_t)n < cap - len ? len + (size_t)n : cap - 1;
        }
    }
}

/* One button as the focus or a list says it. */
static void say_button(UiApp *app, UiSayList *out, size_t button)
{
    const UiView *v = app->view;
    size_t item = (size_t)ui_view_button_item(v, button);
    const UiItem *it = ui_view_item(v, item);
    char label[SAY_MAX];
    button_label(v, item, label, sizeof label);
    if (it->number > 0) {
        say_numbered(app, out, it->button_style == UI_BUTTON_CHOICE ? "ui.voice.option" : "ui.voice.key", it->number,
                     label);
        return;
    }
    char text[SAY_MAX];
    UiFormatArg args[] = {{"label", label}};
    ui_format(text, sizeof text,
              ui_app_str(app, it->button_style == UI_BUTTON_OPTION && it->selected ? "ui.voice.selected"
                                                                                    : "ui.voice.button"),
              args, 1);
    say(app, out, text);
}

static bool inside_button_or_shape(const UiView *v, const UiItem *it)
{
    for (int p = it->parent; p >= 0; p = ui_view_item(v, (size_t)p)->parent) {
        UiItemKind k = ui_view_item(v, (size_t)p)->kind;
        if (k == UI_ITEM_BUTTON || k == UI_ITEM_SHAPE) {
            return true;
        }
    }
    return false;
}

static int button_of_item(const UiView *v, size_t item)
{
    for (size_t b = 0; b < ui_view_button_count(v); b++) {
        if ((size_t)ui_view_button_item(v, b) == item) {
            return (int)b;
        }
    }
    return -1;
}

/* Part of the view: 0 the header, 1 the content, 2 the footer. */
static int band(const UiView *v, const UiItem *it)
{
    SDL_Rect vp = ui_view_viewport(v);
    if (!it->fixed) {
        return 1;
    }
    return it->rect.y < vp.y ? 0 : it->rect.y >= vp.y + vp.h ? 2 : 1;
}

/* Any screen, from its view. The progress band's step names are left out: the step is said
 * where the screen says it in words. */
static void say_view(UiApp *app, UiSayList *out, bool with_header)
{
    const UiView *v = app->view;
    for (int part = with_header ? 0 : 1; part < 3; part++) {
        for (size_t i = 0; i < ui_view_count(v); i++) {
            const UiItem *it = ui_view_item(v, i);
            if (band(v, it) != part) {
                continue;
            }
            if (it->kind == UI_ITEM_BUTTON) {
                say_button(app, out, (size_t)button_of_item(v, i));
            } else if (it->kind == UI_ITEM_TEXT && it->text != NULL && !inside_button_or_shape(v, it)) {
                say(app, out, it->text);
            }
        }
    }
}

static void say_scene(UiApp *app, UiSayList *out, const ScenarioScene *scene)
{
    char line[512];
    say(app, out, ui_step_line(app, scene->step, line, sizeof line));
    if (scene->speaker >= 0 && (size_t)scene->speaker < app->scenario->character_count) {
        const ScenarioCharacter *ch = &app->scenario->characters[scene->speaker];
        say_text(app, out, &ch->name);
        say_text(app, out, &ch->role);
    }
    say_text(app, out, &scene->text);
}

static void say_decision(UiApp *app, UiSayList *out)
{
    int scene_index = session_scene(app->session);
    if (scene_index < 0) {
        return;
    }
    const ScenarioScene *scene = &app->scenario->scenes[scene_index];
    say_scene(app, out, scene);
    int opts[SESSION_MAX_CHOICES];
    size_t n = session_options(app->session, opts);
    if (n > 0) {
        say(app, out, ui_app_str(app, "ui.play.question"));
        for (size_t i = 0; i < n; i++) {
            const ScenarioChoice *c = &scene->choices[opts[i]];
            char num[16], text[SAY_MAX];
            snprintf(num, sizeof num, "%d", (int)i + 1);
            UiFormatArg args[] = {{"n", num}, {"label", ui_app_text(app, &c->text)}};
            ui_format(text, sizeof text, ui_app_str(app, "ui.voice.option"), args, 2);
            /* The option's words are the case's: said in the case's language when the app's is
             * missing, the number with them. */
            ui_say_add(out, ui_app_text_lang(app, &c->text), text);
        }
        char count[16], hint[512];
        snprintf(count, sizeof count, "%d", (int)n);
        UiFormatArg args[] = {{"n", count}};
        say(app, out, ui_format(hint, sizeof hint, ui_app_str(app, "ui.play.hint_keys"), args, 1));
    } else {
        say(app, out, ui_app_str(app, "ui.play.hint_next"));
    }
}

static void say_feedback(UiApp *app, UiSayList *out)
{
    size_t count = session_history_count(app->session);
    const SessionStep *step = count > 0 ? session_history(app->session, count - 1) : NULL;
    if (step == NULL || step->choice < 0) {
        return;
    }
    const ScenarioScene *scene = &app->scenario->scenes[step->scene];
    const ScenarioChoice *c = &scene->choices[step->choice];
    say(app, out, ui_app_str(app, ui_feedback_title_key(step, c)));
    say_text(app, out, &c->feedback);
    if (c->critical.id != NULL) {
        say(app, out, ui_app_str(app, "ui.feedback.critical_why"));
        const MsText *own = &c->critical.explanation;
        MsLang lang = !ms_text_empty(own)       ? ui_app_text_lang(app, own)
                      : c->critical.type >= 0 ? ui_app_text_lang(app, &meldcode_mistake(app->mc, (size_t)c->critical.type)->explanation)
                                              : app->settings.lang;
        ui_say_add(out, lang, ui_critical_text(app, &c->critical));
    }
    if (step->decision) {
        char text[512];
        say(app, out, ui_feedback_points(app, step, text, sizeof text));
    }
    say(app, out,
        ui_app_str(app, attempt_back_allowed(app->attempt) == ATTEMPT_BACK_OK ? "ui.play.hint_undo" : "ui.play.hint_next"));
}

static void say_routes(UiApp *app, UiSayList *out)
{
    const ScenarioEnding *ending = &app->scenario->endings[app->score.ending];
    say(app, out, ui_app_str(app, "ui.debrief.route"));
    for (int learner = 1; learner >= 0; learner--) {
        char names[SAY_MAX];
        ui_route_names(app, learner != 0, ui_app_str(app, "ui.voice.route_then"), names, sizeof names);
        say_pair(app, out, ui_app_str(app, learner ? "ui.debrief.route_yours" : "ui.debrief.route_correct"),
                 names[0] != '\0' ? names : ui_app_str(app, "ui.debrief.route_empty"));
    }
    say(app, out, ui_app_str(app, ui_route_verdict_key(&app->score, ending)));
}

static void say_debrief(UiApp *app, UiSayList *out)
{
    const ScoreResult *r = &app->score;
    if (r->ending < 0) {
        return;
    }
    const ScenarioEnding *ending = &app->scenario->endings[r->ending];
    say(app, out, ui_app_str(app, "ui.debrief.title"));
    say_text(app, out, &ending->title);
    say(app, out, ui_app_str(app, r->passed ? "ui.debrief.passed" : "ui.debrief.failed"));
    char total[SAY_MAX];
    say(app, out, ui_debrief_total(app, total, sizeof total));
    say(app, out, ui_app_str(app, "ui.debrief.steps"));
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        const ScoreStep *s = &r->steps[i];
        const char *name = ui_app_text(app, &meldcode_step(app->mc, (MsStep)i)->short_name);
        if (s->possible > 0 || s->decisions > 0) {
            char earned[16], possible[16], text[512];
            snprintf(earned, sizeof earned, "%d", s->earned);
            snprintf(possible, sizeof possible, "%d", s->possible);
            UiFormatArg args[] = {{"name", name}, {"earned", earned}, {"possible", possible}};
            say(app, out, ui_format(text, sizeof text, ui_app_str(app, "ui.voice.step_score"), args, 3));
        } else {
            say_pair(app, out, name, ui_app_str(app, "ui.debrief.not_scored"));
        }
    }
    say(app, out, ui_app_str(app, "ui.debrief.critical"));
    if (r->critical_count == 0) {
        say(app, out, ui_app_str(app, "ui.debrief.no_critical"));
    }
    for (size_t i = 0; i < r->critical_count; i++) {
        const ScenarioCritical *c = r->critical[i].critical;
        const MeldcodeMistake *type = c->type >= 0 ? meldcode_mistake(app->mc, (size_t)c->type) : NULL;
        if (type != NULL) {
            say_text(app, out, &type->name);
        }
        say_text(app, out, !ms_text_empty(&c->explanation) ? &c->explanation : &type->explanation);
    }
    say_routes(app, out);
    say(app, out, ui_app_str(app, "ui.debrief.ending"));
    say_text(app, out, &ending->text);
    say(app, out, ui_app_str(app, "ui.debrief.next"));
    say_text(app, out, &ending->debrief);
    if (!ms_text_empty(&ending->history)) {
        say(app, out, ui_app_str(app, "ui.debrief.history"));
        say_text(app, out, &ending->history);
    }
    say_text(app, out, &app->scenario->debrief);
    /* The way on: the footer's buttons with their keys. */
    for (size_t b = 0; b < ui_view_button_count(app->view); b++) {
        say_button(app, out, b);
    }
}

void ui_say_screen(UiApp *app, UiSayList *out)
{
    bool group = app->attempt != NULL && attempt_rules(app->attempt)->discussion_pause;
    switch (app->screen) {
    case UI_SCREEN_PLAY:
        if (group) {
            say_view(app, out, false); /* the scene, the pause or the vote counters, as shown */
        } else {
            say_decision(app, out);
        }
        break;
    case UI_SCREEN_FEEDBACK:
        say_feedback(app, out);
        break;
    case UI_SCREEN_DEBRIEF:
        say_debrief(app, out);
        break;
    case UI_SCREEN_PAUSE:
    case UI_SCREEN_PRESENT:
        say_view(app, out, false);
        break;
    default:
        say_view(app, out, true);
        break;
    }
}

void ui_say_focus(UiApp *app, UiSayList *out)
{
    if (app->focus >= 0 && (size_t)app->focus < ui_view_button_count(app->view)) {
        say_button(app, out, (size_t)app->focus);
    }
}
