#ifndef TABLED_CCMARKARENA_H
#define TABLED_CCMARKARENA_H
#include <cmark-gfm.h>

/* An arena for one cmark-gfm parse and the walk over its tree, on the calling thread.

   cmark-gfm allocates every node, string and iterator through the cmark_mem it is given,
   which carries no context: the arena is the calling thread's own, so parses on other
   threads are untouched. Open it before making the parser; closing it frees everything the
   parse and the walk allocated, so the tree need not be freed node by node. */

/* Opens the calling thread's arena and returns the allocator to give cmark-gfm. */
cmark_mem *tabled_cmark_arena_open(void);

/* Frees everything allocated since the arena was opened: no node of that tree may be used after. */
void tabled_cmark_arena_close(void);

#endif
