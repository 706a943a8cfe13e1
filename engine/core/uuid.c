/*
 * uuid.c: random bytes from /dev/urandom (POSIX has no getrandom), formatted
 * with the version and variant bits RFC 4122 asks for.
 */
#include "uuid.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sha256.h"

MsStatus uuid_random_bytes(void *out, size_t n, MsError *err)
{
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f)
        return ms_error_set(err, MS_ERR_IO, "/dev/urandom", 0, "cannot open: %s", strerror(errno));
    size_t got = fread(out, 1, n, f);
    fclose(f);
    if (got != n)
        return ms_error_set(err, MS_ERR_IO, "/dev/urandom", 0, "short read");
    return MS_OK;
}

static void format(const unsigned char b[16], char out[UUID_STR])
{
    unsigned char v[16];
    memcpy(v, b, 16);
    v[6] = (unsigned char)((v[6] & 0x0f) | 0x40);
    v[8] = (unsigned char)((v[8] & 0x3f) | 0x80);
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[v[i] >> 4];
        out[o++] = hex[v[i] & 15];
    }
    out[o] = '\0';
}

MsStatus uuid_random(char out[UUID_STR], MsError *err)
{
    unsigned char b[16];
    MsStatus st = uuid_random_bytes(b, sizeof b, err);
    if (st == MS_OK)
        format(b, out);
    return st;
}

void uuid_derive(char out[UUID_STR], const char *const *parts, size_t count)
{
    Sha256 c;
    unsigned char digest[SHA256_BYTES];
    sha256_init(&c);
    for (size_t i = 0; i < count; i++) {
        if (i)
            sha256_update(&c, "", 1);
        sha256_update(&c, parts[i], strlen(parts[i]));
    }
    sha256_final(&c, digest);
    format(digest, out);
}

bool uuid_valid(const char *s)
{
    if (!s || strlen(s) != 36)
        return false;
    for (int i = 0; i < 36; i++) {
        char ch = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (ch != '-')
                return false;
        } else if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
            return false;
        }
    }
    return s[14] >= '1' && s[14] <= '5' && strchr("89ab", s[19]) != NULL;
}
