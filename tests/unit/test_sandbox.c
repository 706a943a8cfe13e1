/*
 * test_sandbox.c: the Lua sandbox against hostile scenario code.
 * Every refusal is checked for its status, its message and its line; limits in
 * these tests are small (0.2 s, a few MB) so the whole file runs in seconds.
 */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <lauxlib.h>
#include <lualib.h>

#include "sandbox.h"

#define MB (1024u * 1024u)
#define TEST_SECONDS 0.2
/* Wall-clock slack for a loaded 2-core CI machine and sanitizer builds: the point of the
 * timing checks is that a run stops soon after its deadline, not how soon to the millisecond. */
#define TEST_SLACK 1.5

typedef struct Outcome {
    MsStatus status;
    MsError err;
    double elapsed;
} Outcome;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static Sandbox *open_sandbox(size_t memory, double seconds)
{
    SandboxLimits limits = {memory, seconds};
    Sandbox *sb = NULL;
    MsError err;
    assert_int_equal(sandbox_create(&limits, &sb, &err), MS_OK);
    assert_non_null(sb);
    return sb;
}

/* Runs code in sb; on success the one pushed value stays on the stack. */
static Outcome run_in(Sandbox *sb, const char *code)
{
    Outcome out;
    lua_State *L = sandbox_state(sb);
    int top = lua_gettop(L);
    double start = now_seconds();

    out.status = sandbox_run(sb, code, strlen(code), "scenario.lua", &out.err);
    out.elapsed = now_seconds() - start;
    assert_int_equal(out.err.code, out.status);
    assert_int_equal(lua_gettop(L), top + (out.status == MS_OK ? 1 : 0));
    return out;
}

/* A fresh sandbox with the test limits; closes it, so only the outcome is left. */
static Outcome run_fresh_limits(size_t memory, double seconds, const char *code)
{
    Sandbox *sb = open_sandbox(memory, seconds);
    Outcome out = run_in(sb, code);
    sandbox_free(sb);
    return out;
}

/* For tests about time: the short test budget. */
static Outcome run_timed(size_t memory, const char *code)
{
    return run_fresh_limits(memory, TEST_SECONDS, code);
}

/* For everything else: a budget that only stops a hang, so a slow sanitizer build on a busy
 * machine cannot turn a memory or error test into a time-out. */
static Outcome run_fresh(size_t memory, const char *code)
{
    return run_fresh_limits(memory, 20.0, code);
}

static void assert_refused(const Outcome *out, const char *message, int line)
{
    assert_int_equal(out->status, MS_ERR_REFUSED);
    assert_string_equal(out->err.file, "scenario.lua");
    assert_non_null(strstr(out->err.message, message));
    assert_int_equal(out->err.line, line);
}

static void assert_invalid(const Outcome *out, const char *message, int line)
{
    assert_int_equal(out->status, MS_ERR_INVALID);
    assert_string_equal(out->err.file, "scenario.lua");
    assert_non_null(strstr(out->err.message, message));
    assert_int_equal(out->err.line, line);
}

static void test_default_limits(void **state)
{
    Sandbox *sb = NULL;
    MsError err;
    Outcome out;
    (void)state;

    assert_int_equal(SANDBOX_DEFAULT_MEMORY, 64u * MB);
    assert_true(SANDBOX_DEFAULT_SECONDS == 2.0);
    assert_int_equal(sandbox_create(NULL, &sb, &err), MS_OK);
    out = run_in(sb, "local s = 'x'\nwhile true do s = s .. s end\n");
    assert_refused(&out, "memory limit of 64 MB exceeded", 2);
    assert_string_equal(out.err.message, "memory limit of 64 MB exceeded");
    assert_true(sandbox_memory_used(sb) <= SANDBOX_DEFAULT_MEMORY);
    sandbox_free(sb);
}

