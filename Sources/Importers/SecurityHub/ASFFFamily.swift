import ReportModel

/// Security Hub findings in ASFF (docs/formats.md §6): `get-findings` pages, exports,
/// EventBridge `detail.findings`. One record is decoded (`decode`) and mapped (`read`) by one
/// function each: a faster decoder replaces `decode`.
enum ASFFFamily: FindingFamily {
    static let format = InputFormat.asff

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("SchemaVersion") && (shape.has("ProductArn") || shape.has("GeneratorId"))
    }

    typealias Record = ASFFFinding

    static let identityMember = "Id"

    static func finding(from record: ASFFFinding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        ASFFImporter.finding(from: record, origin: origin, report: &report)
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
