/*
 * zipcheck.c: vets a .zip scenario pack from its bytes, before PhysFS sees it.
 * Design decision: trust nothing in the archive and read only its directory.
 * Every offset and size is checked against the buffer before it is used, the
 * declared entry count is checked against the limit before the directory is
 * walked (so an entry flood is refused in constant time), and the layout must
 * be the plain one PhysFS assumes (no prefix data, no ZIP64, one disk), so the
 * archive we vetted and the archive PhysFS reads agree. Declared sizes are
 * what bound expansion: PhysFS never inflates past an entry's declared size.
 */
#include "zipcheck.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define ZIP_EOCD_SIG 0x06054b50u
#define ZIP_EOCD64_LOCATOR_SIG 0x07064b50u
#define ZIP_CENTRAL_SIG 0x02014b50u
#define ZIP_LOCAL_SIG 0x04034b50u
#define ZIP_EOCD_SIZE 22u
#define ZIP_EOCD64_LOCATOR_SIZE 20u
#define ZIP_CENTRAL_SIZE 46u
#define ZIP_LOCAL_SIZE 30u
#define ZIP_COMMENT_MAX 65535u
#define ZIP_HOST_UNIX 3u
#define ZIP_FLAG_ENCRYPTED 0x0001u
#define ZIP_METHOD_STORED 0u
#define ZIP_METHOD_DEFLATE 8u
#define ZIP_RATIO_FLOOR (64u * 1024u) /* smaller entries may compress as well as they like */

/* Unix file type bits as stored in the upper half of the external attributes. */
#define ZIP_UNIX_TYPE_MASK 0170000u
#define ZIP_UNIX_TYPE_REG 0100000u
#define ZIP_UNIX_TYPE_DIR 0040000u
#define ZIP_UNIX_TYPE_LNK 0120000u

#define ZIP_NAME_SHOWN 80 /* how much of an untrusted name an error message quotes */

typedef struct ZipEntry {
    uint16_t made_by;
    uint16_t flags;
    uint16_t method;
    uint32_t compressed;
    uint32_t uncompressed;
    uint16_t name_len;
    uint16_t extra_len;
    uint16_t comment_len;
    uint16_t disk_start;
    uint32_t external_attr;
    uint32_t local_offset;
    const unsigned char *name;
} ZipEntry;

static uint16_t zip_read_u16(const unsigned char *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static uint32_t zip_read_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

void zipcheck_default_limits(ZipLimits *limits)
{
    limits->max_entries = 2000;
    limits->max_entry_size = 16u * 1024u * 1024u;
    limits->max_total_size = 64u * 1024u * 1024u;
    limits->max_ratio = 100;
    limits->max_name_length = 255;
}

/* A printable copy of an untrusted entry name for messages: non-ASCII-printable bytes become '?'.
 */
static const char *zip_name_shown(const ZipEntry *e, char *buf, size_t size)
{
    size_t n = e->name_len;
    size_t max = size - 4;
    bool cut = n > max;
    if (cut)
        n = max;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = e->name[i];
        buf[i] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
    }
    if (cut) {
        memcpy(buf + n, "...", 3);
        n += 3;
    }
    buf[n] = '\0';
    return buf;
}

static MsStatus zip_refuse_entry(MsError *err, const char *display, size_t index, const ZipEntry *e,
                                 const char *why)
{
    char shown[ZIP_NAME_SHOWN + 4];
    return ms_error_set(err, MS_ERR_REFUSED, display, 0, "entry %zu '%s' %s", index,
                        zip_name_shown(e, shown, sizeof shown), why);
}

/* Why a name is unsafe, or NULL when it is a clean relative path. */
static const char *zip_name_problem(const unsigned char *name, size_t len)
{
    if (len == 0)
        return "has an empty name";
    if (memchr(name, '\0', len))
        return "has a NUL byte in its name";
    if (memchr(name, '\\', len))
        return "has a backslash in its name";
    if (name[0] == '/')
        return "has an absolute name";
    if (len >= 2 && name[1] == ':' &&
        ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z')))
        return "has a drive letter in its name";
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && name[i] != '/')
            continue;
        size_t seg = i - start;
        if (seg == 2 && name[start] == '.' && name[start + 1] == '.')
            return "has a '..' segment in its name";
        if (seg == 1 && name[start] == '.')
            return "has a '.' segment in its name";
        /* An empty segment is only allowed as the trailing '/' of a folder entry. */
        if (seg == 0 && i < len)
            return "has an empty segment in its name";
        start = i + 1;
    }
    return NULL;
}

