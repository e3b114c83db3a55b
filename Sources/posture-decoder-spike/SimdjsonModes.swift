#if canImport(CSimdjson)
    import CSimdjson
    import Importers

    // The simdjson modes: built only with POSTURE_SIMDJSON_SPIKE=1 (Package.swift).

    func string(_ slice: csj_slice) -> String? {
        guard let pointer = slice.ptr else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: slice.len), as: UTF8.self)
    }

    let collect: csj_finding_fn = { context, finding in
        guard let context, let finding = finding?.pointee else { return }
        let tally = context.assumingMemoryBound(to: Tally.self)
        var ids: [String] = []
        for offset in 0..<finding.resource_count {
            if let id = string(finding.resource_ids[offset]) { ids.append(id) }
        }
        tally.pointee.add(
            id: string(finding.id),
            updatedAt: string(finding.updated_at),
            label: string(finding.severity_label),
            status: string(finding.compliance_status),
            control: string(finding.security_control_id),
            resourceIds: ids
        )
    }

    /// Runs a simdjson mode; false for a mode that is not one.
    func runSimdjson(mode: String, path: String, source: InputSource, tally: inout Tally) throws -> Bool {
        switch mode {
        case "simdjson":
            guard let parser = csj_parser_new() else { return false }
            tally.records = try RecordStream.read(source, decoding: .none) { bytes, _ in
                let code = bytes.withUnsafeBufferPointer { buffer in
                    withUnsafeMutablePointer(to: &tally) {
                        csj_asff_record(parser, buffer.baseAddress, buffer.count, $0, collect)
                    }
                }
                if code != 0 { print("simdjson error \(code)") }
            }
            csj_parser_free(parser)
        case "simdjson-file":
            let code = withUnsafeMutablePointer(to: &tally) { csj_asff_file(path, $0, collect) }
            if code != 0 { print("simdjson error \(code)") }
            tally.records = tally.findings
        default:
            return false
        }
        return true
    }
#else
    import Importers

    /// Without simdjson there is no simdjson mode.
    func runSimdjson(mode: String, path: String, source: InputSource, tally: inout Tally) throws -> Bool { false }
#endif
