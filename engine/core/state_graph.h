/*
 * state_graph.h: the reachable states of a case, built once. A state is a
 * scene, the values of the case's variables and the learner's route so far
 * (the debrief compares that route, so it is part of what a path leads to).
 * Every question `meldsim check` answers is a pass over this graph in
 * topological order, never a walk over paths, so the cost grows with the
 * number of states and edges, not with the number of paths.
 */
#ifndef STATE_GRAPH_H
#define STATE_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ms_error.h"
#include "scenario.h"

/* The default memory guard for hostile packs: a case with more reachable states is refused. */
#define STATE_GRAPH_MAX_STATES 2000000u
#define STATE_GRAPH_MAX_ACTORS 32

typedef struct RouteNode {
    int32_t parent; /* -1 for the root, the route of only "school" */
    int32_t actor;
    uint32_t mask; /* the actors on the route */
    int32_t child[STATE_GRAPH_MAX_ACTORS];
} RouteNode;

typedef struct StateGraph {
    const Scenario *sc;
    size_t state_count;
    size_t edge_count;
    int32_t *scene;       /* per state */
    int32_t *route;       /* per state: index into routes */
    uint32_t *vars;       /* per state: index of its values in `values` (var_count each) */
    int8_t *best;         /* per state: the best points offered */
    bool *decision;       /* per state: two or more options offered */
    uint32_t *edge_start; /* per state, state_count + 1 entries, into the edge arrays */
    int32_t *edge_to;     /* >= 0: a state; < 0: ending -(to + 1) */
    uint8_t *edge_choice; /* index into the scene's choices (0 for a narration scene) */
    int32_t *parent;      /* the state it was first reached from (a shortest path), -1 at start */
    uint32_t *parent_edge;
    uint32_t *topo; /* the states in topological order, start first (when acyclic) */
    bool acyclic;
    uint32_t *cycle; /* when cyclic: the states of one cycle, in order */
    size_t cycle_len;
    double *values;
    size_t value_count; /* vectors stored */
    RouteNode *routes;
    size_t route_count;
    size_t bytes; /* memory held, for the benchmark */
} StateGraph;

/* Builds the graph of sc's reachable states. MS_ERR_REFUSED (with a message) when the case has
 * more than max_states states; MS_ERR_NOMEM. Free with state_graph_free. */
MsStatus state_graph_build(const Scenario *sc, size_t max_states, StateGraph *g, MsError *err);
void state_graph_free(StateGraph *g);

/* The route after taking choice `choice` of a state with route `route`; -1 on out of memory. */
int32_t state_graph_route_after(StateGraph *g, int32_t route, const ScenarioChoice *choice);
/* Actor indices of a route, in order; returns the count (at most cap). */
size_t state_graph_route_actors(const StateGraph *g, int32_t route, int *out, size_t cap);
/* The state an edge leaves from. */
uint32_t state_graph_edge_source(const StateGraph *g, uint32_t edge);

#endif
