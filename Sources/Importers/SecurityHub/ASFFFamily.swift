import ReportModel

/// Security Hub findings in ASFF (docs/formats.md §6): `get-findings` pages, exports,
/// EventBridge `detail.findings`. One record is decoded (`decode`) and mapped (`read`) by one
/// function each: a faster decoder replaces `decode`.
enum ASFFFamily: InputFamily {
    static let format = InputFormat.asff

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("SchemaVersion") && (shape.has("ProductArn") || shape.has("GeneratorId"))
    }

    static func decode(from decoder: any Decoder) throws -> ASFFFinding {
        try ASFFFinding(from: decoder)
    }

    static func read(
        _ record: ASFFFinding,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.finding(
            at: context,
            missingIdentity: Message(.findingWithoutId, ["format": .text("asff"), "member": .text("Id")])
        ) {
            ASFFImporter.finding(from: record, origin: $0, report: &$1)
        }
    }
}

extension ClassifiedRecord.Kind {
    /// An ASFF finding decoded by another reader than `ClassifiedRecord.init(from:)`: what a
    /// faster ASFF reader hands to `FileImport.accept(_:bytes:base:path:position:)`.
    /// - Returns: the record of the ASFF family.
    static func asff(_ finding: ASFFFinding) -> ClassifiedRecord.Kind {
        .record(DecodedRecord<ASFFFamily>(record: finding))
    }
}
