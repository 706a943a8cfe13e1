/*
 * check_paths.c: every figure and proof of `meldsim check`, each a pass over
 * the state graph in (reverse) topological order:
 * - path counts per ending, pushed forward (a state's count is freed once
 *   passed on, so only the frontier is held);
 * - passing paths, by the integer margin B*earned - A*possible (pass mark
 *   A/B): a path passes when it has no critical mistake and its margin is at
 *   least 0. Each state keeps the margins of the paths reaching it, but only
 *   those the rest of the case can still decide: a margin too low to be
 *   saved is dropped, one that passes whatever follows is clamped;
 * - the lowest score (a ratio) by Dinkelbach's method: repeated shortest-path
 *   passes with integer weights D*earned - N*possible, exact in a few passes;
 * - proofs as longest-path passes, whose argmax gives the counterexample.
 */
#include "check_paths.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "state_graph.h"

#define NONE UINT32_MAX
#define NEG_INF INT64_MIN
/* Guards of the pass count, which keeps per state how many paths reach it with each score
 * margin: the margins held at once, over all states (memory), and the additions of counts it
 * makes, weighed by their size in 64-bit words (time: CheckOptions.pass_work plus so many per
 * state and edge, linear in the graph). Counting paths by score costs as much as there are distinct scores; a case of
 * thousands of decisions with many scores would take minutes, so past a guard the count is
 * given up with a warning. Every proof is made over the graph without it. */
#define PASS_MAX_ENTRIES 16000000u

typedef struct Ctx {
    const Scenario *sc;
    StateGraph *g;
    CheckReport *r;
    int64_t pass_num, pass_den; /* the pass mark as a reduced fraction */
    /* What every pass over the graph reads, flat (the scenes' choices are far apart in memory):
     * per edge the points it earns and whether it is a critical mistake, per state the points
     * possible. Non-decisions earn and offer 0. */
    int16_t *earned;
    int16_t *possible;
    bool *critical;
    uint8_t *skips; /* per edge: the steps its option says it goes on without */
    int8_t *step;   /* per state: its scene's Meldcode step */
} Ctx;

static const ScenarioChoice *edge_choice(const Ctx *c, uint32_t s, uint32_t e)
{
    const ScenarioScene *scene = &c->sc->scenes[c->g->scene[s]];
    return scene->has_next ? NULL : &scene->choices[c->g->edge_choice[e]];
}

static int edge_earned(const Ctx *c, uint32_t s, uint32_t e)
{
    (void)s;
    return c->earned[e];
}

static int edge_possible(const Ctx *c, uint32_t s)
{
    return c->possible[s];
}

static bool edge_critical(const Ctx *c, uint32_t s, uint32_t e)
{
    (void)s;
    return c->critical[e];
}

/* Fills the flat arrays of Ctx; false when out of memory. */
static bool ctx_flatten(Ctx *c)
{
    const StateGraph *g = c->g;
    c->earned = malloc((g->edge_count + 1) * sizeof *c->earned);
    c->possible = malloc((g->state_count + 1) * sizeof *c->possible);
    c->critical = malloc(g->edge_count + 1);
    c->skips = malloc(g->edge_count + 1);
    c->step = malloc(g->state_count + 1);
    if (!c->earned || !c->possible || !c->critical || !c->skips || !c->step)
        return false;
    for (uint32_t s = 0; s < g->state_count; s++) {
        c->possible[s] = (int16_t)(g->decision[s] ? g->best[s] : 0);
        c->step[s] = (int8_t)c->sc->scenes[g->scene[s]].step;
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            const ScenarioChoice *ch = edge_choice(c, s, e);
            c->earned[e] = (int16_t)(g->decision[s] ? ch->points : 0);
            c->critical[e] = ch && ch->critical.id;
            c->skips[e] = (uint8_t)(ch ? ch->skips : 0);
        }
    }
    return true;
}

static void ctx_free(Ctx *c)
{
    free(c->earned);
    free(c->possible);
    free(c->critical);
    free(c->skips);
    free(c->step);
}

static int64_t edge_margin(const Ctx *c, uint32_t s, uint32_t e)
{
    return c->pass_den * edge_earned(c, s, e) - c->pass_num * edge_possible(c, s);
}

