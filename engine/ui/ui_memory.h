/*
 * ui_memory.h: large pixel buffers whose pages are made present in one go.
 * Touching fresh memory page by page costs a fault per 4 KB; on a virtual
 * machine each fault can take 10 µs or more, which makes a 1280x720 picture
 * cost 10 ms before anything is drawn in it. Asking the kernel to populate
 * the range at once is several times cheaper.
 */
#ifndef UI_MEMORY_H
#define UI_MEMORY_H

#include <stddef.h>

/* Zeroed memory of len bytes with its pages present, or NULL. Free with ui_memory_unmap. */
void *ui_memory_map(size_t len);
void ui_memory_unmap(void *p, size_t len);
/* Makes the pages of [p, p + len) present and writable now; a no-op where the kernel cannot
 * (before Linux 5.14), the pages then arrive one by one as before. */
void ui_memory_populate(void *p, size_t len);

#endif
