/*
 * ms_error.h: the error record every core function fills on failure.
 * Core functions return an MsStatus and describe the failure in a caller-owned
 * MsError, so no module needs globals or longjmp of its own.
 */
#ifndef MS_ERROR_H
#define MS_ERROR_H

#include <stdarg.h>
#include <stddef.h>

typedef enum {
    MS_OK = 0,
    MS_ERR_INVALID,   /* the scenario or input is wrong: the author must fix it */
    MS_ERR_REFUSED,   /* the sandbox refused it: limits, forbidden access, unsafe archive */
    MS_ERR_NOT_FOUND, /* a scenario, file or id that does not exist */
    MS_ERR_IO,        /* reading or writing failed */
    MS_ERR_NOMEM,     /* out of memory */
    MS_ERR_INTERNAL,  /* installation broken or a bug */
    MS_ERR_COUNT
} MsStatus;

#define MS_ERROR_FILE_MAX 256
#define MS_ERROR_MESSAGE_MAX 768

typedef struct MsError {
    MsStatus code;
    char file[MS_ERROR_FILE_MAX]; /* "" when no file applies */
    int line;                     /* 0 when no line applies */
    char message[MS_ERROR_MESSAGE_MAX];
} MsError;

void ms_error_clear(MsError *err);
/* Sets err (when not NULL) and returns code, so callers can write `return ms_error_set(...)`. */
MsStatus ms_error_set(MsError *err, MsStatus code, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
MsStatus ms_error_setv(MsError *err, MsStatus code, const char *file, int line, const char *fmt,
                       va_list ap) __attribute__((format(printf, 5, 0)));
/* "file:line: message", "file: message" or "message" into buf. */
const char *ms_error_format(const MsError *err, char *buf, size_t size);
const char *ms_status_name(MsStatus code);

#endif