/* The route at the end of an edge into an ending equals that ending's correct route. */
static bool edge_route_correct(Ctx *c, uint32_t s, uint32_t e, bool *nomem)
{
    const ScenarioChoice *ch = edge_choice(c, s, e);
    int32_t route = ch ? state_graph_route_after(c->g, c->g->route[s], ch) : c->g->route[s];
    if (route < 0) {
        *nomem = true;
        return true;
    }
    const ScenarioEnding *end = &c->sc->endings[-c->g->edge_to[e] - 1];
    int actors[64];
    size_t n = state_graph_route_actors(c->g, route, actors, 64);
    if (n != end->route_count)
        return false;
    for (size_t i = 0; i < n; i++)
        if (actors[i] != end->route[i])
            return false;
    return true;
}

static void route_words(const Ctx *c, const int *route, size_t n, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && len + 1 < cap; i++)
        len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? " > " : "",
                                meldcode_actor(c->sc->meldcode, (size_t)route[i])->id);
}

/* The route a learner has taken after edge e of state s, as actor ids "a > b > c". */
static void edge_route_words(const Ctx *c, uint32_t s, uint32_t e, char *out, size_t cap)
{
    const ScenarioChoice *ch = edge_choice(c, s, e);
    int took[64];
    int32_t route = ch ? state_graph_route_after(c->g, c->g->route[s], ch) : c->g->route[s];
    size_t k = route < 0 ? 0 : state_graph_route_actors(c->g, route, took, 64);
    route_words(c, took, k, out, cap);
}

/* "a (2) > b > c (1) > ending 'x' (meldsim run --choices 2,1)": the path that reaches state s
 * through the incoming edges `in` (NONE at the start), then takes edge `last` when not NONE. */
static void describe_path(const Ctx *c, const uint32_t *in, uint32_t s, uint32_t last, char *out,
                          size_t cap)
{
    const StateGraph *g = c->g;
    size_t n = 0, room = 4096;
    uint32_t *edges = malloc(room * sizeof *edges);
    if (!edges) {
        snprintf(out, cap, "(out of memory)");
        return;
    }
    if (last != NONE)
        edges[n++] = last;
    for (uint32_t at = s; in[at] != NONE && n < room; at = state_graph_edge_source(g, in[at]))
        edges[n++] = in[at];
    char choices[512] = "";
    size_t len = 0, clen = 0;
    out[0] = '\0';
    for (size_t i = n; i-- > 0;) {
        uint32_t e = edges[i], from = state_graph_edge_source(g, e);
        const ScenarioScene *scene = &c->sc->scenes[g->scene[from]];
        int option = (int)(e - g->edge_start[from]) + 1;
        if (len + 1 < cap)
            len += scene->has_next
                       ? (size_t)snprintf(out + len, cap - len, "%s > ", scene->id)
                       : (size_t)snprintf(out + len, cap - len, "%s (%d) > ", scene->id, option);
        if (!scene->has_next && clen + 1 < sizeof choices)
            clen += (size_t)snprintf(choices + clen, sizeof choices - clen, "%s%d",
                                     clen ? "," : "", option);
        if (i == 0 && g->edge_to[e] < 0 && len + 1 < cap)
            len += (size_t)snprintf(out + len, cap - len, "ending '%s'",
                                    c->sc->endings[-g->edge_to[e] - 1].id);
    }
    if (last == NONE && len + 1 < cap)
        len += (size_t)snprintf(out + len, cap - len, "%s", c->sc->scenes[g->scene[s]].id);
    if (len + 1 < cap)
        snprintf(out + len, cap - len, " (meldsim run --choices %s)", clen ? choices : "");
    free(edges);
}

/* ---- figures ------------------------------------------------------------------------------ */

