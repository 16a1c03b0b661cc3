#ifndef TABLED_CCMARKGFM_SHIM_H
#define TABLED_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#include <string.h>

/* The table node types live in the extensions library but in no header; the
   type string is stable, so expose checks by name. */
static inline int tabled_node_is(cmark_node *node, const char *type) {
    const char *name = cmark_node_get_type_string(node);
    return name != NULL && strcmp(name, type) == 0;
}
#endif
