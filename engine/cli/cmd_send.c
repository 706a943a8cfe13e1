/*
 * cmd_send.c: `meldsim send --lrs URL`: posts every xAPI statement the store has not yet
 * acknowledged, in batches, retrying with back-off. Only finished and abandoned attempts: an
 * open one's answers may still be taken back, and a stored statement never changes. Statement ids
 * are derived from the records (export_xapi.c), so a resend carries the same ids and the store
 * drops what it already has; a batch is marked sent (records_lrs.c) only after the store answered
 * 2xx for it. Credentials come from the command line or from lrs.conf in the user's config folder
 * (refused when others can read it); they are never printed and never stored in the records.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli_records.h"
#include "commands.h"
#include "export.h"
#include "lrs_http.h"
#include "strmap.h"

#define SEND_CONF_MAX 4096
#define SEND_VALUE_MAX 512

typedef struct SendConfig {
    char lrs[SEND_VALUE_MAX], user[SEND_VALUE_MAX], password[SEND_VALUE_MAX], token[SEND_VALUE_MAX],
        base[SEND_VALUE_MAX];
    int names; /* -1 unset, 0 pseudonymised, 1 names */
} SendConfig;

typedef struct SendRun {
    Cli *cli;
    Records *records;
    LrsHttp *http;
    const char *endpoint;
    int retries;
    size_t sent, conflicts;
} SendRun;

static void send_sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
}

/* Copies a config value, trimmed; false when it does not fit. */
static bool send_set_value(char *dst, const char *value, size_t len)
{
    while (len && (*value == ' ' || *value == '\t'))
        value++, len--;
    while (len && (value[len - 1] == ' ' || value[len - 1] == '\t' || value[len - 1] == '\r'))
        len--;
    if (len >= SEND_VALUE_MAX)
        return false;
    memcpy(dst, value, len);
    dst[len] = '\0';
    return true;
}

/* Reads `key = value` lines; a missing default file is no error, an explicit one is. */
static int send_read_config(Cli *cli, const char *path, bool explicit_path, SendConfig *c)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT && !explicit_path)
            return CLI_EXIT_OK;
        fprintf(stderr, "meldsim: %s: cannot open: %s\n", path, strerror(errno));
        return CLI_EXIT_INSTALL;
    }
    struct stat info;
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        close(fd);
        fprintf(stderr, "meldsim: %s: not a regular file\n", path);
        return CLI_EXIT_INSTALL;
    }
    if ((info.st_mode & 077) != 0 || info.st_uid != getuid()) {
        char mode[16], line[1024];
        close(fd);
        snprintf(mode, sizeof mode, "%04o", (unsigned)(info.st_mode & 07777));
        fprintf(
            stderr, "%s\n",
            strings_fill(cli_str(cli, "send.config_open"), path, mode, NULL, line, sizeof line));
        return CLI_EXIT_INSTALL;
    }
    char buf[SEND_CONF_MAX + 1];
    ssize_t n = read(fd, buf, SEND_CONF_MAX);
    close(fd);
    if (n < 0) {
        fprintf(stderr, "meldsim: %s: cannot read: %s\n", path, strerror(errno));
        return CLI_EXIT_INSTALL;
    }
    buf[n] = '\0';
    int lineno = 0;
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        while (*line == ' ' || *line == '\t')
            line++;
        if (*line == '#' || *line == '\0' || *line == '\r')
            continue;
        char *eq = strchr(line, '=');
        if (!eq) {
            fprintf(stderr, "meldsim: %s:%d: expected key = value\n", path, lineno);
            return CLI_EXIT_USAGE;
        }
        char key[32] = "";
        if (!send_set_value(key, line, (size_t)(eq - line)) && (size_t)(eq - line) >= sizeof key)
            key[0] = '\0';
        char *dst = strcmp(key, "lrs") == 0        ? c->lrs
                    : strcmp(key, "user") == 0     ? c->user
                    : strcmp(key, "password") == 0 ? c->password
                    : strcmp(key, "token") == 0    ? c->token
                    : strcmp(key, "base") == 0     ? c->base
                                                   : NULL;
        char names[SEND_VALUE_MAX];
        if (!dst && strcmp(key, "names") == 0)
            dst = names;
        if (!dst) {
            /* The line may hold a secret: name the key's line, never echo it. */
            fprintf(
                stderr,
                "meldsim: %s:%d: unknown key (known: lrs, user, password, token, base, names)\n",
                path, lineno);
            return CLI_EXIT_USAGE;
        }
        if (!send_set_value(dst, eq + 1, strlen(eq + 1))) {
            fprintf(stderr, "meldsim: %s:%d: value too long\n", path, lineno);
            return CLI_EXIT_USAGE;
        }
        if (dst == names) {
            if (strcmp(names, "yes") != 0 && strcmp(names, "no") != 0) {
                fprintf(stderr, "meldsim: %s:%d: names is yes or no\n", path, lineno);
                return CLI_EXIT_USAGE;
            }
            c->names = strcmp(names, "yes") == 0;
        }
    }
    return CLI_EXIT_OK;
}