/* Parses the central directory entry at data[pos..cd_end); false when it does not fit. */
static bool zip_parse_central(const unsigned char *data, size_t pos, size_t cd_end, ZipEntry *e,
                              size_t *next)
{
    if (cd_end - pos < ZIP_CENTRAL_SIZE)
        return false;
    const unsigned char *p = data + pos;
    if (zip_read_u32(p) != ZIP_CENTRAL_SIG)
        return false;
    e->made_by = zip_read_u16(p + 4);
    e->flags = zip_read_u16(p + 8);
    e->method = zip_read_u16(p + 10);
    e->compressed = zip_read_u32(p + 20);
    e->uncompressed = zip_read_u32(p + 24);
    e->name_len = zip_read_u16(p + 28);
    e->extra_len = zip_read_u16(p + 30);
    e->comment_len = zip_read_u16(p + 32);
    e->disk_start = zip_read_u16(p + 34);
    e->external_attr = zip_read_u32(p + 38);
    e->local_offset = zip_read_u32(p + 42);
    e->name = p + ZIP_CENTRAL_SIZE;
    size_t size = (size_t)ZIP_CENTRAL_SIZE + e->name_len + e->extra_len + e->comment_len;
    if (cd_end - pos < size)
        return false;
    *next = pos + size;
    return true;
}

/* Why an entry's directory record is unacceptable, or NULL. */
static const char *zip_entry_problem(const ZipEntry *e)
{
    if (e->compressed == 0xFFFFFFFFu || e->uncompressed == 0xFFFFFFFFu ||
        e->local_offset == 0xFFFFFFFFu || e->disk_start == 0xFFFFu)
        return "uses ZIP64, which packs may not";
    if (e->disk_start != 0)
        return "lies on another disk";
    if (e->flags & ZIP_FLAG_ENCRYPTED)
        return "is encrypted";
    if (e->method != ZIP_METHOD_STORED && e->method != ZIP_METHOD_DEFLATE)
        return "uses a compression method other than stored or deflate";
    if (e->method == ZIP_METHOD_STORED && e->compressed != e->uncompressed)
        return "is stored but its sizes disagree";
    if ((e->made_by >> 8) == ZIP_HOST_UNIX) {
        uint32_t type = (e->external_attr >> 16) & ZIP_UNIX_TYPE_MASK;
        if (type == ZIP_UNIX_TYPE_LNK)
            return "is a symbolic link";
        if (type != 0 && type != ZIP_UNIX_TYPE_REG && type != ZIP_UNIX_TYPE_DIR)
            return "is neither a file nor a folder";
    }
    return NULL;
}

/* The local header must be where the directory says, name the same entry, and its data must end
 * before the central directory starts. */
static bool zip_local_header_ok(const unsigned char *data, size_t cd_offset, const ZipEntry *e)
{
    size_t off = e->local_offset;
    if (off > cd_offset || cd_offset - off < ZIP_LOCAL_SIZE)
        return false;
    const unsigned char *p = data + off;
    if (zip_read_u32(p) != ZIP_LOCAL_SIG)
        return false;
    uint16_t name_len = zip_read_u16(p + 26);
    uint16_t extra_len = zip_read_u16(p + 28);
    if (name_len != e->name_len)
        return false;
    size_t end = off + ZIP_LOCAL_SIZE + (size_t)name_len + extra_len + e->compressed;
    if (end > cd_offset)
        return false;
    return memcmp(p + ZIP_LOCAL_SIZE, e->name, name_len) == 0;
}

/* Finds the End Of Central Directory record: the last signature within the final 64 KB + 22. */
static bool zip_find_eocd(const unsigned char *data, size_t len, size_t *eocd)
{
    if (len < ZIP_EOCD_SIZE)
        return false;
    size_t lowest =
        len > ZIP_EOCD_SIZE + ZIP_COMMENT_MAX ? len - ZIP_EOCD_SIZE - ZIP_COMMENT_MAX : 0;
    for (size_t pos = len - ZIP_EOCD_SIZE + 1; pos-- > lowest;) {
        if (zip_read_u32(data + pos) == ZIP_EOCD_SIG) {
            *eocd = pos;
            return true;
        }
    }
    return false;
}

