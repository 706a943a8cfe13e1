/*
 * lrs_http.h: POSTs xAPI statements to a learning record store over HTTP(S) with libcurl.
 * Only the `send` command links this; the core never does HTTP. TLS certificates are
 * verified (curl's default, never switched off); redirects are not followed, so the
 * credentials go to the address given and nowhere else.
 */
#ifndef LRS_HTTP_H
#define LRS_HTTP_H

#include <stddef.h>

typedef struct LrsAuth {
    const char *user; /* Basic auth with password; NULL when a token is used */
    const char *password;
    const char *token; /* Bearer token; NULL for Basic */
} LrsAuth;

typedef struct LrsReply {
    long status;     /* the HTTP status; 0 when no answer came (error says why) */
    char error[256]; /* curl's message when status is 0 */
    char body[512];  /* the start of the answer, for messages */
} LrsReply;

typedef struct LrsHttp LrsHttp;

/* endpoint: the store's xAPI base, e.g. https://lrs.school.nl/data/xAPI (statements is appended).
 * The auth strings must outlive the client. NULL when out of memory or curl does not start. */
LrsHttp *lrs_http_create(const char *endpoint, const LrsAuth *auth);
void lrs_http_free(LrsHttp *h); /* NULL is fine */
/* POSTs a JSON array of statements to <endpoint>/statements with the xAPI 1.0.3 headers. */
void lrs_http_post_statements(LrsHttp *h, const char *json, size_t len, LrsReply *reply);

#endif
