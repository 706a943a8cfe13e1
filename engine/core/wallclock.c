/*
 * wallclock.c: formatting and parsing without timegm (not POSIX): days are
 * counted from the civil date with the proleptic Gregorian calendar.
 */
#include "wallclock.h"

#include <stdio.h>
#include <time.h>

void wallclock_now_iso(char out[WALLCLOCK_ISO_MAX])
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(out, WALLCLOCK_ISO_MAX, "%Y-%m-%dT%H:%M:%S", &tm);
    unsigned ms = (unsigned)(ts.tv_nsec / 1000000) % 1000u;
    snprintf(out + n, WALLCLOCK_ISO_MAX - n, ".%03uZ", ms);
}

void wallclock_now_stamp(char out[WALLCLOCK_ISO_MAX])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, WALLCLOCK_ISO_MAX, "%Y%m%dT%H%M%SZ", &tm);
}

int64_t wallclock_monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void wallclock_duration_iso(int64_t ms, char out[WALLCLOCK_ISO_MAX])
{
    if (ms < 0)
        ms = 0;
    int64_t cs = (ms + 5) / 10; /* hundredths */
    int64_t h = cs / 360000, m = cs / 6000 % 60, s = cs / 100 % 60, frac = cs % 100;
    int n = snprintf(out, WALLCLOCK_ISO_MAX, "PT");
    if (h)
        n += snprintf(out + n, (size_t)(WALLCLOCK_ISO_MAX - n), "%lldH", (long long)h);
    if (h || m)
        n += snprintf(out + n, (size_t)(WALLCLOCK_ISO_MAX - n), "%lldM", (long long)m);
    if (frac)
        snprintf(out + n, (size_t)(WALLCLOCK_ISO_MAX - n), "%lld.%02lldS", (long long)s,
                 (long long)frac);
    else
        snprintf(out + n, (size_t)(WALLCLOCK_ISO_MAX - n), "%lldS", (long long)s);
}

/* Days from 1970-01-01 to y-m-d. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool wallclock_parse_iso(const char *iso, int64_t *seconds)
{
    int y, mo, d, h, mi, s;
    char tail = 0;
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6)
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return false;
    const char *p = iso + 19;
    if (*p == '.')
        for (p++; *p >= '0' && *p <= '9'; p++)
            ;
    tail = *p;
    if (tail != 'Z')
        return false;
    *seconds = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    return true;
}

void wallclock_local_text(const char *iso, char *out, size_t cap)
{
    int64_t secs;
    if (!wallclock_parse_iso(iso, &secs)) {
        snprintf(out, cap, "%s", iso ? iso : "");
        return;
    }
    time_t t = (time_t)secs;
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(out, cap, "%d-%m-%Y %H:%M", &tm);
}
