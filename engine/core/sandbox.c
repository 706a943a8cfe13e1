/*
 * sandbox.c: one capped Lua 5.4 state per scenario, for untrusted pack code.
 * Design decision: pack code runs in a fresh coroutine of that state, not under
 * lua_pcall. After any failure (a Lua error, "not enough memory", our time-out)
 * the dead coroutine keeps its stack, so we can say where it happened; and the
 * error is described from C alone, without running a line of pack code.
 */
#define _POSIX_C_SOURCE 200809L

#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SANDBOX_HOOK_COUNT 1000    /* VM instructions between two looks at the clock */
#define SANDBOX_SECONDS_MAX 3600.0 /* keeps the deadline arithmetic far from overflow */
#define SANDBOX_STACK_LEVELS 64    /* how deep we look for the Lua line of an error */
/*
 * table.insert/remove/move/sort loop in C, where the count hook never fires.
 * table.move takes its span from its arguments: table.move({}, 1, 1e15, 2)
 * would loop for days without allocating a byte. The others are bounded by
 * memory, but sorting millions of elements still outlasts the budget by
 * seconds. So a call may shift or sort at most this many elements (~0.1 s).
 */
#define SANDBOX_TABLE_SPAN_MAX ((lua_Unsigned)1 << 18)

typedef enum {
    SANDBOX_REFUSAL_NONE,
    SANDBOX_REFUSAL_TIME,  /* the hook raised the time-out */
    SANDBOX_REFUSAL_LIMIT, /* a capped library function refused */
} SandboxRefusal;

struct Sandbox {
    lua_State *L;
    size_t used;         /* bytes the allocator handed out and Lua did not free */
    size_t limit;        /* allocator cap */
    bool memory_refused; /* the allocator refused since the current run began */
    double seconds;
    struct timespec deadline; /* zero outside sandbox_run: Lua code stops at once */
    SandboxRefusal refusal;
    int env_ref; /* registry reference of the allow-list environment */
};

typedef struct SandboxRun {
    Sandbox *sb;
    const char *buf;
    size_t len;
    const char *chunkname;
    MsError *err;
    bool failed; /* err is filled */
} SandboxRun;

static const char *const sandbox_base_names[] = {
    "assert",   "error",    "ipairs", "next",     "pairs",  "select",
    "tonumber", "tostring", "type",   "rawequal", "rawlen", NULL,
};
static const char *const sandbox_math_names[] = {
    "abs",  "acos", "asin", "atan", "ceil",       "cos",  "deg",        "exp",  "floor",
    "fmod", "huge", "log",  "max",  "maxinteger", "min",  "mininteger", "modf", "pi",
    "rad",  "sin",  "sqrt", "tan",  "tointeger",  "type", "ult",        NULL,
};
static const char *const sandbox_utf8_names[] = {
    "char", "charpattern", "codepoint", "codes", "len", "offset", NULL,
};
static const char *const sandbox_table_names[] = {"concat", "pack", "unpack", NULL};
/* No find/match/gmatch/gsub: their backtracking runs in C, out of the hook's reach. */
static const char *const sandbox_string_names[] = {
    "byte", "char", "format", "len", "lower", "reverse", "sub", "upper", NULL,
};

static Sandbox *sandbox_from_state(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* The whole state's memory passes here; growing past the cap returns NULL. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0; /* for a new block osize is a type tag */
    void *block;

    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && nsize - old > sb->limit - sb->used) {
        sb->memory_refused = true;
        return NULL;
    }
    block = realloc(ptr, nsize);
    if (!block)
        return NULL;
    sb->used = sb->used - old + nsize;
    return block;
}

static bool sandbox_deadline_passed(const Sandbox *sb)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec != sb->deadline.tv_sec)
        return now.tv_sec > sb->deadline.tv_sec;
    return now.tv_nsec >= sb->deadline.tv_nsec;
}

static void sandbox_arm_deadline(Sandbox *sb)
{
    struct timespec now;
    double whole = floor(sb->seconds);
    long nsec;

    clock_gettime(CLOCK_MONOTONIC, &now);
    nsec = now.tv_nsec + (long)((sb->seconds - whole) * 1e9);
    sb->deadline.tv_sec = now.tv_sec + (time_t)whole + nsec / 1000000000L;
    sb->deadline.tv_nsec = nsec % 1000000000L;
}