static MsStatus count_paths(Ctx *c)
{
    StateGraph *g = c->g;
    CheckReport *r = c->r;
    PathCount *at = calloc(g->state_count, sizeof *at);
    uint32_t *depth = calloc(g->state_count, sizeof *depth);
    if (!at || !depth) {
        free(at);
        free(depth);
        return MS_ERR_NOMEM;
    }
    MsStatus st = MS_OK;
    path_count_set(&at[0], 1);
    depth[0] = 1;
    for (size_t i = 0; i < g->state_count && st == MS_OK; i++) {
        uint32_t s = g->topo[i];
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            int32_t t = g->edge_to[e];
            PathCount *dst = t >= 0 ? &at[t] : &r->ending_paths[-t - 1];
            if (!path_count_add(dst, &at[s]))
                st = MS_ERR_NOMEM;
            if (t >= 0 && depth[t] < depth[s] + 1)
                depth[t] = depth[s] + 1;
            if (t < 0 && r->longest < depth[s])
                r->longest = depth[s];
        }
        path_count_free(&at[s]);
    }
    for (size_t e = 0; e < c->sc->ending_count && st == MS_OK; e++)
        if (!path_count_add(&r->paths, &r->ending_paths[e]))
            st = MS_ERR_NOMEM;
    for (size_t s = 0; s < g->state_count; s++)
        path_count_free(&at[s]);
    free(at);
    free(depth);
    return st;
}

typedef struct Margin {
    int64_t value;
    PathCount count;
} Margin;

typedef struct MarginList {
    Margin *m;
    uint32_t n, cap;
} MarginList;

static int margin_cmp(const void *a, const void *b)
{
    int64_t x = ((const Margin *)a)->value, y = ((const Margin *)b)->value;
    return x < y ? -1 : x > y;
}

/* Suffix bounds over paths without a critical mistake: the lowest and highest margin from each
 * state to an ending (NEG_INF as highest when no such path exists). */
static MsStatus suffix_bounds(Ctx *c, int64_t *lo, int64_t *hi)
{
    StateGraph *g = c->g;
    for (size_t i = g->state_count; i-- > 0;) {
        uint32_t s = g->topo[i];
        lo[s] = INT64_MAX;
        hi[s] = NEG_INF;
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            if (edge_critical(c, s, e))
                continue;
            int32_t t = g->edge_to[e];
            int64_t m = edge_margin(c, s, e);
            if (t >= 0 && hi[t] == NEG_INF)
                continue;
            int64_t a = m + (t >= 0 ? lo[t] : 0), b = m + (t >= 0 ? hi[t] : 0);
            if (a < lo[s])
                lo[s] = a;
            if (b > hi[s])
                hi[s] = b;
        }
    }
    return MS_OK;
}

static bool margin_push(MarginList *l, int64_t v, const PathCount *count, size_t *held)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 4;
        Margin *m = realloc(l->m, cap * sizeof *m);
        if (!m)
            return false;
        l->m = m;
        l->cap = cap;
    }
    Margin *m = &l->m[l->n++];
    m->value = v;
    m->count = (PathCount){0};
    (*held)++;
    return path_count_add(&m->count, count);
}

static void margin_list_free(MarginList *l)
{
    for (uint32_t i = 0; i < l->n; i++)
        path_count_free(&l->m[i].count);
    free(l->m);
    *l = (MarginList){0};
}

/* Sorts and merges equal margins, clamped into the window [-hi, -lo] of state s. */
static bool margin_normalise(MarginList *l, int64_t lo, size_t *held)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (l->m[i].value > -lo)
            l->m[i].value = -lo;
    if (l->n > 24) {
        qsort(l->m, l->n, sizeof *l->m, margin_cmp);
    } else { /* most lists hold a handful of values: qsort's set-up costs more than this */
        for (uint32_t i = 1; i < l->n; i++) {
            Margin m = l->m[i];
            uint32_t j = i;
            for (; j > 0 && l->m[j - 1].value > m.value; j--)
                l->m[j] = l->m[j - 1];
            l->m[j] = m;
        }
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        if (k && l->m[k - 1].value == l->m[i].value) {
            if (!path_count_add(&l->m[k - 1].count, &l->m[i].count))
                return false;
            path_count_free(&l->m[i].count);
            (*held)--;
        } else {
            l->m[k++] = l->m[i];
        }
    }
    l->n = k;
    return true;
}

