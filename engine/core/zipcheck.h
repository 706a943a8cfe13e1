/*
 * zipcheck.h: vets a .zip scenario pack before PhysFS ever opens it.
 * PhysFS trusts an archive's directory; a crafted one can loop forever,
 * overread or expand into gigabytes. This reads the central directory from a
 * buffer and refuses anything a scenario pack has no business containing.
 */
#ifndef ZIPCHECK_H
#define ZIPCHECK_H

#include <stddef.h>
#include <stdint.h>

#include "ms_error.h"

typedef struct ZipLimits {
    size_t max_entries;      /* e.g. 2000 */
    uint64_t max_entry_size; /* uncompressed, e.g. 16 MB */
    uint64_t max_total_size; /* uncompressed, e.g. 64 MB */
    uint32_t max_ratio;      /* uncompressed / compressed for entries over 64 KB, e.g. 100 */
    size_t max_name_length;  /* e.g. 255 */
} ZipLimits;

void zipcheck_default_limits(ZipLimits *limits);
/*
 * MS_OK when the archive at data[0..len) is a plain ZIP whose every entry is a
 * regular file or folder with a relative, clean name within the limits.
 * MS_ERR_REFUSED otherwise, with err->file = display_name and a message that
 * says which entry (1-based) and why, so ms_error_format gives e.g.
 * "packs/x.zip: entry 3 'scenario.lua' expands 5000 times (limit 100)".
 * limits may be NULL for the defaults. Reads only the directories, so it is
 * linear in the entry count and refuses an entry flood before walking it.
 */
MsStatus zipcheck_buffer(const unsigned char *data, size_t len, const ZipLimits *limits,
                         const char *display_name, MsError *err);

#endif
