/*
 * test_support.h: shared helpers for the core unit tests: the shipped
 * Meldcode data, and scenarios loaded from a string with a known chunk name.
 */
#ifndef TEST_SUPPORT_H
#define TEST_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meldcode.h"
#include "scenario.h"
#include "scenario_load.h"

#define TEST_CHUNK "test/scenario.lua"

/* The opening of a valid scenario table; a test appends scenes and endings. */
#define TEST_HEAD                                                                                  \
    "return {\n format = 1, id = 't', title = 'T', language = 'nl', audience = 'A',\n"            \
    " summary = 'S', minutes = 5, version = '1', start = 'a',\n"

static inline char *support_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

static inline Meldcode *support_meldcode(void)
{
    size_t len = 0;
    char *json = support_read_file(MELDSIM_SOURCE_ROOT "/assets/meldcode.json", &len);
    Meldcode *mc = NULL;
    MsError err;
    if (json)
        meldcode_parse(json, len, "assets/meldcode.json", &mc, &err);
    free(json);
    return mc;
}

static inline MsStatus support_load(const Meldcode *mc, const char *lua, Scenario **out,
                                    MsError *err)
{
    ms_error_clear(err);
    return scenario_load_buffer(lua, strlen(lua), TEST_CHUNK, mc, out, err);
}

#endif
