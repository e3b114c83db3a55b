import Foundation

/// The importers' record splitting, exposed for the decoder benchmark (`posture-decoder-spike`,
/// docs/BENCHMARKS.md): reads a source as the importers do (chunks, SHA-256, gunzip, BOM) and
/// hands on each record's bytes, optionally decoding it with the importers' Foundation path.
public enum RecordStream {
    /// How each record is decoded before it is handed on.
    public enum Decoding: Sendable {
        /// Not at all: the splitter alone.
        case none
        /// Foundation's `JSONDecoder` into the importers' classified record (today's path).
        case foundation
    }

    /// What one ASFF finding decoded by the Foundation path holds of the spike's fields.
    public struct Fields: Sendable {
        /// `Id`.
        public var id: String?
        /// `UpdatedAt`, as written.
        public var updatedAt: String?
        /// `Severity.Label`.
        public var severityLabel: String?
        /// `Compliance.Status`.
        public var complianceStatus: String?
        /// `Compliance.SecurityControlId`.
        public var securityControlId: String?
        /// Every `Resources[].Id`.
        public var resourceIds: [String]
    }

    /// Streams one source.
    /// - Parameters:
    ///   - source: the input to read: a file, a folder entry or standard input.
    ///   - decoding: what to do with each record before `record` sees it.
    ///   - record: receives each record's bytes and, with `.foundation`, its ASFF fields.
    /// - Returns: the number of records.
    /// - Throws: `ImportError` when the input cannot be read or split.
    public static func read(
        _ source: InputSource,
        decoding: Decoding,
        record: ([UInt8], Fields?) -> Void
    ) throws(ImportError) -> Int {
        var splitter = JSONValueSplitter(file: source.path)
        var count = 0
        let decoder = JSONDecoder()
        func handle(_ event: SplitEvent) throws(ImportError) {
            guard case .record(let raw) = event else { return }
            count += 1
            guard decoding == .foundation else { return record(raw.bytes, nil) }
            guard let classified = try? decoder.decode(ClassifiedRecord.self, from: Data(raw.bytes)),
                case .record(let decoded) = classified.kind,
                let finding = (decoded as? DecodedRecord<ASFFFamily>)?.record
            else { return record(raw.bytes, nil) }
            record(
                raw.bytes,
                Fields(
                    id: finding.id,
                    updatedAt: finding.updatedAt.flatMap { value in
                        if case .text(let text) = value { text } else { nil }
                    },
                    severityLabel: finding.severity?.label,
                    complianceStatus: finding.compliance?.status,
                    securityControlId: finding.compliance?.securityControlId,
                    resourceIds: (finding.resources ?? []).compactMap(\.id)
                )
            )
        }
        _ = try SourceReader().read(source) { (text: [UInt8]) throws(ImportError) in
            try splitter.feed(text, emit: handle)
        }
        try splitter.finish(emit: handle)
        return count
    }
}
