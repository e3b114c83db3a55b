import ReportModel

/// Inspector2 findings (docs/formats.md §8): `list-findings` records with a `findingArn` and
/// one of Inspector's finding types (an ECR scan page, which also has `imageScanFindings`, is
/// not one).
enum Inspector2Family: FindingFamily {
    static let format = InputFormat.inspector2

    private static let types: Set<String> = ["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"]

    static func recognizes(_ shape: RecordShape) -> Bool {
        guard shape.has("findingArn"), let type = shape.string("type") else { return false }
        return types.contains(type) && !shape.has("imageScanFindings")
    }

    typealias Record = Inspector2Finding

    static let identityMember = "findingArn"

    static func finding(from record: Inspector2Finding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        Inspector2Importer.finding(from: record, origin: origin, report: &report)
    }
}
