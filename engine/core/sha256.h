/*
 * sha256.h: SHA-256 (FIPS 180-4), for pseudonymised exports and derived ids.
 * Only used to make stable, non-reversible names; never for passwords.
 */
#ifndef SHA256_H
#define SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_BYTES 32

typedef struct Sha256 {
    uint32_t h[8];
    uint64_t length; /* bytes hashed so far */
    unsigned char block[64];
    size_t used; /* bytes waiting in block */
} Sha256;

void sha256_init(Sha256 *c);
void sha256_update(Sha256 *c, const void *data, size_t len);
void sha256_final(Sha256 *c, unsigned char out[SHA256_BYTES]);
/* The lowercase hex of the first `bytes` bytes of a digest into out (2 * bytes + 1). */
void sha256_hex(const unsigned char *digest, size_t bytes, char *out);

#endif
