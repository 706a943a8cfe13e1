/*
 * scenario_load.h: from scenario.lua to a Scenario.
 * The file runs in a fresh sandbox; the table it returns is then read with raw
 * access only (no metamethod ever runs) and checked field by field, so every
 * mistake is reported with the scene and choice it is in.
 */
#ifndef SCENARIO_LOAD_H
#define SCENARIO_LOAD_H

#include <stddef.h>

#include "meldcode.h"
#include "ms_error.h"
#include "scenario.h"

/* Largest scenario.lua accepted. */
#define SCENARIO_FILE_MAX (8u * 1024u * 1024u)
#define SCENARIO_MAX_SCENES 20000

/* Loads the text buf[0..len). chunkname names the file in messages ("scenarios/x/scenario.lua").
 * mc must outlive the scenario. Caller frees *out with scenario_free. */
MsStatus scenario_load_buffer(const char *buf, size_t len, const char *chunkname,
                              const Meldcode *mc, Scenario **out, MsError *err);

#endif
