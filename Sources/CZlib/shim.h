#ifndef POSTURE_CZLIB_SHIM_H
#define POSTURE_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro; expose it as a function. windowBits 15 + 32 detects gzip or zlib. */
static inline int posture_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