static MsStatus count_passing(Ctx *c, const CheckOptions *opt)
{
    StateGraph *g = c->g;
    CheckReport *r = c->r;
    size_t n = g->state_count, held = 0, work = 0;
    size_t max_work = opt->pass_work + opt->pass_work_per_state * (n + g->edge_count);
    int64_t *lo = calloc(n, sizeof *lo), *hi = calloc(n, sizeof *hi);
    MarginList *at = calloc(n, sizeof *at);
    MsStatus st = MS_ERR_NOMEM;
    if (!lo || !hi || !at)
        goto done;
    suffix_bounds(c, lo, hi);
    PathCount one = {.small = 1};
    st = MS_OK;
    r->passed_counted = true;
    if (hi[0] != NEG_INF && !margin_push(&at[0], 0, &one, &held))
        st = MS_ERR_NOMEM;
    for (size_t i = 0; i < n && st == MS_OK; i++) {
        uint32_t s = g->topo[i];
        MarginList *l = &at[s];
        if (!l->n)
            continue;
        work += l->n; /* its sorting */
        if (!margin_normalise(l, lo[s], &held)) {
            st = MS_ERR_NOMEM;
            break;
        }
        for (uint32_t e = g->edge_start[s];
             e < g->edge_start[s + 1] && st == MS_OK && work <= max_work; e++) {
            if (edge_critical(c, s, e))
                continue;
            int32_t t = g->edge_to[e];
            int64_t m = edge_margin(c, s, e);
            for (uint32_t k = 0; k < l->n && st == MS_OK; k++) {
                work += path_count_words(&l->m[k].count);
                int64_t v = l->m[k].value + m;
                if (t < 0) {
                    if (v >= 0 && !path_count_add(&r->paths_passed, &l->m[k].count))
                        st = MS_ERR_NOMEM;
                } else if (hi[t] != NEG_INF && v + hi[t] >= 0) {
                    if (!margin_push(&at[t], v, &l->m[k].count, &held))
                        st = MS_ERR_NOMEM;
                }
            }
        }
        held -= l->n;
        margin_list_free(l);
        if (held > PASS_MAX_ENTRIES || work > max_work) {
            r->passed_counted = false;
            path_count_free(&r->paths_passed);
            check_issue(r, CHECK_WARNING,
                        "the passing paths are not counted: the paths take too many distinct "
                        "scores to count them by score (%s, near scene '%s'); every proof still "
                        "holds, only the number of passing paths is missing",
                        held > PASS_MAX_ENTRIES ? "more than 16 million at once"
                                                : "too many additions",
                        c->sc->scenes[g->scene[s]].id);
            break;
        }
    }
done:
    if (at)
        for (size_t s = 0; s < n; s++)
            margin_list_free(&at[s]);
    free(at);
    free(lo);
    free(hi);
    return st;
}

/* min over paths of D*earned - N*possible, restricted to the decisions of `step` (or all, -1);
 * returns the earned and possible totals of a minimising path. */
static void min_weighted(const Ctx *c, int step, int64_t num, int64_t den, int64_t *val,
                         uint32_t *arg, int64_t *earned, int64_t *possible)
{
    const StateGraph *g = c->g;
    for (size_t i = g->state_count; i-- > 0;) {
        uint32_t s = g->topo[i];
        bool counts = step < 0 || c->step[s] == step;
        val[s] = INT64_MAX;
        arg[s] = NONE;
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            int32_t t = g->edge_to[e];
            int64_t w = counts ? den * edge_earned(c, s, e) - num * edge_possible(c, s) : 0;
            if (t >= 0 && val[t] == INT64_MAX)
                continue;
            w += t >= 0 ? val[t] : 0;
            if (w < val[s]) {
                val[s] = w;
                arg[s] = e;
            }
        }
    }
    *earned = *possible = 0;
    for (uint32_t s = 0; arg[s] != NONE;) {
        uint32_t e = arg[s];
        if (step < 0 || c->step[s] == step) {
            *earned += edge_earned(c, s, e);
            *possible += edge_possible(c, s);
        }
        if (g->edge_to[e] < 0)
            break;
        s = (uint32_t)g->edge_to[e];
    }
}

/* The exact lowest earned/possible over the paths (that meet `step`), by Dinkelbach's method:
 * from lambda = 1, a path with a lower ratio gives the next lambda until none is lower. */
static double lowest_ratio(const Ctx *c, int step, int64_t *val, uint32_t *arg)
{
    int64_t num = 1, den = 1, earned, possible;
    for (int round = 0; round < 200; round++) {
        min_weighted(c, step, num, den, val, arg, &earned, &possible);
        if (val[0] >= 0 || possible <= 0)
            break;
        num = earned;
        den = possible;
    }
    double v = (double)num / (double)den;
    return v < 0 ? 0 : v;
}

/* ---- proofs ------------------------------------------------------------------------------- */