/*
 * Raises on every firing once the deadline has passed, so nothing can outlast
 * it. Never give pack code a message handler: Lua disables hooks while one runs.
 */
static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = sandbox_from_state(L);

    (void)ar;
    if (!sandbox_deadline_passed(sb))
        return;
    sb->refusal = SANDBOX_REFUSAL_TIME;
    lua_pushliteral(L, "time limit exceeded");
    lua_error(L);
}

/* A library limit: a Lua error at the caller's line that the report calls a refusal. */
static int sandbox_refuse(lua_State *L, const char *fmt, ...)
{
    va_list ap;

    sandbox_from_state(L)->refusal = SANDBOX_REFUSAL_LIMIT;
    luaL_where(L, 1);
    va_start(ap, fmt);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    lua_concat(L, 2);
    return lua_error(L);
}

/* string.rep that sizes its result (separators included) before allocating it. */
static int sandbox_string_rep(lua_State *L)
{
    const uint64_t max = SANDBOX_STRING_MAX;
    size_t len, sep_len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    const char *sep = luaL_optlstring(L, 3, "", &sep_len);
    uint64_t total;
    luaL_Buffer b;
    char *out;

    if (n <= 0 || len + sep_len == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    /* every count is <= max after these tests, so the products below fit */
    if (len > max || (n > 1 && sep_len > max) || (uint64_t)n - 1 > max)
        total = max + 1;
    else
        total = (uint64_t)n * len + ((uint64_t)n - 1) * sep_len;
    if (total > max)
        return sandbox_refuse(
            L, "string.rep: the result would be larger than %d MB, the sandbox limit",
            (int)(SANDBOX_STRING_MAX / (1024u * 1024u)));
    out = luaL_buffinitsize(L, &b, (size_t)total);
    for (lua_Integer i = 0; i < n; i++) {
        memcpy(out, s, len);
        out += len;
        if (i + 1 < n && sep_len > 0) {
            memcpy(out, sep, sep_len);
            out += sep_len;
        }
    }
    luaL_pushresultsize(&b, (size_t)total);
    return 1;
}

/* Calls the library's own function (upvalue 1) once the span is known to be small. */
static int sandbox_table_call(lua_State *L, const char *name, lua_Unsigned span)
{
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));

    if (span > SANDBOX_TABLE_SPAN_MAX)
        return sandbox_refuse(L, "table.%s: %I elements to move, the sandbox allows %I per call",
                              name, (lua_Integer)span, (lua_Integer)SANDBOX_TABLE_SPAN_MAX);
    return original(L);
}

static lua_Unsigned sandbox_table_len(lua_State *L)
{
    return lua_type(L, 1) == LUA_TTABLE ? lua_rawlen(L, 1) : 0;
}

static int sandbox_table_insert(lua_State *L)
{
    lua_Unsigned n = sandbox_table_len(L), span = 0;
    int isnum = 0;
    lua_Integer pos = lua_tointegerx(L, 2, &isnum);

    if (lua_gettop(L) == 3 && isnum && pos >= 1 && (lua_Unsigned)pos <= n + 1)
        span = n + 1 - (lua_Unsigned)pos;
    return sandbox_table_call(L, "insert", span);
}

static int sandbox_table_remove(lua_State *L)
{
    lua_Unsigned n = sandbox_table_len(L), span = 0;
    int isnum = 0;
    lua_Integer pos = lua_tointegerx(L, 2, &isnum);

    if (isnum && pos >= 1 && (lua_Unsigned)pos <= n)
        span = n - (lua_Unsigned)pos;
    return sandbox_table_call(L, "remove", span);
}

static int sandbox_table_move(lua_State *L)
{
    int f_ok = 0, e_ok = 0;
    lua_Integer f = lua_tointegerx(L, 2, &f_ok);
    lua_Integer e = lua_tointegerx(L, 3, &e_ok);
    lua_Unsigned span = 0;

    if (f_ok && e_ok && e >= f)
        span = (lua_Unsigned)e - (lua_Unsigned)f; /* one less than the count: never wraps */
    return sandbox_table_call(L, "move", span);
}

static int sandbox_table_sort(lua_State *L)
{
    return sandbox_table_call(L, "sort", sandbox_table_len(L));
}

/* Copies lib[name] for each name into the table on top of the stack. */
static void sandbox_copy_fields(lua_State *L, int lib, const char *const *names)
{
    for (; *names; names++) {
        if (lua_getfield(L, lib, *names) == LUA_TNIL)
            luaL_error(L, "the Lua library lacks '%s'", *names);
        lua_setfield(L, -2, *names);
    }
}

