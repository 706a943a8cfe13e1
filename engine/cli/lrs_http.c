/*
 * lrs_http.c: the libcurl side of `meldsim send` (see lrs_http.h). One easy handle is reused
 * for every batch, so the connection (and TLS session) is kept between batches.
 */
#include "lrs_http.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct LrsHttp {
    CURL *curl;
    struct curl_slist *headers;
    char *url;
};

static size_t lrs_http_collect(char *data, size_t size, size_t n, void *user)
{
    LrsReply *reply = user;
    size_t len = size * n, used = strlen(reply->body);
    size_t room = sizeof reply->body - 1 - used;
    memcpy(reply->body + used, data, len < room ? len : room);
    reply->body[used + (len < room ? len : room)] = '\0';
    return len;
}

LrsHttp *lrs_http_create(const char *endpoint, const LrsAuth *auth)
{
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return NULL;
    LrsHttp *h = calloc(1, sizeof *h);
    if (!h) {
        curl_global_cleanup();
        return NULL;
    }
    size_t n = strlen(endpoint);
    while (n > 0 && endpoint[n - 1] == '/')
        n--;
    if (!(h->url = malloc(n + sizeof "/statements")) || !(h->curl = curl_easy_init())) {
        lrs_http_free(h);
        return NULL;
    }
    memcpy(h->url, endpoint, n);
    memcpy(h->url + n, "/statements", sizeof "/statements");
    h->headers = curl_slist_append(NULL, "X-Experience-API-Version: 1.0.3");
    h->headers = curl_slist_append(h->headers, "Content-Type: application/json");
    h->headers = curl_slist_append(h->headers, "Accept: application/json");
    CURL *c = h->curl;
    curl_easy_setopt(c, CURLOPT_URL, h->url);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h->headers);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "meldsim/" MELDSIM_VERSION);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, lrs_http_collect);
    if (auth->token) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BEARER);
        curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER, auth->token);
    } else if (auth->user) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        curl_easy_setopt(c, CURLOPT_USERNAME, auth->user);
        curl_easy_setopt(c, CURLOPT_PASSWORD, auth->password ? auth->password : "");
    }
    return h;
}

void lrs_http_free(LrsHttp *h)
{
    if (!h)
        return;
    if (h->curl)
        curl_easy_cleanup(h->curl);
    curl_slist_free_all(h->headers);
    free(h->url);
    free(h);
    curl_global_cleanup();
}

void lrs_http_post_statements(LrsHttp *h, const char *json, size_t len, LrsReply *reply)
{
    memset(reply, 0, sizeof *reply);
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, reply);
    CURLcode rc = curl_easy_perform(h->curl);
    if (rc != CURLE_OK) {
        snprintf(reply->error, sizeof reply->error, "%s", curl_easy_strerror(rc));
        return;
    }
    curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &reply->status);
}