/* Longest margin of a prefix from the start to each state over the edges `keep` allows;
 * in[] gets the incoming edge of an argmax prefix. */
typedef bool (*EdgeFilter)(const Ctx *c, uint32_t s, uint32_t e, int step);

static void longest_prefix(const Ctx *c, EdgeFilter keep, int step, int64_t *pre, uint32_t *in)
{
    const StateGraph *g = c->g;
    for (size_t s = 0; s < g->state_count; s++) {
        pre[s] = NEG_INF;
        in[s] = NONE;
    }
    pre[0] = 0;
    for (size_t i = 0; i < g->state_count; i++) {
        uint32_t s = g->topo[i];
        if (pre[s] == NEG_INF)
            continue;
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            int32_t t = g->edge_to[e];
            if (t < 0 || !keep(c, s, e, step))
                continue;
            int64_t v = pre[s] + edge_margin(c, s, e);
            if (v > pre[t]) {
                pre[t] = v;
                in[t] = e;
            }
        }
    }
}

static bool keep_no_critical(const Ctx *c, uint32_t s, uint32_t e, int step)
{
    (void)step;
    return !edge_critical(c, s, e);
}

/* The paths that meet no decision of `step` and take no option that declares it skips it. */
static bool keep_skipping_step(const Ctx *c, uint32_t s, uint32_t e, int step)
{
    return !c->critical[e] && !(c->skips[e] >> step & 1) &&
           !(c->g->decision[s] && c->step[s] == step);
}

static void prove_passing_route(Ctx *c, int64_t *pre, uint32_t *in, bool *nomem)
{
    const StateGraph *g = c->g;
    longest_prefix(c, keep_no_critical, -1, pre, in);
    bool *told = calloc(c->sc->ending_count, sizeof *told);
    if (!told) {
        *nomem = true;
        return;
    }
    for (uint32_t s = 0; s < g->state_count; s++) {
        if (pre[s] == NEG_INF)
            continue;
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            int32_t t = g->edge_to[e];
            if (t >= 0 || told[-t - 1] || edge_critical(c, s, e) ||
                pre[s] + edge_margin(c, s, e) < 0 || edge_route_correct(c, s, e, nomem))
                continue;
            told[-t - 1] = true;
            const ScenarioEnding *end = &c->sc->endings[-t - 1];
            char path[640], took[200], correct[200];
            describe_path(c, in, s, e, path, sizeof path);
            edge_route_words(c, s, e, took, sizeof took);
            route_words(c, end->route, end->route_count, correct, sizeof correct);
            check_issue(c->r, CHECK_WARNING,
                        "a path that passes ends at '%s' with route %s, off that ending's correct "
                        "route %s (score the wrong turn so that it fails, or is the route "
                        "right?): %s",
                        end->id, took, correct, path);
        }
    }
    free(told);
}

static void prove_steps_met(Ctx *c, int64_t *pre, uint32_t *in)
{
    const StateGraph *g = c->g;
    for (int step = 0; step < MS_STEP_COUNT; step++) {
        if (!c->r->steps[step].met || !ms_text_empty(&c->sc->not_applicable[step]))
            continue;
        longest_prefix(c, keep_skipping_step, step, pre, in);
        bool found = false;
        for (uint32_t s = 0; s < g->state_count && !found; s++) {
            if (pre[s] == NEG_INF)
                continue;
            for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1] && !found; e++) {
                if (g->edge_to[e] >= 0 || !keep_skipping_step(c, s, e, step) ||
                    pre[s] + edge_margin(c, s, e) < 0)
                    continue;
                found = true;
                char path[640];
                describe_path(c, in, s, e, path, sizeof path);
                check_issue(c->r, CHECK_ERROR,
                            "a path that passes skips step '%s' (it meets none of its "
                            "decisions, and no option on it says `skips = { \"%s\" }`): %s",
                            meldcode_step_id((MsStep)step), meldcode_step_id((MsStep)step),
                            path);
            }
        }
    }
}

/* The best-scoring paths take a top-scoring option at every decision (earned = possible, 100%):
 * breadth-first over those edges from the start. */