MsStatus zipcheck_buffer(const unsigned char *data, size_t len, const ZipLimits *limits,
                         const char *display_name, MsError *err)
{
    const char *shown = display_name ? display_name : "archive";
    ZipLimits defaults;
    if (!limits) {
        zipcheck_default_limits(&defaults);
        limits = &defaults;
    }
    size_t eocd;
    if (!data || !zip_find_eocd(data, len, &eocd))
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0, "not a ZIP archive");

    const unsigned char *p = data + eocd;
    uint16_t disk = zip_read_u16(p + 4);
    uint16_t cd_disk = zip_read_u16(p + 6);
    uint16_t disk_entries = zip_read_u16(p + 8);
    uint16_t entries = zip_read_u16(p + 10);
    uint32_t cd_size = zip_read_u32(p + 12);
    uint32_t cd_offset = zip_read_u32(p + 16);
    uint16_t comment_len = zip_read_u16(p + 20);

    if (disk == 0xFFFFu || cd_disk == 0xFFFFu || disk_entries == 0xFFFFu || entries == 0xFFFFu ||
        cd_size == 0xFFFFFFFFu || cd_offset == 0xFFFFFFFFu ||
        (eocd >= ZIP_EOCD64_LOCATOR_SIZE &&
         zip_read_u32(data + eocd - ZIP_EOCD64_LOCATOR_SIZE) == ZIP_EOCD64_LOCATOR_SIG))
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0, "ZIP64 archives are not supported");
    if (disk != 0 || cd_disk != 0 || disk_entries != entries)
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0, "multi-disk archives are not supported");
    if ((size_t)ZIP_EOCD_SIZE + comment_len != len - eocd)
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0,
                            "end record does not end the file (truncated, or data after it)");
    if ((uint64_t)cd_offset + cd_size != eocd)
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0,
                            "central directory lies outside the archive or has data around "
                            "it (truncated?)");
    if (entries > limits->max_entries)
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0, "has %u entries (limit %zu)",
                            (unsigned)entries, limits->max_entries);

    size_t pos = cd_offset;
    size_t cd_end = eocd;
    uint64_t total = 0;
    for (size_t i = 1; i <= entries; i++) {
        ZipEntry e;
        size_t next;
        if (!zip_parse_central(data, pos, cd_end, &e, &next))
            return ms_error_set(err, MS_ERR_REFUSED, shown, 0,
                                "central directory holds fewer entries than the %u declared "
                                "(entry %zu is damaged or missing)",
                                (unsigned)entries, i);
        if (e.name_len > limits->max_name_length)
            return zip_refuse_entry(err, shown, i, &e, "has too long a name");
        const char *why = zip_name_problem(e.name, e.name_len);
        if (!why)
            why = zip_entry_problem(&e);
        if (why)
            return zip_refuse_entry(err, shown, i, &e, why);
        if (e.uncompressed > limits->max_entry_size) {
            char msg[128];
            snprintf(msg, sizeof msg, "is %lu bytes unpacked (limit %llu)",
                     (unsigned long)e.uncompressed, (unsigned long long)limits->max_entry_size);
            return zip_refuse_entry(err, shown, i, &e, msg);
        }
        if (e.uncompressed > ZIP_RATIO_FLOOR &&
            (uint64_t)e.uncompressed > (uint64_t)e.compressed * limits->max_ratio) {
            char msg[128];
            if (e.compressed == 0)
                snprintf(msg, sizeof msg, "expands from nothing (limit %lu times)",
                         (unsigned long)limits->max_ratio);
            else
                snprintf(msg, sizeof msg, "expands %lu times (limit %lu)",
                         (unsigned long)(e.uncompressed / e.compressed),
                         (unsigned long)limits->max_ratio);
            return zip_refuse_entry(err, shown, i, &e, msg);
        }
        total += e.uncompressed;
        if (total > limits->max_total_size) {
            char msg[128];
            snprintf(msg, sizeof msg, "brings the unpacked total over %llu bytes",
                     (unsigned long long)limits->max_total_size);
            return zip_refuse_entry(err, shown, i, &e, msg);
        }
        if (!zip_local_header_ok(data, cd_offset, &e))
            return zip_refuse_entry(err, shown, i, &e,
                                    "has a local header that is missing, misplaced or disagrees "
                                    "with the central directory");
        pos = next;
    }
    if (pos != cd_end)
        return ms_error_set(err, MS_ERR_REFUSED, shown, 0,
                            "central directory holds more than the %u entries declared",
                            (unsigned)entries);
    return MS_OK;
}
