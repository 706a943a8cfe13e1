/*
 * state_graph.c: breadth-first construction of the reachable states (so a
 * state's parent gives a shortest path to it, for counterexamples), then
 * Kahn's algorithm for a topological order; states left over lie on a cycle.
 * States are found through an open-addressing table keyed by (scene, route,
 * values), and each distinct vector of variable values is stored once.
 */
#include "state_graph.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Table {
    uint32_t *slots; /* index + 1, 0 when empty */
    size_t mask;
} Table;

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 33);
}

static bool table_init(Table *t, size_t cap)
{
    size_t n = 1024;
    while (n < cap * 2)
        n <<= 1;
    t->slots = calloc(n, sizeof *t->slots);
    t->mask = n - 1;
    return t->slots != NULL;
}

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 256;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * size);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

typedef struct Builder {
    StateGraph *g;
    Table states, vectors;
    size_t state_cap, edge_cap, value_cap, route_cap;
    size_t nv;
    size_t max_states;
    double *scratch;
} Builder;

static uint64_t vector_hash(const double *v, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] == 0 ? 0 : v[i]; /* -0 and 0 are one value */
        uint64_t bits;
        memcpy(&bits, &x, sizeof bits);
        h = mix(h ^ bits);
    }
    return h;
}

static bool rehash(Table *t, size_t count, uint64_t (*hash_of)(const Builder *, uint32_t),
                   const Builder *b)
{
    Table n;
    if (!table_init(&n, count * 2))
        return false;
    for (size_t i = 0; i <= t->mask; i++) {
        if (!t->slots[i])
            continue;
        size_t j = hash_of(b, t->slots[i] - 1) & n.mask;
        while (n.slots[j])
            j = (j + 1) & n.mask;
        n.slots[j] = t->slots[i];
    }
    free(t->slots);
    *t = n;
    return true;
}

static uint64_t hash_vector_at(const Builder *b, uint32_t i)
{
    return vector_hash(b->g->values + (size_t)i * b->nv, b->nv);
}

/* The index of vector v, stored when new; UINT32_MAX on out of memory. */
static uint32_t intern_vector(Builder *b, const double *v)
{
    StateGraph *g = b->g;
    size_t j = vector_hash(v, b->nv) & b->vectors.mask;
    for (; b->vectors.slots[j]; j = (j + 1) & b->vectors.mask) {
        uint32_t k = b->vectors.slots[j] - 1;
        const double *w = g->values + (size_t)k * b->nv;
        bool same = true;
        for (size_t i = 0; i < b->nv && same; i++)
            same = w[i] == v[i];
        if (same)
            return k;
    }
    if (!grow((void **)&g->values, &b->value_cap, (g->value_count + 1) * b->nv, sizeof *v))
        return UINT32_MAX;
    memcpy(g->values + g->value_count * b->nv, v, b->nv * sizeof *v);
    uint32_t k = (uint32_t)g->value_count++;
    b->vectors.slots[j] = k + 1;
    if (g->value_count * 2 > b->vectors.mask && !rehash(&b->vectors, g->value_count, hash_vector_at, b))
        return UINT32_MAX;
    return k;
}

static uint64_t state_key(int32_t scene, int32_t route, uint32_t vars)
{
    return mix(((uint64_t)(uint32_t)scene << 32 | (uint32_t)route) ^ mix(vars));
}

static uint64_t hash_state_at(const Builder *b, uint32_t i)
{
    return state_key(b->g->scene[i], b->g->route[i], b->g->vars[i]);
}

static bool grow_states(Builder *b, size_t need)
{
    StateGraph *g = b->g;
    if (need <= b->state_cap)
        return true;
    size_t cap = b->state_cap ? b->state_cap * 2 : 1024;
    while (cap < need)
        cap *= 2;
#define GROW(field)                                                                                \
    do {                                                                                           \
        void *q = realloc(g->field, cap * sizeof *g->field);                                       \
        if (!q)                                                                                    \
            return false;                                                                          \
        g->field = q;                                                                              \
    } while (0)
    GROW(scene);
    GROW(route);
    GROW(vars);
    GROW(parent);
    GROW(parent_edge);
    GROW(best);
    GROW(decision);
#undef GROW
    void *q = realloc(g->edge_start, (cap + 1) * sizeof *g->edge_start);
    if (!q)
        return false;
    g->edge_start = q;
    b->state_cap = cap;
    return true;
}

