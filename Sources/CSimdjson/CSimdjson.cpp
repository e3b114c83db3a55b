#include "CSimdjson.h"

#include <simdjson.h>

#include <new>
#include <string_view>
#include <vector>

using namespace simdjson;

struct csj_parser {
    ondemand::parser parser;
    std::vector<uint8_t> buffer;
    std::vector<csj_slice> resources;
};

static csj_slice slice(std::string_view view) { return csj_slice{view.data(), view.size()}; }

// Reads one finding object; members are visited in document order (On-Demand is forward-only).
template <typename Object>
static error_code read_finding(Object object, csj_parser &state, void *context, csj_finding_fn fn) {
    csj_finding finding = {};
    state.resources.clear();
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key)) return error;
        auto value = field.value();
        if (key == "Id") {
            std::string_view text;
            if (!value.get_string().get(text)) finding.id = slice(text);
        } else if (key == "UpdatedAt") {
            std::string_view text;
            if (!value.get_string().get(text)) finding.updated_at = slice(text);
        } else if (key == "Severity") {
            ondemand::object severity;
            if (value.get_object().get(severity)) continue;
            for (auto member : severity) {
                std::string_view name;
                if (member.unescaped_key().get(name)) break;
                if (name == "Label") {
                    std::string_view text;
                    if (!member.value().get_string().get(text)) finding.severity_label = slice(text);
                }
            }
        } else if (key == "Compliance") {
            ondemand::object compliance;
            if (value.get_object().get(compliance)) continue;
            for (auto member : compliance) {
                std::string_view name;
                if (member.unescaped_key().get(name)) break;
                std::string_view text;
                if (name == "Status") {
                    if (!member.value().get_string().get(text)) finding.compliance_status = slice(text);
                } else if (name == "SecurityControlId") {
                    if (!member.value().get_string().get(text)) finding.security_control_id = slice(text);
                }
            }
        } else if (key == "Resources") {
            ondemand::array resources;
            if (value.get_array().get(resources)) continue;
            for (auto element : resources) {
                ondemand::object resource;
                if (element.get_object().get(resource)) continue;
                for (auto member : resource) {
                    std::string_view name;
                    if (member.unescaped_key().get(name)) break;
                    if (name == "Id") {
                        std::string_view text;
                        if (!member.value().get_string().get(text)) state.resources.push_back(slice(text));
                    }
                }
            }
        }
    }
    finding.resource_ids = state.resources.data();
    finding.resource_count = state.resources.size();
    fn(context, &finding);
    return SUCCESS;
}

extern "C" csj_parser *csj_parser_new(void) { return new (std::nothrow) csj_parser(); }

extern "C" void csj_parser_free(csj_parser *parser) { delete parser; }

extern "C" int csj_asff_record(csj_parser *parser, const uint8_t *bytes, size_t length, void *context,
                               csj_finding_fn fn) {
    parser->buffer.resize(length + SIMDJSON_PADDING);
    std::copy(bytes, bytes + length, parser->buffer.begin());
    ondemand::document document;
    if (auto error = parser->parser.iterate(parser->buffer.data(), length, parser->buffer.size()).get(document))
        return error;
    ondemand::object object;
    if (auto error = document.get_object().get(object)) return error;
    return read_finding(object, *parser, context, fn);
}

extern "C" int csj_asff_file(const char *path, void *context, csj_finding_fn fn) {
    padded_string json;
    if (auto error = padded_string::load(path).get(json)) return error;
    csj_parser state;
    ondemand::document document;
    if (auto error = state.parser.iterate(json).get(document)) return error;
    ondemand::array findings;
    if (auto error = document["Findings"].get_array().get(findings)) return error;
    for (auto element : findings) {
        ondemand::object object;
        if (auto error = element.get_object().get(object)) return error;
        if (auto error = read_finding(object, state, context, fn)) return error;
    }
    return 0;
}