static void test_bad_limits_rejected(void **state)
{
    SandboxLimits none = {0, 1.0}, no_time = {MB, 0.0}, tiny = {512, 1.0};
    Sandbox *sb = (Sandbox *)&sb;
    MsError err;
    (void)state;

    assert_int_equal(sandbox_create(&none, &sb, &err), MS_ERR_INVALID);
    assert_null(sb);
    assert_int_equal(sandbox_create(&no_time, &sb, &err), MS_ERR_INVALID);
    assert_int_equal(sandbox_create(&tiny, &sb, &err), MS_ERR_INVALID);
    assert_non_null(strstr(err.message, "too small"));
    assert_null(sb);
    sandbox_free(NULL);
}

static void test_forbidden_globals_are_nil(void **state)
{
    static const char *const names[] = {
        "io",    "os",           "package",      "require",        "dofile",   "loadfile",
        "load",  "loadstring",   "debug",        "collectgarbage", "pcall",    "xpcall",
        "print", "setmetatable", "getmetatable", "rawset",         "rawget",   "coroutine",
        "_G",    "warn",         "module",       "unpack",         "newproxy", "jit",
    };
    Sandbox *sb = open_sandbox(8 * MB, TEST_SECONDS);
    lua_State *L = sandbox_state(sb);
    char code[128];
    (void)state;

    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(code, sizeof code, "return %s", names[i]);
        Outcome out = run_in(sb, code);
        assert_int_equal(out.status, MS_OK);
        if (!lua_isnil(L, -1))
            fail_msg("global '%s' is reachable", names[i]);
        lua_pop(L, 1);
    }
    sandbox_free(sb);
}

static void test_allowed_globals_present(void **state)
{
    static const char *const code =
        "local names = {'assert', 'error', 'ipairs', 'next', 'pairs', 'select', 'tonumber',\n"
        "  'tostring', 'type', 'rawequal', 'rawlen'}\n"
        "for _, n in ipairs(names) do assert(type(_ENV[n]) == 'function', n) end\n"
        "assert(math.floor(2.5) == 2 and math.pi > 3 and math.maxinteger > 0)\n"
        "assert(math.random == nil and math.randomseed == nil, 'random')\n"
        "assert(utf8.char(72, 105) == 'Hi' and type(utf8.charpattern) == 'string')\n"
        "for _, n in ipairs({'concat', 'insert', 'move', 'pack', 'remove', 'sort', 'unpack'}) do\n"
        "  assert(type(table[n]) == 'function', n) end\n"
        "local t = {3, 1, 2} table.sort(t) table.insert(t, 1, 0) table.remove(t)\n"
        "assert(table.concat(t, ',') == '0,1,2', 'table')\n"
        "assert(table.concat(table.move({1, 2, 3}, 1, 3, 2, {}), ',', 2, 4) == '1,2,3')\n"
        "return 'ok'\n";
    Sandbox *sb = open_sandbox(8 * MB, TEST_SECONDS);
    Outcome out = run_in(sb, code);
    (void)state;

    if (out.status != MS_OK)
        fail_msg("%d: %s", out.err.line, out.err.message);
    assert_string_equal(lua_tostring(sandbox_state(sb), -1), "ok");
    sandbox_free(sb);
}

static void test_string_table_sanitized(void **state)
{
    static const char *const code =
        "for _, n in ipairs({'find', 'match', 'gmatch', 'gsub', 'dump'}) do\n"
        "  assert(string[n] == nil, n)\n"
        "  assert(('x')[n] == nil, 'method ' .. n)\n"
        "end\n"
        "assert(('x').find == nil)\n"
        "assert(('x').rep == string.rep and ('ab'):rep(3, '-') == 'ab-ab-ab')\n"
        "assert(('Abc'):upper() == 'ABC' and ('Abc'):lower() == 'abc' and #('abc'):reverse() == "
        "3)\n"
        "assert(string.format('%s=%d', 'n', 4) == 'n=4' and ('hello'):sub(2, 3) == 'el')\n"
        "assert(string.byte('A') == 65 and string.char(66) == 'B' and string.len('abc') == 3)\n"
        "assert(string.rep('', 1e15) == '' and string.rep('x', 0) == '')\n"
        "return #string.rep('x', 4 * 1024 * 1024)\n";
    Sandbox *sb = open_sandbox(32 * MB, TEST_SECONDS);
    Outcome out = run_in(sb, code);
    (void)state;

    if (out.status != MS_OK)
        fail_msg("%d: %s", out.err.line, out.err.message);
    assert_int_equal(lua_tointeger(sandbox_state(sb), -1), SANDBOX_STRING_MAX);
    sandbox_free(sb);
}

