/*
 * wallclock.h: time as the records and exports write it. Records keep UTC
 * with milliseconds and a "Z" ("2024-05-01T10:22:33.123Z"), which is ISO 8601,
 * RFC 3339 and what xAPI asks for; only what a learner reads is local time.
 */
#ifndef WALLCLOCK_H
#define WALLCLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WALLCLOCK_ISO_MAX 32

/* Now, in UTC, as above. */
void wallclock_now_iso(char out[WALLCLOCK_ISO_MAX]);
/* A compact UTC stamp for file names: "20240501T102233Z". */
void wallclock_now_stamp(char out[WALLCLOCK_ISO_MAX]);
/* Milliseconds on a clock that never jumps (for think time). */
int64_t wallclock_monotonic_ms(void);
/* An ISO 8601 duration such as "PT1H2M3.45S" (hundredths of a second, as xAPI advises). */
void wallclock_duration_iso(int64_t ms, char out[WALLCLOCK_ISO_MAX]);
/* Parses a UTC stamp written by wallclock_now_iso into seconds since 1970. */
bool wallclock_parse_iso(const char *iso, int64_t *seconds);
/* "01-05-2024 12:22" in the local time zone; the stamp itself when it does not parse. */
void wallclock_local_text(const char *iso, char *out, size_t cap);

#endif
