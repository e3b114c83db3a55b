// A small C interface over simdjson's On-Demand API, for the decoder spike (docs/BENCHMARKS.md).
#ifndef CSIMDJSON_H
#define CSIMDJSON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A string slice; valid only during the callback. `ptr` is NULL when the member is absent.
typedef struct {
    const char *ptr;
    size_t len;
} csj_slice;

/// The members of one ASFF finding that the spike extracts.
typedef struct {
    csj_slice id;
    csj_slice updated_at;
    csj_slice severity_label;
    csj_slice compliance_status;
    csj_slice security_control_id;
    const csj_slice *resource_ids;
    size_t resource_count;
} csj_finding;

/// Receives each finding.
typedef void (*csj_finding_fn)(void *context, const csj_finding *finding);

/// A reusable parser with its padded input buffer.
typedef struct csj_parser csj_parser;

/// Creates a parser; NULL when out of memory.
csj_parser *csj_parser_new(void);
/// Frees a parser.
void csj_parser_free(csj_parser *parser);
/// Parses one ASFF finding object (`bytes` need no padding: they are copied). Returns 0 or a simdjson error code.
int csj_asff_record(csj_parser *parser, const uint8_t *bytes, size_t length, void *context, csj_finding_fn fn);
/// Loads a whole `get-findings` file and calls `fn` for each element of `Findings`. Returns 0 or an error code.
int csj_asff_file(const char *path, void *context, csj_finding_fn fn);

#ifdef __cplusplus
}
#endif

#endif