static void test_pattern_method_call_fails(void **state)
{
    Outcome out = run_fresh(8 * MB, "local s = 'abc'\nreturn s:find('b')\n");
    (void)state;
    assert_invalid(&out, "attempt to call a nil value (method 'find')", 2);
}

typedef struct Dump {
    char bytes[4096];
    size_t len;
} Dump;

static int write_chunk(lua_State *L, const void *p, size_t size, void *ud)
{
    Dump *d = ud;
    (void)L;
    if (size > sizeof d->bytes - d->len)
        return 1;
    memcpy(d->bytes + d->len, p, size);
    d->len += size;
    return 0;
}

static void test_binary_chunk_refused(void **state)
{
    lua_State *plain = luaL_newstate();
    Dump dump = {.len = 0};
    Sandbox *sb = open_sandbox(8 * MB, TEST_SECONDS);
    MsError err;
    (void)state;

    assert_int_equal(luaL_loadstring(plain, "return 42"), LUA_OK);
    assert_int_equal(lua_dump(plain, write_chunk, &dump, 0), 0);
    lua_close(plain);
    assert_true(dump.len > 4 && dump.bytes[0] == '\x1b');

    assert_int_equal(sandbox_run(sb, dump.bytes, dump.len, "pack.luac", &err), MS_ERR_REFUSED);
    assert_int_equal(err.code, MS_ERR_REFUSED);
    assert_string_equal(err.file, "pack.luac");
    assert_int_equal(err.line, 0);
    assert_non_null(strstr(err.message, "binary"));
    assert_int_equal(lua_gettop(sandbox_state(sb)), 0);
    sandbox_free(sb);
}

static void test_endless_loop_times_out(void **state)
{
    Outcome out = run_timed(8 * MB, "local n = 0\nwhile true do end\n");
    (void)state;

    assert_refused(&out, "time limit of 0.2 s exceeded", 2);
    assert_true(out.elapsed >= TEST_SECONDS);
    assert_true(out.elapsed < TEST_SECONDS + TEST_SLACK);
}

static void test_timeout_cannot_be_caught(void **state)
{
    static const char *const code = "local catch = pcall or xpcall or function(f) return f() end\n"
                                    "local n = 0\n"
                                    "while true do\n"
                                    "  catch(function() assert(n >= 0, 'never')\n"
                                    "    while true do n = n + 1 end end)\n"
                                    "end\n";
    Outcome out = run_timed(8 * MB, code);
    (void)state;

    assert_refused(&out, "time limit", 5);
    assert_true(out.elapsed < TEST_SECONDS + TEST_SLACK);
}

static void test_error_loop_cannot_survive(void **state)
{
    static const char *const code =
        "local i = 0\n"
        "local t = {3, 2, 1}\n"
        "while true do\n"
        "  i = i + 1\n"
        "  assert(i > 0, 'overflow')\n"
        "  if i < 0 then error({retry = true}) end\n"
        "  table.sort(t, function(a, b) if i < 0 then error('x') end return a < b end)\n"
        "end\n";
    Outcome out = run_timed(8 * MB, code);
    (void)state;

    assert_int_equal(out.status, MS_ERR_REFUSED);
    assert_string_equal(out.err.message, "time limit of 0.2 s exceeded");
    assert_true(out.err.line >= 3 && out.err.line <= 7);
    assert_true(out.elapsed < TEST_SECONDS + TEST_SLACK);
}

