/*
 * sandbox.h: a Lua 5.4 state for untrusted scenario code.
 * One fresh state per scenario. Pack code sees an allow-list environment only,
 * runs as text (binary chunks are refused), and is bounded in memory by a
 * capped allocator and in time by a count hook with a monotonic deadline that
 * keeps firing once the deadline has passed.
 */
#ifndef SANDBOX_H
#define SANDBOX_H

#include <stddef.h>

#include <lua.h>

#include "ms_error.h"

typedef struct SandboxLimits {
    size_t memory_bytes; /* allocator cap for the whole state, e.g. 64 MB */
    double seconds;      /* wall-clock budget for one sandbox_run */
} SandboxLimits;

typedef struct Sandbox Sandbox;

#define SANDBOX_DEFAULT_MEMORY (64u * 1024u * 1024u)
#define SANDBOX_DEFAULT_SECONDS 2.0
#define SANDBOX_STRING_MAX (4u * 1024u * 1024u) /* largest string string.rep may build */

/* limits NULL: the defaults. Caller frees with sandbox_free. */
MsStatus sandbox_create(const SandboxLimits *limits, Sandbox **out, MsError *err);
/* Closes the state with the limits still in force. NULL is fine. */
void sandbox_free(Sandbox *sb);
/* The state, for reading what a run returned. Never run pack code on it directly. */
lua_State *sandbox_state(Sandbox *sb);
/*
 * Loads `buf` as a text chunk named "@<chunkname>" in the sandbox environment
 * and calls it within the time budget. On MS_OK exactly one value (the chunk's
 * first result, or nil) is pushed on the stack. On failure nothing is pushed and
 * err names chunkname and, where Lua knows it, the line; a time or memory
 * violation, a binary chunk, or a capped library call (string.rep beyond
 * SANDBOX_STRING_MAX, table.insert/remove/move/sort over more than 2^18
 * elements) is MS_ERR_REFUSED, a Lua error MS_ERR_INVALID. The error object is
 * only read, never converted by pack code: a non-string one is reported by type.
 */
MsStatus sandbox_run(Sandbox *sb, const char *buf, size_t len, const char *chunkname, MsError *err);
size_t sandbox_memory_used(const Sandbox *sb);

#endif