static void prove_best_paths(Ctx *c, uint32_t *in, bool *nomem)
{
    StateGraph *g = c->g;
    CheckReport *r = c->r;
    size_t n = g->state_count;
    uint32_t *queue = malloc(n * sizeof *queue);
    bool *seen = calloc(n, sizeof *seen);
    bool told_route = false, told_critical = false;
    if (!queue || !seen) {
        *nomem = true;
        goto done;
    }
    for (size_t s = 0; s < n; s++)
        in[s] = NONE;
    size_t head = 0, tail = 0;
    queue[tail++] = 0;
    seen[0] = true;
    while (head < tail) {
        uint32_t s = queue[head++];
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++) {
            const ScenarioChoice *ch = edge_choice(c, s, e);
            if (g->decision[s] && ch->points != g->best[s])
                continue;
            if (ch)
                r->choice_best[r->choice_base[g->scene[s]] + g->edge_choice[e]] = true;
            char path[640];
            if (ch && ch->critical.id && g->decision[s] && !told_critical) {
                told_critical = true;
                describe_path(c, in, s, e, path, sizeof path);
                check_issue(r, CHECK_ERROR,
                            "a best-scoring path makes the critical mistake '%s' in scene '%s': "
                            "%s",
                            ch->critical.id, c->sc->scenes[g->scene[s]].id, path);
            }
            int32_t t = g->edge_to[e];
            if (t < 0) {
                if (!told_route && !edge_route_correct(c, s, e, nomem)) {
                    told_route = true;
                    const ScenarioEnding *end = &c->sc->endings[-t - 1];
                    char took_s[200], correct[200];
                    edge_route_words(c, s, e, took_s, sizeof took_s);
                    route_words(c, end->route, end->route_count, correct, sizeof correct);
                    describe_path(c, in, s, e, path, sizeof path);
                    check_issue(r, CHECK_ERROR,
                                "a best-scoring path ends at '%s' with route %s, but that "
                                "ending's correct route is %s: %s",
                                end->id, took_s, correct, path);
                }
            } else if (!seen[t]) {
                seen[t] = true;
                in[t] = e;
                queue[tail++] = (uint32_t)t;
            }
        }
    }
done:
    free(queue);
    free(seen);
}

/* ---- what each state shows ---------------------------------------------------------------- */

static void check_states(Ctx *c)
{
    StateGraph *g = c->g;
    CheckReport *r = c->r;
    const Scenario *sc = c->sc;
    bool *told = calloc(sc->scene_count, sizeof *told);
    if (!told)
        return;
    for (uint32_t s = 0; s < g->state_count; s++) {
        int scene_i = g->scene[s];
        const ScenarioScene *scene = &sc->scenes[scene_i];
        r->scene_reached[scene_i] = true;
        uint32_t e0 = g->edge_start[s], e1 = g->edge_start[s + 1];
        for (uint32_t e = e0; e < e1; e++) {
            if (!scene->has_next)
                r->choice_offered[r->choice_base[scene_i] + g->edge_choice[e]] = true;
            if (g->edge_to[e] < 0)
                r->ending_reached[-g->edge_to[e] - 1] = true;
        }
        if (told[scene_i] || scene->has_next)
            continue;
        char path[640];
        if (e0 == e1) {
            told[scene_i] = true;
            describe_path(c, (const uint32_t *)g->parent_edge, s, NONE, path, sizeof path);
            check_issue(r, CHECK_ERROR,
                        "scene '%s': on some path no option is available (check the "
                        "conditions): the learner is stuck: %s",
                        scene->id, path);
            continue;
        }
        bool differ = false;
        for (uint32_t e = e0 + 1; e < e1; e++)
            differ = differ || scene->choices[g->edge_choice[e]].points !=
                                   scene->choices[g->edge_choice[e0]].points;
        const ScenarioChoice *only = &scene->choices[g->edge_choice[e0]];
        bool conditional = false;
        for (size_t k = 0; k < scene->choice_count; k++)
            conditional = conditional || scene->choices[k].condition_count > 0;
        if (g->decision[s] && !differ && conditional) { /* unconditional: told by check.c */
            told[scene_i] = true;
            describe_path(c, (const uint32_t *)g->parent_edge, s, NONE, path, sizeof path);
            check_issue(r, CHECK_ERROR,
                        "scene '%s': on some path all %u options offered score the same; a "
                        "decision must tell the better option from the worse: %s",
                        scene->id, e1 - e0, path);
        } else if (g->decision[s] && g->best[s] <= 0) {
            told[scene_i] = true;
            describe_path(c, (const uint32_t *)g->parent_edge, s, NONE, path, sizeof path);
            check_issue(r, CHECK_ERROR,
                        "scene '%s': on some path the best option offered scores %d points; a "
                        "decision needs an option worth points: %s",
                        scene->id, g->best[s], path);
        } else if (!g->decision[s] && only->critical.id) {
            told[scene_i] = true;
            describe_path(c, (const uint32_t *)g->parent_edge, s, NONE, path, sizeof path);
            check_issue(r, CHECK_ERROR,
                        "scene '%s': on some path the critical mistake '%s' is the only option "
                        "offered, so the learner cannot avoid it: %s",
                        scene->id, only->critical.id, path);
        }
    }
    free(told);
    for (size_t i = 0; i < sc->scene_count; i++) {
        if (!r->scene_reached[i]) {
            check_issue(r, CHECK_ERROR, "scene '%s' cannot be reached from the start scene '%s'",
                        sc->scenes[i].id, sc->scenes[sc->start].id);
            continue;
        }
        for (size_t k = 0; k < sc->scenes[i].choice_count; k++)
            if (!r->choice_offered[r->choice_base[i] + k])
                check_issue(r, CHECK_ERROR,
                            "scene '%s', choice %zu is never offered: its conditions hold on no "
                            "path",
                            sc->scenes[i].id, k + 1);
    }
    for (size_t i = 0; i < sc->ending_count; i++)
        if (!r->ending_reached[i])
            check_issue(r, CHECK_ERROR, "ending '%s' cannot be reached from the start scene",
                        sc->endings[i].id);
}

