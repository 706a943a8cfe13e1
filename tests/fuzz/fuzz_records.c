/*
 * fuzz_records.c: libFuzzer target for opening a records database from arbitrary bytes:
 * the bytes are written as records.sqlite3 and opened the way meldsim opens it; a file
 * that opens is then read whole (learners, attempts, choices) and written to once.
 * Whatever the bytes, records_open either gives a usable database or a clear refusal.
 */
#include "fuzz_support.h"

#include <dirent.h>

#include "records.h"

static char db_path[700];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(db_path, sizeof db_path, "%s/" RECORDS_FILE, fuzz_temp_dir());
    return 0;
}

/* Removes everything in the temp folder: the file, its -wal/-shm and any moved-aside copy. */
static void clean_dir(void)
{
    DIR *d = opendir(fuzz_temp_dir());
    if (d == NULL)
        abort();
    struct dirent *e;
    char path[1400];
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", fuzz_temp_dir(), e->d_name);
        unlink(path);
    }
    closedir(d);
}

static void visit_learner(const RecordsLearner *learner, void *user)
{
    (void)user;
    if (strlen(learner->name) > RECORDS_NAME_MAX)
        abort();
}

static bool visit_attempt(const RecordsAttempt *a, void *user)
{
    Records *r = user;
    RecordsChoice *choices = NULL;
    size_t count = 0;
    MsError err;
    if (records_choices_get(r, a->id, &choices, &count, &err) == MS_OK) {
        for (size_t i = 0; i < count; i++)
            if (choices[i].offered_count > SESSION_MAX_CHOICES)
                abort();
        free(choices);
    }
    RecordsAttempt again;
    records_attempt_get(r, a->id, &again, &err);
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    clean_dir();
    FILE *f = fopen(db_path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    Records *r = NULL;
    RecordsOpenInfo info;
    MsError err;
    ms_error_clear(&err);
    MsStatus st = records_open(db_path, &info, &r, &err);
    if (st == MS_OK) {
        records_learner_each(r, visit_learner, NULL, &err);
        records_attempt_each(r, NULL, false, visit_attempt, r, &err);
        RecordsLearner learner;
        if (records_learner_ensure(r, "fuzz", &learner, &err) == MS_OK) {
            char hash[33];
            records_learner_hash(r, "fuzz", hash, &err);
        }
        records_close(r);
    } else if (r != NULL || err.message[0] == '\0') {
        abort();
    }
    return 0;
}
