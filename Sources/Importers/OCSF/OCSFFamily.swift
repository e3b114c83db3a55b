import ReportModel

/// Security Hub findings in OCSF (docs/formats.md §7): `class_uid`, or `finding_info` with
/// `metadata`.
enum OCSFFamily: FindingFamily {
    static let format = InputFormat.ocsf

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("class_uid") || (shape.has("finding_info") && shape.has("metadata"))
    }

    typealias Record = OCSFFinding

    static let identityMember = "uid"

    static func finding(from record: OCSFFinding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        OCSFImporter.finding(from: record, origin: origin, report: &report)
    }
}
