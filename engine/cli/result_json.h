/*
 * result_json.h: a finished or stopped session as the JSON object of
 * `meldsim run --json`, the shape golden tests and exports rely on.
 */
#ifndef RESULT_JSON_H
#define RESULT_JSON_H

#include <cjson/cJSON.h>

#include "session.h"

/* A new object (caller deletes) or NULL when out of memory. */
cJSON *result_json_create(const Session *s);

#endif
