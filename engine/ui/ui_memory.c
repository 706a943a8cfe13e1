/*
 * ui_memory.c: mmap and madvise(MADV_POPULATE_WRITE).
 */
#define _GNU_SOURCE 1
#include "ui_memory.h"

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14 */
#endif

void *ui_memory_map(size_t len)
{
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        return NULL;
    }
    ui_memory_populate(p, len);
    return p;
}

void ui_memory_unmap(void *p, size_t len)
{
    if (p != NULL) {
        munmap(p, len);
    }
}

void ui_memory_populate(void *p, size_t len)
{
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (uintptr_t)p & ~(page - 1);
    uintptr_t end = ((uintptr_t)p + len + page - 1) & ~(page - 1);
    if (p != NULL && len > 0) {
        (void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
    }
}
