#ifndef POSTURE_CBYTESCAN_H
#define POSTURE_CBYTESCAN_H
/*
 * Byte scans sixteen bytes a step (SSE2, which every x86-64 processor has), for the loops that pass over most of an
 * input's bytes: the plain run of a string (up to its closing quote, an escape or a byte the caller checks one by
 * one, or the first byte that is not printable ASCII, for text report.json takes as it is) and a run of indentation.
 * Swift inlines these functions into its callers; `ByteWords` calls them on x86-64 and keeps its eight-bytes-a-step
 * loops elsewhere. Each returns exactly what a byte-by-byte loop would
 * (`ByteWordsTests` hold them to it at every start, limit and position).
 */
#include <stddef.h>
#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* How many bytes of p[0..<n] come before the first quote, backslash, control byte (below 0x20) or byte above
 * `highest` (0xFF: no byte is; 0x7F: ASCII only; 0x7E: printable ASCII only); n when none does. */
static inline __attribute__((always_inline)) ptrdiff_t posture_plain_run(const uint8_t *p, ptrdiff_t n,
                                                                         uint8_t highest) {
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i highest_control = _mm_set1_epi8(0x1F);
    const __m128i above = _mm_set1_epi8((char)(uint8_t)(highest + 1));
    ptrdiff_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i stop = _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash));
        /* a byte is at most 0x1F exactly when the unsigned minimum of it and 0x1F is itself; above `highest` exactly
         * when the unsigned maximum of it and highest + 1 is itself */
        stop = _mm_or_si128(stop, _mm_cmpeq_epi8(_mm_min_epu8(bytes, highest_control), bytes));
        if (highest != 0xFF) stop = _mm_or_si128(stop, _mm_cmpeq_epi8(_mm_max_epu8(bytes, above), bytes));
        unsigned mask = (unsigned)_mm_movemask_epi8(stop);
        if (mask != 0) return i + __builtin_ctz(mask);
    }
    for (; i < n; i++) {
        uint8_t byte = p[i];
        if (byte < 0x20 || byte == '"' || byte == '\\' || byte > highest) break;
    }
    return i;
}

/* How many bytes of p[0..<n] are spaces (0x20) before the first that is not. */
static inline __attribute__((always_inline)) ptrdiff_t posture_space_run(const uint8_t *p, ptrdiff_t n) {
    const __m128i space = _mm_set1_epi8(' ');
    ptrdiff_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(p + i));
        unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space)) & 0xFFFFu;
        if (other != 0) return i + __builtin_ctz(other);
    }
    while (i < n && p[i] == ' ') i++;
    return i;
}
#endif

#endif
