/*
 * uuid.h: RFC 4122 UUIDs in the standard string form, for xAPI registrations
 * and statement ids. Random ones come from /dev/urandom; derived ones hash a
 * name with SHA-256 and carry the version 4 layout, so the same record always
 * exports with the same statement id and a learning record store drops repeats.
 */
#ifndef UUID_H
#define UUID_H

#include <stdbool.h>
#include <stddef.h>

#include "ms_error.h"

#define UUID_STR 37 /* 36 characters and the NUL */

/* n bytes from the system's random source. MS_ERR_IO when it cannot be read. */
MsStatus uuid_random_bytes(void *out, size_t n, MsError *err);
MsStatus uuid_random(char out[UUID_STR], MsError *err);
/* A UUID made from SHA-256 of the parts, joined with NUL bytes between them. */
void uuid_derive(char out[UUID_STR], const char *const *parts, size_t count);
/* True for "xxxxxxxx-xxxx-Mxxx-Nxxx-xxxxxxxxxxxx" in lowercase hex, variant 10xx. */
bool uuid_valid(const char *s);

#endif
