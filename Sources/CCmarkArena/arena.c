#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "CCmarkArena.h"

/* Small allocations (nodes, cells, short strings) are carved in order from large blocks and,
   when cmark frees them, kept on a list by size for the next of that size: a table's rows
   are parsed with temporaries that are freed at once, and reusing them keeps the nodes
   close together. Large ones (a paragraph's text) come from the system allocator, linked so
   that closing the arena frees any that cmark did not. */

enum {
    granule = 16,
    small_largest = 1024,
    size_classes = small_largest / granule,
    first_block = 16 * 1024,
    largest_block = 1024 * 1024
};

/* Before each allocation: its size, for realloc and free. */
typedef struct {
    alignas(max_align_t) size_t size;
} tabled_header;

/* Before a large allocation's header: its neighbours on the list of large ones. */
typedef struct tabled_large {
    struct tabled_large *previous;
    struct tabled_large *next;
    alignas(max_align_t) tabled_header header;
} tabled_large;

/* A block small allocations are carved from. */
typedef struct tabled_block {
    struct tabled_block *previous;
    size_t size;
    size_t used;
    alignas(max_align_t) unsigned char bytes[];
} tabled_block;

/* A freed small allocation, waiting for the next of its size class. */
typedef struct tabled_free {
    struct tabled_free *next;
} tabled_free;

typedef struct {
    tabled_block *block;
    tabled_large *large;
    tabled_free *freed[size_classes];
} tabled_arena;

static _Thread_local tabled_arena arena;

static void out_of_memory(void) {
    /* What cmark-gfm's own allocator does when calloc fails: its callers never check. */
    fprintf(stderr, "[cmark] out of memory, aborting\n");
    abort();
}

/* The size class of a small allocation of `size` bytes (at least one byte). */
static size_t size_class(size_t size) {
    return (size + granule - 1) / granule - 1;
}

static void *allocate_large(size_t size) {
    if (size > SIZE_MAX - sizeof(tabled_large)) out_of_memory();
    tabled_large *large = calloc(1, sizeof(tabled_large) + size);
    if (large == NULL) out_of_memory();
    large->next = arena.large;
    if (arena.large != NULL) arena.large->previous = large;
    arena.large = large;
    large->header.size = size;
    return &large->header + 1;
}

static void *allocate_small(size_t size) {
    size_t class = size_class(size);
    size_t rounded = (class + 1) * granule;
    tabled_free *reused = arena.freed[class];
    if (reused != NULL) {
        arena.freed[class] = reused->next;
        memset(reused, 0, rounded);
        tabled_header *header = (tabled_header *)reused - 1;
        header->size = size;
        return reused;
    }
    size_t need = sizeof(tabled_header) + rounded;
    if (arena.block == NULL || arena.block->size - arena.block->used < need) {
        size_t next = arena.block == NULL ? first_block : arena.block->size * 2;
        if (next > largest_block) next = largest_block;
        tabled_block *block = calloc(1, sizeof(tabled_block) + next);
        if (block == NULL) out_of_memory();
        block->previous = arena.block;
        block->size = next;
        arena.block = block;
    }
    /* Blocks come zeroed from calloc, and this part was never handed out before. */
    tabled_header *header = (tabled_header *)(arena.block->bytes + arena.block->used);
    arena.block->used += need;
    header->size = size;
    return header + 1;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) out_of_memory();
    size_t total = count * size;
    if (total == 0) total = 1;
    return total > small_largest ? allocate_large(total) : allocate_small(total);
}

static void arena_free(void *pointer) {
    if (pointer == NULL) return;
    tabled_header *header = (tabled_header *)pointer - 1;
    if (header->size > small_largest) {
        tabled_large *large = (tabled_large *)((unsigned char *)header - offsetof(tabled_large, header));
        if (large->previous != NULL) large->previous->next = large->next; else arena.large = large->next;
        if (large->next != NULL) large->next->previous = large->previous;
        free(large);
        return;
    }
    tabled_free *freed = pointer;
    size_t class = size_class(header->size);
    freed->next = arena.freed[class];
    arena.freed[class] = freed;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return arena_calloc(1, size);
    tabled_header *header = (tabled_header *)pointer - 1;
    size_t old = header->size;
    if (old > small_largest && size > small_largest) {
        tabled_large *large = (tabled_large *)((unsigned char *)header - offsetof(tabled_large, header));
        if (size > SIZE_MAX - sizeof(tabled_large)) out_of_memory();
        tabled_large *moved = realloc(large, sizeof(tabled_large) + size);
        if (moved == NULL) out_of_memory();
        if (moved->previous != NULL) moved->previous->next = moved; else arena.large = moved;
        if (moved->next != NULL) moved->next->previous = moved;
        moved->header.size = size;
        return &moved->header + 1;
    }
    if (old <= small_largest && size <= small_largest && size_class(size == 0 ? 1 : size) == size_class(old)) {
        header->size = size == 0 ? 1 : size;
        return pointer;
    }
    void *moved = arena_calloc(1, size);
    memcpy(moved, pointer, old < size ? old : size);
    arena_free(pointer);
    return moved;
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

cmark_mem *tabled_cmark_arena_open(void) {
    return &allocator;
}

void tabled_cmark_arena_close(void) {
    while (arena.block != NULL) {
        tabled_block *previous = arena.block->previous;
        free(arena.block);
        arena.block = previous;
    }
    while (arena.large != NULL) {
        tabled_large *next = arena.large->next;
        free(arena.large);
        arena.large = next;
    }
    memset(arena.freed, 0, sizeof arena.freed);
}
