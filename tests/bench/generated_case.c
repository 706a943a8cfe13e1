/*
 * generated_case.c: a valid case of any size, built straight into the scenario model for
 * scripts/bench (the loader refuses packs of more than 20,000 scenes, so a case of a million
 * scenes cannot come from a Lua file). Every second scene is a narration scene, as in the
 * shipped cases. At each decision the learner goes on noting signals (2 points) or, once,
 * consults the care coordinator (3 points; a variable remembers it and the option is gone);
 * in the first twenty decisions a half-hearted option scores 1, and every tenth decision
 * offers waiting, a critical mistake that ends the case. The last decision reports to
 * Veilig Thuis, with the consultation first when it was skipped. The number of paths grows with the square of the
 * size, the states linearly: the checker's cost should follow the states.
 */
#include "generated_case.h"

#include <stdio.h>
#include <stdlib.h>

#include "arena.h"

static MsText text(Arena *a, const char *nl, const char *en)
{
    MsText t = {0};
    t.s[MS_LANG_NL] = arena_strdup(a, nl);
    t.s[MS_LANG_EN] = arena_strdup(a, en);
    return t;
}

static const int *actors(Arena *a, const Meldcode *mc, const char *first, const char *second,
                         size_t *count)
{
    int *v = arena_alloc(a, 2 * sizeof *v);
    if (!v)
        return NULL;
    v[0] = meldcode_actor_find(mc, first);
    *count = 1;
    if (second)
        v[(*count)++] = meldcode_actor_find(mc, second);
    return v;
}

static ScenarioTarget scene_target(size_t index)
{
    return (ScenarioTarget){SCENARIO_TARGET_SCENE, (int)index};
}

static ScenarioTarget ending_target(int index)
{
    return (ScenarioTarget){SCENARIO_TARGET_ENDING, index};
}

