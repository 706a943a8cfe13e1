/*
 * fuzz_support.h: what the libFuzzer targets share: reading a file of the source tree and
 * a private temporary folder for targets whose code under test needs a real path.
 */
#ifndef FUZZ_SUPPORT_H
#define FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "meldcode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The whole file at path, NUL-terminated; aborts when it cannot be read (a broken build). */
static inline char *fuzz_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "fuzz: cannot read %s\n", path);
        abort();
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(f);
    if (buf == NULL)
        abort();
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The Meldcode of the source tree (assets/meldcode.json); aborts when it does not parse. */
static inline Meldcode *fuzz_meldcode(void)
{
    size_t len = 0;
    char *json = fuzz_read_file(MELDSIM_SOURCE_ROOT "/assets/meldcode.json", &len);
    Meldcode *mc = NULL;
    MsError err;
    if (meldcode_parse(json, len, "assets/meldcode.json", &mc, &err) != MS_OK)
        abort();
    free(json);
    return mc;
}

/* A folder of our own under $TMPDIR (or /tmp), made once per process. */
static inline const char *fuzz_temp_dir(void)
{
    static char dir[512];
    if (dir[0] == '\0') {
        const char *tmp = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%s/meldsim-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (mkdtemp(dir) == NULL) {
            perror("fuzz: mkdtemp");
            abort();
        }
    }
    return dir;
}

/* The input as a NUL-terminated copy (the parsers take C strings). */
static inline char *fuzz_cstring(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (s == NULL)
        abort();
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

#endif
