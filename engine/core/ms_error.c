/*
 * ms_error.c: filling and formatting MsError records.
 * Messages are truncated, never overflowed: they may quote untrusted pack content.
 */
#include "ms_error.h"

#include <stdio.h>
#include <string.h>

void ms_error_clear(MsError *err)
{
    if (!err)
        return;
    err->code = MS_OK;
    err->file[0] = '\0';
    err->line = 0;
    err->message[0] = '\0';
}

MsStatus ms_error_setv(MsError *err, MsStatus code, const char *file, int line, const char *fmt,
                       va_list ap)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    return code;
}

MsStatus ms_error_set(MsError *err, MsStatus code, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ms_error_setv(err, code, file, line, fmt, ap);
    va_end(ap);
    return code;
}

const char *ms_error_format(const MsError *err, char *buf, size_t size)
{
    if (err->file[0] && err->line > 0)
        snprintf(buf, size, "%s:%d: %s", err->file, err->line, err->message);
    else if (err->file[0])
        snprintf(buf, size, "%s: %s", err->file, err->message);
    else
        snprintf(buf, size, "%s", err->message);
    return buf;
}

const char *ms_status_name(MsStatus code)
{
    static const char *const names[MS_ERR_COUNT] = {
        "ok", "invalid", "refused", "not found", "i/o error", "out of memory", "internal error",
    };
    return (code >= 0 && code < MS_ERR_COUNT) ? names[code] : "unknown";
}
