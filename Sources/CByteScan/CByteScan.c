/* Everything is in include/CByteScan.h, inlined where it is called; SwiftPM builds a C target from a source file. */
#include "CByteScan.h"