static void sandbox_open_lib(lua_State *L, const char *name, lua_CFunction open,
                             const char *const *names)
{
    luaL_requiref(L, name, open, 0); /* into the registry, not into any globals */
    lua_newtable(L);
    sandbox_copy_fields(L, lua_absindex(L, -2), names);
    lua_remove(L, -2);
}

static void sandbox_add_table_guard(lua_State *L, int lib, const char *name, lua_CFunction guard)
{
    lua_getfield(L, lib, name);
    if (!lua_tocfunction(L, -1))
        luaL_error(L, "the Lua library lacks 'table.%s'", name);
    lua_pushcclosure(L, guard, 1);
    lua_setfield(L, -2, name);
}

/* Protected: builds the environment pack code sees, and nothing else. */
static int sandbox_open(lua_State *L)
{
    Sandbox *sb = sandbox_from_state(L);
    int env, table_lib;

    lua_newtable(L);
    env = lua_gettop(L);

    luaL_requiref(L, LUA_GNAME, luaopen_base, 0);
    lua_pushvalue(L, env);
    sandbox_copy_fields(L, lua_absindex(L, -2), sandbox_base_names);
    lua_pop(L, 2);

    sandbox_open_lib(L, LUA_MATHLIBNAME, luaopen_math, sandbox_math_names);
    lua_setfield(L, env, "math");
    sandbox_open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8, sandbox_utf8_names);
    lua_setfield(L, env, "utf8");

    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);
    table_lib = lua_gettop(L);
    lua_newtable(L);
    sandbox_copy_fields(L, table_lib, sandbox_table_names);
    sandbox_add_table_guard(L, table_lib, "insert", sandbox_table_insert);
    sandbox_add_table_guard(L, table_lib, "remove", sandbox_table_remove);
    sandbox_add_table_guard(L, table_lib, "move", sandbox_table_move);
    sandbox_add_table_guard(L, table_lib, "sort", sandbox_table_sort);
    lua_setfield(L, env, "table");
    lua_pop(L, 1);

    sandbox_open_lib(L, LUA_STRLIBNAME, luaopen_string, sandbox_string_names);
    lua_pushcfunction(L, sandbox_string_rep);
    lua_setfield(L, -2, "rep");
    /* Strings are the only values pack code gets that carry a metatable: their
       methods must come from the sanitized table, so ("x"):find is nil. */
    lua_pushliteral(L, "");
    if (!lua_getmetatable(L, -1))
        luaL_error(L, "the string library set no metatable for strings");
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 2);
    lua_setfield(L, env, "string");

    lua_pushvalue(L, env);
    sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Copies untrusted text into a fixed buffer: control characters become '?',
   and truncation never leaves half a UTF-8 sequence at the end. */
static void sandbox_copy_text(char *dst, size_t cap, const char *src, size_t len)
{
    size_t n = len < cap - 1 ? len : cap - 1;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[i] = ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) ? '?' : (char)c;
    }
    if (n < len) {
        size_t cut = n;
        while (cut > 0 && ((unsigned char)dst[cut - 1] & 0xC0) == 0x80)
            cut--;
        if (cut > 0 && ((unsigned char)dst[cut - 1] & 0x80))
            n = cut - 1; /* drop the lead byte of the cut sequence too */
    }
    dst[n] = '\0';
}

/* Where the innermost Lua function on the dead coroutine was: the error's place. */
static void sandbox_locate(lua_State *co, MsError *err)
{
    lua_Debug ar;

    for (int level = 0; level < SANDBOX_STACK_LEVELS && lua_getstack(co, level, &ar); level++) {
        if (!lua_getinfo(co, "Sl", &ar) || ar.currentline <= 0 || ar.source[0] != '@')
            continue;
        sandbox_copy_text(err->file, sizeof err->file, ar.source + 1, strlen(ar.source + 1));
        err->line = ar.currentline;
        return;
    }
}

/* Does the "source" part of a message name the chunk? Lua shortens long names to "...tail". */
static bool sandbox_names_chunk(const char *prefix, size_t prefix_len, const char *chunkname)
{
    size_t name_len = strlen(chunkname);

    if (prefix_len == name_len && memcmp(prefix, chunkname, name_len) == 0)
        return true;
    if (prefix_len > 3 && memcmp(prefix, "...", 3) == 0 && prefix_len - 3 <= name_len)
        return memcmp(prefix + 3, chunkname + name_len - (prefix_len - 3), prefix_len - 3) == 0;
    return false;
}

