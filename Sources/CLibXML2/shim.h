// Headers only: Tabled loads libxml2 itself when a published paper is first read
// (LibXMLConverter.swift), so this module links nothing.
// Debian builds libxml2 with ICU, whose headers clash with the copy inside Foundation.
// Tabled never touches the encoding handler whose layout ICU changes, so ICU stays out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