static void send_default_config_path(char *out, size_t cap)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg == '/')
        snprintf(out, cap, "%s/meldsim/lrs.conf", xdg);
    else if (home && *home)
        snprintf(out, cap, "%s/.config/meldsim/lrs.conf", home);
    else
        out[0] = '\0';
}

/* Prints what the store answered, without anything we sent (no credentials, no statements). */
static void send_say_reply(const SendRun *run, const LrsReply *reply)
{
    char line[1400], status[16];
    snprintf(status, sizeof status, "%ld", reply->status);
    if (reply->status == 0)
        strings_fill(cli_str(run->cli, "send.down"), run->endpoint, reply->error, NULL, line,
                     sizeof line);
    else if (reply->status == 401 || reply->status == 403)
        strings_fill(cli_str(run->cli, "send.auth"), run->endpoint, status, NULL, line,
                     sizeof line);
    else
        strings_fill(cli_str(run->cli, "send.refused"), run->endpoint, status,
                     reply->body[0] ? reply->body : "-", line, sizeof line);
    for (char *p = line; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    fprintf(stderr, "%s\n", line);
}

static bool send_retryable(long status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

/* POSTs items[0..count) as one array; retries what may pass later, with back-off. */
static void send_post(SendRun *run, cJSON *const *items, size_t count, LrsReply *reply)
{
    cJSON *array = cJSON_CreateArray();
    char *json = NULL;
    for (size_t i = 0; array && i < count; i++)
        cJSON_AddItemReferenceToArray(array, items[i]);
    json = array ? cJSON_PrintUnformatted(array) : NULL;
    cJSON_Delete(array);
    if (!json) {
        memset(reply, 0, sizeof *reply);
        snprintf(reply->error, sizeof reply->error, "out of memory");
        return;
    }
    long delay = 500;
    for (int attempt = 0;; attempt++) {
        lrs_http_post_statements(run->http, json, strlen(json), reply);
        if (!send_retryable(reply->status) || attempt >= run->retries)
            break;
        send_sleep_ms(delay);
        delay = delay < 8000 ? delay * 2 : 8000;
    }
    free(json);
}

static int send_mark(SendRun *run, cJSON *const *items, size_t count, bool conflict)
{
    const char **ids = calloc(count ? count : 1, sizeof *ids);
    if (!ids)
        return CLI_EXIT_INSTALL;
    for (size_t i = 0; i < count; i++)
        ids[i] = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(items[i], "id"));
    MsError err;
    ms_error_clear(&err);
    MsStatus st = records_lrs_mark_sent(run->records, run->endpoint, ids, count, conflict, &err);
    free(ids);
    return st == MS_OK ? CLI_EXIT_OK : cli_fail(&err);
}

/* One batch. A 409 means one of them is in the store with other content: the store rejects
 * the whole batch, so each statement then goes alone and the conflicting ones are marked. */
static int send_batch(SendRun *run, cJSON *const *items, size_t count, bool *stop)
{
    LrsReply reply;
    send_post(run, items, count, &reply);
    if (reply.status >= 200 && reply.status < 300) {
        int rc = send_mark(run, items, count, false);
        if (rc == CLI_EXIT_OK)
            run->sent += count;
        return rc;
    }
    if (reply.status == 409 && count > 1) {
        for (size_t i = 0; i < count && !*stop; i++) {
            int rc = send_batch(run, items + i, 1, stop);
            if (rc != CLI_EXIT_OK)
                return rc;
        }
        return CLI_EXIT_OK;
    }
    if (reply.status == 409) {
        run->conflicts++;
        return send_mark(run, items, 1, true);
    }
    send_say_reply(run, &reply);
    *stop = true;
    return CLI_EXIT_INSTALL;
}

static int send_usage_url(const char *url)
{
    (void)url; /* never echoed: it may hold a password */
    return cli_usage("--lrs takes the store's xAPI address, http(s)://host/path, without a "
                     "user or password in it (use --user/--password, --token or lrs.conf)");
}

int cmd_send(Cli *cli, int argc, char **argv)
{
    SendConfig conf = {.names = -1};
    const char *lrs = NULL, *user = NULL, *password = NULL, *token = NULL, *base = NULL,
               *config = NULL;
    ExportOptions o = {0};
    long batch = 50, retries = 3;
    int names = -1;
    for (int i = 0; i < argc; i++) {
        bool has_value = i + 1 < argc;
        char *end = NULL;
        if (strcmp(argv[i], "--lrs") == 0 && has_value) {
            lrs = argv[++i];
        } else if (strcmp(argv[i], "--user") == 0 && has_value) {
            user = argv[++i];
        } else if (strcmp(argv[i], "--password") == 0 && has_value) {
            password = argv[++i];
        } else if (strcmp(argv[i], "--token") == 0 && has_value) {
            token = argv[++i];
        } else if (strcmp(argv[i], "--config") == 0 && has_value) {
            config = argv[++i];
        } else if (strcmp(argv[i], "--learner") == 0 && has_value) {
            o.learner = argv[++i];
        } else if (strcmp(argv[i], "--base") == 0 && has_value) {
            base = argv[++i];
        } else if (strcmp(argv[i], "--names") == 0) {
            names = 1;
        } else if (strcmp(argv[i], "--pseudonymise") == 0 ||
                   strcmp(argv[i], "--pseudonymize") == 0) {
            names = 0;
        } else if (strcmp(argv[i], "--batch") == 0 && has_value) {
            batch = strtol(argv[++i], &end, 10);
            if (!end || *end || batch < 1 || batch > 1000)
                return cli_usage("--batch takes 1 to 1000 statements");
        } else if (strcmp(argv[i], "--retries") == 0 && has_value) {
            retries = strtol(argv[++i], &end, 10);
            if (!end || *end || retries < 0 || retries > 10)
                return cli_usage("--retries takes 0 to 10");
        } else {
            return cli_usage("send: unknown or incomplete option '%s'", argv[i]);
        }
    }
    char config_path[1024];
    if (config)
        snprintf(config_path, sizeof config_path, "%s", config);
    else
        send_default_config_path(config_path, sizeof config_path);
    if (config_path[0]) {
        int rc = send_read_config(cli, config_path, config != NULL, &conf);
        if (rc != CLI_EXIT_OK)
            return rc;
    }
    /* The command line wins; a user or token given there replaces the file's credentials. */
    if (!lrs && conf.lrs[0])
        lrs = conf.lrs;
    if (!user && !token) {
        user = conf.user[0] ? conf.user : NULL;
        token = conf.token[0] ? conf.token : NULL;
        if (!password)
            password = conf.password[0] ? conf.password : NULL;
    } else if (user && !password && conf.password[0] && strcmp(user, conf.user) == 0) {
        password = conf.password;
    }
    if (!base && conf.base[0])
        base = conf.base;
    if (names < 0)
        names = conf.names > 0;
    if (!lrs)
        return cli_usage("send needs --lrs URL (or lrs = URL in %s)",
                         config_path[0] ? config_path : "lrs.conf");
    const char *scheme_end = strstr(lrs, "://");
    if ((strncmp(lrs, "https://", 8) != 0 && strncmp(lrs, "http://", 7) != 0) || !scheme_end ||
        strchr(scheme_end + 3, '@') || strpbrk(lrs, " \"<>\\^`{|}"))
        return send_usage_url(lrs);
    if (user && token)
        return cli_usage("send takes --user and --password, or --token, not both");
    if (user && !password)
        return cli_usage("--user needs --password (or password = ... in %s)",
                         config_path[0] ? config_path : "lrs.conf");
    if (!user && password)
        return cli_usage("--password needs --user");
    if (base && ((strncmp(base, "https://", 8) != 0 && strncmp(base, "http://", 7) != 0) ||
                 strpbrk(base, " \"<>\\^`{|}")))
        return cli_usage("--base takes an http(s) IRI such as https://leren.school.nl/meldsim");
    char base_buf[SEND_VALUE_MAX];
    snprintf(base_buf, sizeof base_buf, "%s", base ? base : EXPORT_DEFAULT_BASE);
    for (size_t n = strlen(base_buf); n > 8 && base_buf[n - 1] == '/';)
        base_buf[--n] = '\0';
    char endpoint[SEND_VALUE_MAX];
    snprintf(endpoint, sizeof endpoint, "%s", lrs);
    for (size_t n = strlen(endpoint); n > 8 && endpoint[n - 1] == '/';)
        endpoint[--n] = '\0';

    o.pseudonymise = names == 0;
    o.closed_only = true;
    o.base = base_buf;
    o.meldcode = cli->meldcode;
    o.platform = "meldsim " MELDSIM_VERSION;
    SendRun run = {.cli = cli, .endpoint = endpoint, .retries = (int)retries};
    int rc = cli_records_open(cli, &run.records);
    if (rc != CLI_EXIT_OK)
        return rc;
    MsError err;
    ms_error_clear(&err);
    StrBuf text;
    strbuf_init(&text);
    ExportCounts counts;
    cJSON *all = NULL;
    cJSON **pending = NULL;
    StrMap *sent = strmap_create();
    size_t pending_count = 0, total = 0;
    MsStatus st = sent ? export_xapi(run.records, &o, &text, &counts, &err)
                       : ms_error_set(&err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    if (st == MS_OK)
        st = records_lrs_sent_load(run.records, endpoint, sent, &err);
    if (st != MS_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    char *json = strbuf_take(&text, NULL);
    all = json ? cJSON_Parse(json) : NULL;
    free(json);
    total = (size_t)cJSON_GetArraySize(all);
    pending = calloc(total ? total : 1, sizeof *pending);
    if (!all || !pending) {
        rc = CLI_EXIT_INSTALL;
        fprintf(stderr, "meldsim: out of memory\n");
        goto done;
    }
    cJSON *item;
    cJSON_ArrayForEach(item, all)
    {
        const char *id = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(item, "id"));
        if (id && !strmap_get(sent, id, &(size_t){0}))
            pending[pending_count++] = item;
    }
    char a[32], b[32], line[1400];
    if (pending_count == 0) {
        snprintf(a, sizeof a, "%zu", total);
        printf("%s\n",
               strings_fill(cli_str(cli, "send.nothing"), endpoint, a, NULL, line, sizeof line));
        goto done;
    }
    LrsAuth auth = {.user = user, .password = password, .token = token};
    run.http = lrs_http_create(endpoint, &auth);
    if (!run.http) {
        fprintf(stderr, "meldsim: cannot start libcurl\n");
        rc = CLI_EXIT_INSTALL;
        goto done;
    }
    bool stop = false;
    for (size_t at = 0; at < pending_count && !stop && rc == CLI_EXIT_OK; at += (size_t)batch) {
        size_t n = pending_count - at < (size_t)batch ? pending_count - at : (size_t)batch;
        rc = send_batch(&run, pending + at, n, &stop);
    }
    if (run.conflicts) {
        snprintf(a, sizeof a, "%zu", run.conflicts);
        printf("%s\n",
               strings_fill(cli_str(cli, "send.conflicts"), a, NULL, NULL, line, sizeof line));
    }
    snprintf(a, sizeof a, "%zu", run.sent);
    if (rc == CLI_EXIT_OK) {
        snprintf(b, sizeof b, "%zu", total - pending_count);
        printf("%s\n", strings_fill(cli_str(cli, "send.done"), a, endpoint, b, line, sizeof line));
    } else {
        snprintf(b, sizeof b, "%zu", pending_count - run.sent - run.conflicts);
        fprintf(stderr, "%s\n",
                strings_fill(cli_str(cli, "send.queued"), a, b, NULL, line, sizeof line));
    }
done:
    lrs_http_free(run.http);
    free(pending);
    cJSON_Delete(all);
    strmap_free(sent);
    strbuf_free(&text);
    records_close(run.records);
    return rc;
}