/* The state (scene, route, vars), added when new; -1 on out of memory, -2 over the guard. */
static int64_t find_or_add(Builder *b, int32_t scene, int32_t route, uint32_t vars, int32_t from,
                           uint32_t edge)
{
    StateGraph *g = b->g;
    size_t j = state_key(scene, route, vars) & b->states.mask;
    for (; b->states.slots[j]; j = (j + 1) & b->states.mask) {
        uint32_t k = b->states.slots[j] - 1;
        if (g->scene[k] == scene && g->route[k] == route && g->vars[k] == vars)
            return k;
    }
    if (g->state_count >= b->max_states)
        return -2;
    if (!grow_states(b, g->state_count + 1))
        return -1;
    uint32_t k = (uint32_t)g->state_count++;
    g->scene[k] = scene;
    g->route[k] = route;
    g->vars[k] = vars;
    g->parent[k] = from;
    g->parent_edge[k] = edge;
    b->states.slots[j] = k + 1;
    if (g->state_count * 2 > b->states.mask && !rehash(&b->states, g->state_count, hash_state_at, b))
        return -1;
    return k;
}

static int32_t route_new(StateGraph *g, size_t *cap, int32_t parent, int32_t actor)
{
    if (!grow((void **)&g->routes, cap, g->route_count + 1, sizeof *g->routes))
        return -1;
    RouteNode *n = &g->routes[g->route_count];
    memset(n, 0, sizeof *n);
    for (size_t i = 0; i < STATE_GRAPH_MAX_ACTORS; i++)
        n->child[i] = -1;
    n->parent = parent;
    n->actor = actor;
    n->mask = (parent >= 0 ? g->routes[parent].mask : 0) | (actor >= 0 ? 1u << actor : 0);
    return (int32_t)g->route_count++;
}

static size_t route_cap_of(const StateGraph *g)
{
    size_t n = 256;
    while (n < g->route_count)
        n *= 2;
    return n;
}

int32_t state_graph_route_after(StateGraph *g, int32_t route, const ScenarioChoice *choice)
{
    for (size_t a = 0; a < choice->actor_count; a++) {
        int actor = choice->actors[a];
        if (actor < 0 || actor >= STATE_GRAPH_MAX_ACTORS || (g->routes[route].mask >> actor & 1))
            continue;
        int32_t next = g->routes[route].child[actor];
        if (next < 0) {
            size_t cap = route_cap_of(g);
            next = route_new(g, &cap, route, actor);
            if (next < 0)
                return -1;
            g->routes[route].child[actor] = next;
        }
        route = next;
    }
    return route;
}

size_t state_graph_route_actors(const StateGraph *g, int32_t route, int *out, size_t cap)
{
    size_t n = 0;
    for (int32_t r = route; r >= 0; r = g->routes[r].parent)
        if (g->routes[r].actor >= 0)
            n++;
    size_t i = n;
    for (int32_t r = route; r >= 0; r = g->routes[r].parent)
        if (g->routes[r].actor >= 0 && --i < cap)
            out[i] = g->routes[r].actor;
    return n < cap ? n : cap;
}