/* Splits "source:line: text" into err's file, line and message. */
static void sandbox_split_message(const char *msg, size_t len, const char *chunkname, MsError *err)
{
    size_t limit = len < MS_ERROR_FILE_MAX ? len : MS_ERROR_FILE_MAX;

    for (size_t colon = 1; colon < limit && msg[colon - 1] != '\n'; colon++) {
        size_t i = colon + 1;
        long line = 0;

        if (msg[colon] != ':')
            continue;
        while (i < len && i - colon <= 9 && msg[i] >= '0' && msg[i] <= '9')
            line = line * 10 + (msg[i++] - '0');
        if (i == colon + 1 || i >= len || msg[i] != ':')
            continue;
        if (sandbox_names_chunk(msg, colon, chunkname))
            sandbox_copy_text(err->file, sizeof err->file, chunkname, strlen(chunkname));
        else
            sandbox_copy_text(err->file, sizeof err->file, msg, colon);
        err->line = (int)line;
        i++;
        if (i < len && msg[i] == ' ')
            i++;
        sandbox_copy_text(err->message, sizeof err->message, msg + i, len - i);
        return;
    }
    sandbox_copy_text(err->message, sizeof err->message, msg, len);
}

/* Fills run->err from a failed load or resume of co; reads, never calls, the error object. */
static void sandbox_report(SandboxRun *run, lua_State *co, int status)
{
    Sandbox *sb = run->sb;
    MsError *err = run->err;

    ms_error_set(err, MS_ERR_INVALID, NULL, 0, "%s", "");
    sandbox_copy_text(err->file, sizeof err->file, run->chunkname, strlen(run->chunkname));
    sandbox_locate(co, err);
    run->failed = true;
    if (sb->refusal == SANDBOX_REFUSAL_TIME) {
        err->code = MS_ERR_REFUSED;
        snprintf(err->message, sizeof err->message, "time limit of %g s exceeded", sb->seconds);
    } else if (status == LUA_ERRMEM && sb->memory_refused) {
        err->code = MS_ERR_REFUSED;
        snprintf(err->message, sizeof err->message, "memory limit of %g MB exceeded",
                 (double)sb->limit / (1024.0 * 1024.0));
    } else if (status == LUA_ERRMEM) {
        err->code = MS_ERR_NOMEM;
        snprintf(err->message, sizeof err->message, "out of memory");
    } else if (lua_type(co, -1) == LUA_TSTRING) {
        size_t len;
        const char *msg = lua_tolstring(co, -1, &len);
        if (sb->refusal == SANDBOX_REFUSAL_LIMIT)
            err->code = MS_ERR_REFUSED;
        sandbox_split_message(msg, len, run->chunkname, err);
    } else {
        snprintf(err->message, sizeof err->message, "error object is a %s value",
                 lua_typename(co, lua_type(co, -1)));
    }
}

/* Protected, on the main thread: loads and runs the chunk in a new coroutine. */
static int sandbox_run_protected(lua_State *L)
{
    SandboxRun *run = lua_touserdata(L, 1);
    Sandbox *sb = run->sb;
    lua_State *co = lua_newthread(L);
    const char *name = lua_pushfstring(L, "@%s", run->chunkname);
    int status, nres = 0;

    lua_sethook(co, sandbox_hook, LUA_MASKCOUNT, SANDBOX_HOOK_COUNT);
    status = luaL_loadbufferx(co, run->buf, run->len, name, "t");
    if (status != LUA_OK) {
        sandbox_report(run, co, status);
        return 0;
    }
    lua_rawgeti(co, LUA_REGISTRYINDEX, sb->env_ref);
    if (!lua_setupvalue(co, -2, 1)) /* a main chunk's only upvalue is _ENV */
        return luaL_error(L, "the loaded chunk has no _ENV upvalue");
    sandbox_arm_deadline(sb);
    status = lua_resume(co, L, 0, &nres);
    if (status != LUA_OK) {
        if (status == LUA_YIELD) /* nothing pack code can reach yields */
            lua_pushliteral(co, "the scenario code yielded");
        sandbox_report(run, co, status);
        return 0;
    }
    if (nres > 0) {
        lua_pushvalue(co, -nres);
        lua_xmove(co, L, 1);
    } else {
        lua_pushnil(L);
    }
    return 1;
}