static void test_deadline_stays_after_run(void **state)
{
    Sandbox *sb = open_sandbox(8 * MB, TEST_SECONDS);
    lua_State *L = sandbox_state(sb);
    Outcome out = run_in(sb, "while true do end\n");
    double start;
    (void)state;

    assert_refused(&out, "time limit", 1);
    /* Code run on the state outside sandbox_run meets the hook at once. */
    start = now_seconds();
    assert_int_equal(luaL_loadstring(L, "local n = 0 while true do n = n + 1 end"), LUA_OK);
    assert_int_not_equal(lua_pcall(L, 0, 0, 0), LUA_OK);
    assert_true(now_seconds() - start < TEST_SLACK);
    lua_pop(L, 1);
    /* The next run gets a fresh budget. */
    out = run_in(sb, "local n = 0 for i = 1, 1000 do n = n + i end return n");
    assert_int_equal(out.status, MS_OK);
    assert_int_equal(lua_tointeger(L, -1), 500500);
    lua_pop(L, 1);
    sandbox_free(sb);
}

static void test_memory_bomb_refused(void **state)
{
    Outcome out = run_fresh(8 * MB, "local s = 'x'\nlocal t = {}\nwhile true do\n"
                                    "  s = s .. s\n  t[#t + 1] = s\nend\n");
    (void)state;

    assert_refused(&out, "memory limit of 8 MB exceeded", 4);
    assert_true(out.elapsed < 1.0 + TEST_SLACK);
}

static void test_table_fill_refused(void **state)
{
    Outcome out = run_timed(8 * MB, "local t = {} for i = 1, 1e9 do t[i] = i end\n");
    (void)state;

    assert_int_equal(out.status, MS_ERR_REFUSED);
    assert_int_equal(out.err.line, 1);
    assert_true(strstr(out.err.message, "memory limit of 8 MB exceeded") ||
                strstr(out.err.message, "time limit of 0.2 s exceeded"));
    assert_true(out.elapsed < TEST_SECONDS + TEST_SLACK);
}

static void test_huge_table_constructor_refused(void **state)
{
    static const char *const code =
        "local s = string.rep('x', 4 * 1024 * 1024)\n"
        "return {\n"
        "  s .. 1, s .. 2, s .. 3, s .. 4, s .. 5, s .. 6, s .. 7, s .. 8,\n"
        "}\n";
    Outcome out = run_fresh(16 * MB, code);
    size_t len = 0, cap = 600000;
    char *big = malloc(cap + 32);
    (void)state;

    assert_refused(&out, "memory limit of 16 MB exceeded", 3);
    /* A constructor too big to compile is refused while loading. */
    assert_non_null(big);
    len += (size_t)sprintf(big, "return {");
    while (len < cap)
        len += (size_t)sprintf(big + len, "%zu,", len);
    strcpy(big + len, "}");
    out = run_fresh(MB, big);
    free(big);
    assert_refused(&out, "memory limit of 1 MB exceeded", 0);
}

static void test_string_rep_refused_fast(void **state)
{
    Outcome out = run_fresh(8 * MB, "local n = 1e9\nreturn string.rep('x', n)\n");
    (void)state;

    assert_refused(&out, "string.rep: the result would be larger than 4 MB", 2);
    assert_true(out.elapsed < TEST_SLACK);

    out = run_fresh(8 * MB, "return ('x'):rep(1e8, 'yy')\n");
    assert_refused(&out, "larger than 4 MB", 1);
    assert_true(out.elapsed < TEST_SLACK);

    /* The separator counts: 2 MB of 'xx' plus separators is 6 MB. */
    out = run_fresh(32 * MB, "return ('xx'):rep(2 * 1024 * 1024, '-')\n");
    assert_refused(&out, "larger than 4 MB", 1);
    out = run_fresh(32 * MB, "return #('x'):rep(2 * 1024 * 1024, '-')\n");
    assert_int_equal(out.status, MS_OK);
}

static void test_table_concat_hits_memory_cap(void **state)
{
    static const char *const code = "local s = string.rep('x', 4 * 1024 * 1024)\n"
                                    "local t = {}\n"
                                    "for i = 1, 64 do t[i] = s end\n"
                                    "return table.concat(t, s)\n";
    Outcome out = run_fresh(32 * MB, code);
    (void)state;

    assert_refused(&out, "memory limit of 32 MB exceeded", 4);
}

