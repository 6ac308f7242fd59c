#ifndef VERITY_CLIBXML2_SHIM_H
#define VERITY_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation.
// Verity never touches libxml2's ICU converters, so their declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

/// libxml2's `xmlFree` is a global function pointer, which Swift 6 sees as shared mutable state;
/// this wrapper calls it from C.
static inline void verity_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