MsStatus sandbox_create(const SandboxLimits *limits, Sandbox **out, MsError *err)
{
    SandboxLimits lim = {SANDBOX_DEFAULT_MEMORY, SANDBOX_DEFAULT_SECONDS};
    Sandbox *sb = NULL;
    MsStatus code = MS_OK;
    int status;

    ms_error_clear(err);
    if (!out)
        return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "sandbox_create: no result pointer");
    *out = NULL;
    if (limits)
        lim = *limits;
    if (lim.memory_bytes == 0 || !(lim.seconds > 0.0 && lim.seconds <= SANDBOX_SECONDS_MAX))
        return ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                            "sandbox limits need a memory cap above 0 and 0 to %g seconds",
                            SANDBOX_SECONDS_MAX);
    sb = calloc(1, sizeof *sb);
    if (!sb)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    sb->limit = lim.memory_bytes;
    sb->seconds = lim.seconds;
    sb->env_ref = LUA_NOREF;
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L)
        goto fail;
    /* Before anything else: with the deadline at zero, stray Lua code stops at once. */
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, SANDBOX_HOOK_COUNT);
    lua_pushcfunction(sb->L, sandbox_open);
    status = lua_pcall(sb->L, 0, 0, 0);
    if (status != LUA_OK && status != LUA_ERRMEM) {
        code = ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "cannot open the sandbox: %s",
                            lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : "?");
        goto fail;
    }
    if (status != LUA_OK)
        goto fail;
    *out = sb;
    return MS_OK;

fail:
    if (code == MS_OK && sb->memory_refused)
        code =
            ms_error_set(err, MS_ERR_INVALID, NULL, 0,
                         "a memory limit of %zu bytes is too small to open the sandbox", sb->limit);
    else if (code == MS_OK)
        code = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory while opening the sandbox");
    if (sb->L)
        lua_close(sb->L);
    free(sb);
    return code;
}

void sandbox_free(Sandbox *sb)
{
    if (!sb)
        return;
    lua_close(sb->L); /* still through the capped allocator */
    free(sb);
}

lua_State *sandbox_state(Sandbox *sb)
{
    return sb ? sb->L : NULL;
}

size_t sandbox_memory_used(const Sandbox *sb)
{
    return sb ? sb->used : 0;
}

MsStatus sandbox_run(Sandbox *sb, const char *buf, size_t len, const char *chunkname, MsError *err)
{
    MsError scratch;
    SandboxRun run = {sb, buf, len, chunkname, err ? err : &scratch, false};
    int top, status;

    ms_error_clear(run.err);
    if (!sb || (!buf && len > 0) || !chunkname)
        return ms_error_set(err, MS_ERR_INTERNAL, NULL, 0, "sandbox_run: invalid arguments");
    if (len > 0 && buf[0] == LUA_SIGNATURE[0])
        return ms_error_set(
            err, MS_ERR_REFUSED, chunkname, 0,
            "binary (precompiled) Lua chunks are refused: give the Lua source text");
    if (!lua_checkstack(sb->L, 3))
        return ms_error_set(err, MS_ERR_NOMEM, chunkname, 0, "out of memory");
    top = lua_gettop(sb->L);
    sb->refusal = SANDBOX_REFUSAL_NONE;
    sb->memory_refused = false;
    lua_pushcfunction(sb->L, sandbox_run_protected);
    lua_pushlightuserdata(sb->L, &run);
    status = lua_pcall(sb->L, 1, 1, 0);
    sb->deadline = (struct timespec){0, 0};
    if (status != LUA_OK && !run.failed) {
        if (status == LUA_ERRMEM && sb->memory_refused)
            ms_error_set(run.err, MS_ERR_REFUSED, chunkname, 0, "memory limit of %g MB exceeded",
                         (double)sb->limit / (1024.0 * 1024.0));
        else if (status == LUA_ERRMEM)
            ms_error_set(run.err, MS_ERR_NOMEM, chunkname, 0, "out of memory");
        else
            ms_error_set(run.err, MS_ERR_INTERNAL, chunkname, 0, "sandbox: %s",
                         lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : "?");
        run.failed = true;
    }
    if (run.failed) {
        lua_settop(sb->L, top);
        return run.err->code;
    }
    return MS_OK;
}