static void test_table_spans_capped(void **state)
{
    Outcome out = run_fresh(8 * MB, "local t = {}\nreturn table.move(t, 1, 1e15, 2)\n");
    (void)state;

    assert_refused(&out, "table.move", 2);
    assert_true(out.elapsed < TEST_SLACK);
    /* filling 300,000 slots takes a while under a sanitizer: a budget that only stops a hang */
    out = run_fresh_limits(32 * MB, 10.0,
                           "local t = {}\nfor i = 1, 300000 do t[i] = i end\ntable.sort(t)\n");
    assert_refused(&out, "table.sort", 3);
    out = run_fresh_limits(32 * MB, 10.0,
                           "local t = {}\nfor i = 1, 300000 do t[i] = i end\n"
                           "table.insert(t, #t + 1, 0)\ntable.insert(t, 1, 0)\n");
    assert_refused(&out, "table.insert", 4);
}

static void test_utf8_char_many_args(void **state)
{
    static const char *const code = "local cps = {}\n"
                                    "for i = 1, 10000 do cps[i] = 0x20AC end\n"
                                    "local s = utf8.char(table.unpack(cps))\n"
                                    "return utf8.len(s) * 10 + #s // 10000\n";
    Sandbox *sb = open_sandbox(8 * MB, TEST_SECONDS);
    Outcome out = run_in(sb, code);
    (void)state;

    assert_int_equal(out.status, MS_OK);
    assert_int_equal(lua_tointeger(sandbox_state(sb), -1), 100003);
    sandbox_free(sb);
}

static void test_string_format_wide_conversion(void **state)
{
    Outcome out = run_fresh(8 * MB, "local x = 1\nreturn string.format('%5000d', x)\n");
    (void)state;

    assert_invalid(&out, "invalid conversion", 2);
}

static void test_deep_recursion_is_clean(void **state)
{
    /* A million Lua levels take about half a second to reach. */
    Outcome out = run_fresh_limits(
        64 * MB, 20.0, "local function f(n)\n  return 1 + f(n + 1)\nend\nreturn f(1)\n");
    (void)state;

    assert_invalid(&out, "stack overflow", 2);
    out = run_fresh(4 * MB, "local function f(n)\n  return 1 + f(n + 1)\nend\nreturn f(1)\n");
    assert_refused(&out, "memory limit of 4 MB exceeded", 2);
}

static void test_syntax_error_line(void **state)
{
    Outcome out = run_fresh(8 * MB, "local a = 1\nlocal b = 2\nlocal c = = 3\nreturn a\n");
    (void)state;

    assert_invalid(&out, "unexpected symbol near '='", 3);
    assert_null(strstr(out.err.message, "scenario.lua"));
}

static void test_runtime_error_line(void **state)
{
    Outcome out = run_fresh(8 * MB, "local t = {}\n\nlocal x = t.missing + 1\nreturn x\n");
    (void)state;

    assert_invalid(&out, "attempt to perform arithmetic on a nil value (field 'missing')", 3);
    assert_null(strstr(out.err.message, "scenario.lua"));
}

static void test_error_object_table(void **state)
{
    Outcome out = run_fresh(8 * MB, "local t = {}\nerror({code = 7})\n");
    (void)state;

    assert_invalid(&out, "error object is a table value", 2);
    assert_string_equal(out.err.message, "error object is a table value");
    out = run_fresh(8 * MB, "\n\nassert(false, 42)\n");
    assert_invalid(&out, "error object is a number value", 3);
}

static void test_error_string_is_sanitized(void **state)
{
    Outcome out = run_fresh(
        8 * MB, "local m = '\\27[31mred!'\nerror(m .. string.rep('\\226\\130\\172', 400), 0)\n");
    (void)state;

    /* Level 0 adds no position: the line comes from the stack. */
    assert_invalid(&out, "?[31mred", 2);
    assert_null(strchr(out.err.message, '\x1b'));
    assert_true(strlen(out.err.message) < MS_ERROR_MESSAGE_MAX);
    assert_true((strlen(out.err.message) - 9) % 3 == 0); /* no euro sign cut in half */
}

