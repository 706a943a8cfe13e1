/*
 * fuzz_scenario.c: libFuzzer target for the scenario loader: arbitrary bytes as
 * scenario.lua run in the sandbox, and the returned table read into the model.
 * Whatever the bytes, the loader returns a status and, on MS_OK, a scenario that frees.
 */
#include "fuzz_support.h"

#include "meldcode.h"
#include "scenario_load.h"

static Meldcode *mc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    mc = fuzz_meldcode();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Scenario *sc = NULL;
    MsError err;
    ms_error_clear(&err);
    MsStatus st = scenario_load_buffer((const char *)data, size, "fuzz/scenario.lua", mc, &sc, &err);
    if (st == MS_OK) {
        if (sc == NULL)
            abort();
        scenario_free(sc);
    } else {
        if (sc != NULL || err.message[0] == '\0')
            abort(); /* a refusal always says why and leaves nothing behind */
        char buf[1200];
        ms_error_format(&err, buf, sizeof buf);
    }
    return 0;
}