Scenario *generated_case_build(size_t scene_count, const Meldcode *mc)
{
    if (scene_count < 4)
        scene_count = 4;
    scene_count |= 1; /* decisions on even indices, the last scene a decision */
    Scenario *sc = calloc(1, sizeof *sc);
    Arena *a = arena_create();
    if (!sc || !a)
        goto fail;
    sc->arena = a;
    sc->meldcode = mc;
    sc->id = "generated";
    sc->source = "generated";
    sc->title = text(a, "Gegenereerde casus", "Generated case");
    sc->language = MS_LANG_NL;
    sc->languages[MS_LANG_NL] = sc->languages[MS_LANG_EN] = true;
    sc->audience = text(a, "Benchmark", "Benchmark");
    sc->summary = text(a, "Een casus voor de meting", "A case for the benchmark");
    sc->minutes = 60;
    sc->version = "1";
    sc->pass_mark = 0.7;

    ScenarioVar *var = arena_alloc(a, sizeof *var);
    ScenarioCondition *not_yet = arena_alloc(a, sizeof *not_yet);
    ScenarioCondition *done = arena_alloc(a, sizeof *done);
    ScenarioEffect *remember = arena_alloc(a, sizeof *remember);
    ScenarioEnding *endings = arena_alloc(a, 2 * sizeof *endings);
    ScenarioScene *scenes = arena_alloc(a, scene_count * sizeof *scenes);
    if (!var || !not_yet || !done || !remember || !endings || !scenes)
        goto fail;
    *var = (ScenarioVar){"overleg", SCENARIO_VAR_BOOL, 0};
    *not_yet = (ScenarioCondition){0, SCENARIO_COND_EQ, 0};
    *done = (ScenarioCondition){0, SCENARIO_COND_EQ, 1};
    *remember = (ScenarioEffect){0, SCENARIO_EFFECT_SET, 1};
    sc->vars = var;
    sc->var_count = 1;

    int *route3 = arena_alloc(a, 3 * sizeof *route3);
    if (!route3)
        goto fail;
    route3[0] = meldcode_actor_find(mc, "school");
    route3[1] = meldcode_actor_find(mc, "zorgteam");
    route3[2] = meldcode_actor_find(mc, "veilig_thuis");
    for (int i = 0; i < 2; i++) {
        endings[i].id = i ? "te_laat" : "gemeld";
        endings[i].title = i ? text(a, "Te lang gewacht", "Waited too long")
                             : text(a, "Gemeld", "Reported");
        endings[i].text = text(a, "Het einde.", "The end.");
        endings[i].debrief = text(a, "Zo liep het.", "This is how it went.");
        endings[i].outcome = meldcode_outcome_find(mc, "melden_structureel");
        endings[i].route = route3;
        endings[i].route_count = 3;
    }
    sc->endings = endings;
    sc->ending_count = 2;

    MsText scene_text = text(a, "Wat doe je nu?", "What do you do now?");
    MsText story = text(a, "De dag gaat verder.", "The day goes on.");
    MsText feedback = text(a, "Daarom.", "Because.");
    MsText report = text(a, "Melden bij Veilig Thuis", "Report to Veilig Thuis");
    MsText consult_report = text(a, "Eerst overleggen, dan melden", "Consult, then report");
    MsText note = text(a, "Signalen noteren", "Note the signals");
    MsText consult = text(a, "Overleggen met de zorgcoördinator", "Consult the care coordinator");
    MsText half = text(a, "Er half naar kijken", "Half look into it");
    MsText wait = text(a, "Afwachten", "Wait");
    ScenarioCritical waiting = {"wachten_tweede_signaal",
                                meldcode_mistake_find(mc, "wachten_tweede_signaal"),
                                text(a, "Wachten laat het kind alleen.",
                                     "Waiting leaves the child alone.")};
    size_t zorgteam_n = 0, vt_n = 0, both_n = 0;
    const int *zorgteam = actors(a, mc, "zorgteam", NULL, &zorgteam_n);
    const int *vt = actors(a, mc, "veilig_thuis", NULL, &vt_n);
    const int *both = actors(a, mc, "zorgteam", "veilig_thuis", &both_n);
    if (!zorgteam || !vt || !both)
        goto fail;
    char id[32];
    for (size_t i = 0; i < scene_count; i++) {
        ScenarioScene *s = &scenes[i];
        snprintf(id, sizeof id, "s%zu", i);
        s->id = arena_strdup(a, id);
        s->step = (MsStep)(i * MS_STEP_COUNT / scene_count);
        s->speaker = -1;
        if (!s->id)
            goto fail;
        if (i % 2 == 1) {
            s->text = story;
            s->has_next = true;
            s->next = scene_target(i + 1);
            continue;
        }
        s->text = scene_text;
        size_t decision = i / 2;
        ScenarioChoice *c = arena_alloc(a, 4 * sizeof *c);
        if (!c)
            goto fail;
        size_t n = 0;
        if (i + 1 == scene_count) {
            c[n++] = (ScenarioChoice){.text = report,
                                      .next = ending_target(0), .points = 2,
                                      .feedback = feedback, .mistake = -1, .actors = vt,
                                      .actor_count = vt_n, .conditions = done,
                                      .condition_count = 1};
            c[n++] = (ScenarioChoice){.text = consult_report,
                                      .next = ending_target(0), .points = 2,
                                      .feedback = feedback, .mistake = -1, .actors = both,
                                      .actor_count = both_n, .conditions = not_yet,
                                      .condition_count = 1};
        } else {
            ScenarioTarget next = scene_target(i + 1);
            c[n++] = (ScenarioChoice){.text = note,
                                      .next = next, .points = 2, .feedback = feedback,
                                      .mistake = -1};
            c[n++] = (ScenarioChoice){.text = consult, .next = next,
                                      .points = 3, .feedback = feedback, .mistake = -1,
                                      .actors = zorgteam, .actor_count = zorgteam_n,
                                      .conditions = not_yet, .condition_count = 1,
                                      .effects = remember, .effect_count = 1};
            if (decision < 20)
                c[n++] = (ScenarioChoice){.text = half,
                                          .next = next, .points = 1, .feedback = feedback,
                                          .mistake = -1};
            if (decision % 10 == 9)
                c[n++] = (ScenarioChoice){.text = wait,
                                          .next = ending_target(1), .points = 0,
                                          .feedback = feedback, .mistake = -1,
                                          .critical = waiting};
        }
        for (size_t k = 0; k < n; k++)
            if (!c[k].critical.id)
                c[k].critical.type = -1;
        s->choices = c;
        s->choice_count = n;
    }
    sc->scenes = scenes;
    sc->scene_count = scene_count;
    sc->start = 0;
    return sc;
fail:
    arena_free(a);
    free(sc);
    return NULL;
}