uint32_t state_graph_edge_source(const StateGraph *g, uint32_t edge)
{
    uint32_t lo = 0, hi = (uint32_t)g->state_count;
    while (hi - lo > 1) { /* the last state whose edges start at or before `edge` */
        uint32_t mid = lo + (hi - lo) / 2;
        if (g->edge_start[mid] <= edge)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static MsStatus expand(Builder *b, uint32_t s, MsError *err)
{
    StateGraph *g = b->g;
    const Scenario *sc = g->sc;
    const ScenarioScene *scene = &sc->scenes[g->scene[s]];
    const double *v = g->values + (size_t)g->vars[s] * b->nv;
    size_t n = scene->has_next ? 1 : scene->choice_count;
    size_t had = b->edge_cap;
    if (!grow((void **)&g->edge_to, &b->edge_cap, g->edge_count + n, sizeof *g->edge_to))
        return MS_ERR_NOMEM;
    if (b->edge_cap != had || !g->edge_choice) {
        void *q = realloc(g->edge_choice, b->edge_cap * sizeof *g->edge_choice);
        if (!q)
            return MS_ERR_NOMEM;
        g->edge_choice = q;
    }
    g->edge_start[s] = (uint32_t)g->edge_count;
    int best = -128, offered = 0;
    for (size_t c = 0; c < n; c++) {
        const ScenarioChoice *ch = scene->has_next ? NULL : &scene->choices[c];
        if (ch && !scenario_choice_available(ch, v))
            continue;
        if (ch)
            offered++;
        ScenarioTarget t = ch ? ch->next : scene->next;
        int32_t route = ch ? state_graph_route_after(g, g->route[s], ch) : g->route[s];
        if (route < 0)
            return MS_ERR_NOMEM;
        uint32_t edge = (uint32_t)g->edge_count;
        int32_t to;
        if (t.kind == SCENARIO_TARGET_ENDING) {
            to = -(t.index + 1);
        } else {
            uint32_t vars = g->vars[s];
            if (ch && ch->effect_count) {
                memcpy(b->scratch, v, b->nv * sizeof *v);
                scenario_choice_apply(ch, b->scratch);
                vars = intern_vector(b, b->scratch);
                if (vars == UINT32_MAX)
                    return MS_ERR_NOMEM;
                v = g->values + (size_t)g->vars[s] * b->nv; /* values may have moved */
            }
            int64_t k = find_or_add(b, t.index, route, vars, (int32_t)s, edge);
            if (k == -1)
                return MS_ERR_NOMEM;
            if (k == -2)
                return ms_error_set(err, MS_ERR_REFUSED, NULL, 0,
                                    "the case has more than %zu reachable states (scene, variables "
                                    "and route): its variables take too many values (around scene "
                                    "'%s'?)",
                                    b->max_states, scene->id);
            to = (int32_t)k;
        }
        g->edge_to[g->edge_count] = to;
        g->edge_choice[g->edge_count] = (uint8_t)c;
        g->edge_count++;
        if (ch && ch->points > best)
            best = ch->points;
    }
    g->best[s] = (int8_t)(best < -128 ? 0 : best);
    g->decision[s] = offered >= 2;
    return MS_OK;
}

/* An iterative depth-first search from the start; the first edge back into the stack closes a
 * cycle, stored in g->cycle in the order the learner would go round it. */
static MsStatus find_cycle(StateGraph *g)
{
    size_t n = g->state_count;
    uint8_t *colour = calloc(n, 1); /* 0 new, 1 on the stack, 2 done */
    uint32_t *stack = malloc(n * sizeof *stack), *next = malloc(n * sizeof *next);
    MsStatus st = MS_ERR_NOMEM;
    if (!colour || !stack || !next)
        goto done;
    size_t depth = 0;
    stack[depth] = 0;
    next[depth++] = g->edge_start[0];
    colour[0] = 1;
    st = MS_OK;
    while (depth) {
        uint32_t s = stack[depth - 1];
        if (next[depth - 1] == g->edge_start[s + 1]) {
            colour[s] = 2;
            depth--;
            continue;
        }
        int32_t t = g->edge_to[next[depth - 1]++];
        if (t < 0 || colour[t] == 2)
            continue;
        if (colour[t] == 1) {
            size_t from = depth;
            while (stack[from - 1] != (uint32_t)t)
                from--;
            g->cycle_len = depth - from + 1;
            g->cycle = malloc(g->cycle_len * sizeof *g->cycle);
            if (!g->cycle) {
                st = MS_ERR_NOMEM;
                goto done;
            }
            memcpy(g->cycle, stack + from - 1, g->cycle_len * sizeof *g->cycle);
            goto done;
        }
        colour[t] = 1;
        stack[depth] = (uint32_t)t;
        next[depth++] = g->edge_start[t];
    }
done:
    free(colour);
    free(stack);
    free(next);
    return st;
}

static MsStatus order(StateGraph *g)
{
    size_t n = g->state_count;
    uint32_t *indeg = calloc(n, sizeof *indeg);
    g->topo = malloc(n * sizeof *g->topo);
    if (!indeg || !g->topo) {
        free(indeg);
        return MS_ERR_NOMEM;
    }
    for (size_t e = 0; e < g->edge_count; e++)
        if (g->edge_to[e] >= 0)
            indeg[g->edge_to[e]]++;
    size_t head = 0, tail = 0;
    for (size_t s = 0; s < n; s++)
        if (!indeg[s])
            g->topo[tail++] = (uint32_t)s;
    while (head < tail) {
        uint32_t s = g->topo[head++];
        for (uint32_t e = g->edge_start[s]; e < g->edge_start[s + 1]; e++)
            if (g->edge_to[e] >= 0 && --indeg[g->edge_to[e]] == 0)
                g->topo[tail++] = (uint32_t)g->edge_to[e];
    }
    g->acyclic = tail == n;
    free(indeg);
    return g->acyclic ? MS_OK : find_cycle(g);
}

MsStatus state_graph_build(const Scenario *sc, size_t max_states, StateGraph *g, MsError *err)
{
    memset(g, 0, sizeof *g);
    g->sc = sc;
    Builder b = {.g = g, .nv = sc->var_count, .max_states = max_states};
    MsStatus st = MS_ERR_NOMEM;
    size_t route_cap = 0;
    b.scratch = malloc((b.nv ? b.nv : 1) * sizeof *b.scratch);
    /* Most cases have about one state per scene: start at that size, not rehash up to it. */
    size_t expect = sc->scene_count < max_states ? sc->scene_count : max_states;
    if (!b.scratch || !table_init(&b.states, expect) || !table_init(&b.vectors, 64) ||
        !grow_states(&b, expect))
        goto fail;
    if (meldcode_actor_count(sc->meldcode) > STATE_GRAPH_MAX_ACTORS) {
        st = ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "more than %d Meldcode actors",
                          STATE_GRAPH_MAX_ACTORS);
        goto fail;
    }
    int school = meldcode_actor_find(sc->meldcode, "school");
    if (route_new(g, &route_cap, -1, school) < 0)
        goto fail;
    for (size_t i = 0; i < b.nv; i++)
        b.scratch[i] = sc->vars[i].initial;
    uint32_t v0 = b.nv ? intern_vector(&b, b.scratch) : 0;
    if (v0 == UINT32_MAX || find_or_add(&b, sc->start, 0, v0, -1, UINT32_MAX) < 0)
        goto fail;
    for (size_t s = 0; s < g->state_count; s++) { /* the state array is the BFS queue */
        if ((st = expand(&b, (uint32_t)s, err)) != MS_OK)
            goto fail;
        st = MS_ERR_NOMEM;
    }
    g->edge_start[g->state_count] = (uint32_t)g->edge_count;
    if ((st = order(g)) != MS_OK)
        goto fail;
    g->bytes = b.state_cap * (sizeof *g->scene + sizeof *g->route + sizeof *g->vars +
                              sizeof *g->parent + sizeof *g->parent_edge + 2) +
               (g->state_count + 1) * sizeof *g->edge_start + g->state_count * sizeof *g->topo +
               b.edge_cap * (sizeof *g->edge_to + 1) + b.value_cap * sizeof(double) +
               g->route_count * sizeof(RouteNode) +
               (b.states.mask + 1 + b.vectors.mask + 1) * sizeof(uint32_t);
    st = MS_OK;
fail:
    if (st == MS_ERR_NOMEM)
        ms_error_set(err, st, NULL, 0, "out of memory while building the state graph");
    free(b.scratch);
    free(b.states.slots);
    free(b.vectors.slots);
    if (st != MS_OK)
        state_graph_free(g);
    return st;
}

void state_graph_free(StateGraph *g)
{
    free(g->scene);
    free(g->route);
    free(g->vars);
    free(g->best);
    free(g->decision);
    free(g->edge_start);
    free(g->edge_to);
    free(g->edge_choice);
    free(g->parent);
    free(g->parent_edge);
    free(g->topo);
    free(g->values);
    free(g->routes);
    free(g->cycle);
    memset(g, 0, sizeof *g);
}
