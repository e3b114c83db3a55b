import ReportModel

/// Security Hub findings in OCSF (docs/formats.md §7): `class_uid`, or `finding_info` with
/// `metadata`.
enum OCSFFamily: InputFamily {
    static let format = InputFormat.ocsf

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("class_uid") || (shape.has("finding_info") && shape.has("metadata"))
    }

    static func decode(from decoder: any Decoder) throws -> OCSFFinding {
        try OCSFFinding(from: decoder)
    }

    static func read(
        _ record: OCSFFinding,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.finding(
            at: context,
            missingIdentity: Message(.findingWithoutId, ["format": .text("ocsf"), "member": .text("uid")])
        ) {
            OCSFImporter.finding(from: record, origin: $0, report: &$1)
        }
    }
}
