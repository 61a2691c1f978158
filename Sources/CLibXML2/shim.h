#ifndef HIREKIT_CLIBXML2_SHIM_H
#define HIREKIT_CLIBXML2_SHIM_H
// ICU headers pulled in by libxml2 clash with Foundation's copy of ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void hirekit_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