static void test_long_chunkname(void **state)
{
    char name[160];
    Sandbox *sb = open_sandbox(8 * MB, TEST_SECONDS);
    MsError err;
    const char *code = "local a = 1\nlocal b = nil .. a\n";
    (void)state;

    memset(name, 'd', sizeof name);
    memcpy(name + sizeof name - 14, "/scenario.lua", 14);
    assert_int_equal(sandbox_run(sb, code, strlen(code), name, &err), MS_ERR_INVALID);
    assert_string_equal(err.file, name);
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.message, "attempt to concatenate a nil value"));
    sandbox_free(sb);
}

static void test_normal_chunk_returns_table(void **state)
{
    static const char *const code =
        "local function scene(id, text) return {id = id, text = {nl = text, en = text}} end\n"
        "helper = 1\n"
        "return {\n"
        "  title = {nl = 'Zorgen om Sam', en = 'Worries about Sam'},\n"
        "  scenes = {scene('start', 'Begin'), scene('gesprek', 'Gesprek')},\n"
        "}, 'second result'\n";
    Sandbox *sb = open_sandbox(SANDBOX_DEFAULT_MEMORY, TEST_SECONDS);
    lua_State *L = sandbox_state(sb);
    Outcome out = run_in(sb, code);
    (void)state;

    assert_int_equal(out.status, MS_OK);
    assert_int_equal(lua_gettop(L), 1);
    assert_int_equal(lua_type(L, -1), LUA_TTABLE);
    assert_int_equal(lua_getfield(L, -1, "scenes"), LUA_TTABLE);
    assert_int_equal(lua_rawlen(L, -1), 2);
    lua_pop(L, 1);
    assert_int_equal(lua_getfield(L, -1, "title"), LUA_TTABLE);
    assert_int_equal(lua_getfield(L, -1, "nl"), LUA_TSTRING);
    assert_string_equal(lua_tostring(L, -1), "Zorgen om Sam");
    lua_pop(L, 3);
    /* Globals the chunk sets stay in its own environment. */
    assert_int_equal(lua_getglobal(L, "helper"), LUA_TNIL);
    lua_pop(L, 1);
    assert_true(sandbox_memory_used(sb) > 0);
    assert_true(sandbox_memory_used(sb) < 256 * 1024);

    out = run_in(sb, "local x = 1\n");
    assert_int_equal(out.status, MS_OK);
    assert_true(lua_isnil(L, -1));
    lua_pop(L, 1);
    sandbox_free(sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_limits),
        cmocka_unit_test(test_bad_limits_rejected),
        cmocka_unit_test(test_forbidden_globals_are_nil),
        cmocka_unit_test(test_allowed_globals_present),
        cmocka_unit_test(test_string_table_sanitized),
        cmocka_unit_test(test_pattern_method_call_fails),
        cmocka_unit_test(test_binary_chunk_refused),
        cmocka_unit_test(test_endless_loop_times_out),
        cmocka_unit_test(test_timeout_cannot_be_caught),
        cmocka_unit_test(test_error_loop_cannot_survive),
        cmocka_unit_test(test_deadline_stays_after_run),
        cmocka_unit_test(test_memory_bomb_refused),
        cmocka_unit_test(test_table_fill_refused),
        cmocka_unit_test(test_huge_table_constructor_refused),
        cmocka_unit_test(test_string_rep_refused_fast),
        cmocka_unit_test(test_table_concat_hits_memory_cap),
        cmocka_unit_test(test_table_spans_capped),
        cmocka_unit_test(test_utf8_char_many_args),
        cmocka_unit_test(test_string_format_wide_conversion),
        cmocka_unit_test(test_deep_recursion_is_clean),
        cmocka_unit_test(test_syntax_error_line),
        cmocka_unit_test(test_runtime_error_line),
        cmocka_unit_test(test_error_object_table),
        cmocka_unit_test(test_error_string_is_sanitized),
        cmocka_unit_test(test_long_chunkname),
        cmocka_unit_test(test_normal_chunk_returns_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