static void report_cycle(Ctx *c)
{
    char names[700];
    size_t len = 0;
    const StateGraph *g = c->g;
    for (size_t i = 0; i <= g->cycle_len && len + 1 < sizeof names; i++) /* back to the first */
        len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", i ? " > " : "",
                                c->sc->scenes[g->scene[g->cycle[i % g->cycle_len]]].id);
    check_issue(c->r, CHECK_ERROR,
                "a learner can go round for ever: %s (the variables do not change on the way, so "
                "the path never ends)",
                names);
}

MsStatus check_paths(const Scenario *sc, const CheckOptions *opt, CheckReport *r)
{
    StateGraph g;
    MsError err;
    ms_error_clear(&err);
    MsStatus st = state_graph_build(sc, opt->max_states, &g, &err);
    if (st == MS_ERR_REFUSED || st == MS_ERR_INTERNAL) {
        check_issue(r, CHECK_ERROR, "%s", err.message);
        return MS_OK;
    }
    if (st != MS_OK)
        return st;
    Ctx c = {.sc = sc, .g = &g, .r = r};
    score_pass_fraction(sc->pass_mark, &c.pass_num, &c.pass_den);
    r->states = g.state_count;
    r->edges = g.edge_count;
    r->graph_bytes = g.bytes;
    size_t n = g.state_count;
    int64_t *val = malloc(n * sizeof *val);
    uint32_t *arg = malloc(n * sizeof *arg);
    bool nomem = !val || !arg || !ctx_flatten(&c);
    if (!nomem)
        check_states(&c);
    if (!nomem && !g.acyclic) {
        report_cycle(&c);
    } else if (!nomem) {
        r->analysed = true;
        for (uint32_t s = 0; s < n; s++)
            if (g.decision[s])
                r->steps[sc->scenes[g.scene[s]].step].met = true;
        st = count_paths(&c);
        if (st == MS_OK)
            st = count_passing(&c, opt);
        r->max_scaled = path_count_is_zero(&r->paths) ? 0 : 1; /* a top option everywhere */
        r->min_scaled = path_count_is_zero(&r->paths) ? 0 : lowest_ratio(&c, -1, val, arg);
        for (int step = 0; step < MS_STEP_COUNT; step++)
            if (r->steps[step].met) {
                r->steps[step].max_scaled = 1;
                r->steps[step].min_scaled = lowest_ratio(&c, step, val, arg);
            }
        prove_best_paths(&c, arg, &nomem);
        prove_passing_route(&c, val, arg, &nomem);
        prove_steps_met(&c, val, arg);
    }
    free(val);
    free(arg);
    ctx_free(&c);
    state_graph_free(&g);
    return nomem ? MS_ERR_NOMEM : st;
}
