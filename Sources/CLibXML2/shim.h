#ifndef POSTURE_CLIBXML2_SHIM_H
#define POSTURE_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its headers clash with Foundation's ICU module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a C global function pointer; Swift 6 cannot call it directly. */
static inline void posture_xml_free(void *pointer) {
    xmlFree(pointer);
}

static inline const char *posture_libxml_version(void) {
    return LIBXML_DOTTED_VERSION;
}

#endif
