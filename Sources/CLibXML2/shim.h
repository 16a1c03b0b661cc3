// Debian builds libxml2 with ICU, whose headers clash with the copy inside Foundation.
// Tabled never touches the encoding handler whose layout ICU changes, so ICU stays out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 will not read; this reads it in C.
static inline void tabled_xml_free(void *pointer) { xmlFree(pointer); }
