import ReportModel

/// Inspector2 findings (docs/formats.md §8): `list-findings` records with a `findingArn` and
/// one of Inspector's finding types (an ECR scan page, which also has `imageScanFindings`, is
/// not one).
enum Inspector2Family: InputFamily {
    static let format = InputFormat.inspector2

    private static let types: Set<String> = ["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"]

    static func recognizes(_ shape: RecordShape) -> Bool {
        guard shape.has("findingArn"), let type = shape.string("type") else { return false }
        return types.contains(type) && !shape.has("imageScanFindings")
    }

    static func decode(from decoder: any Decoder) throws -> Inspector2Finding {
        try Inspector2Finding(from: decoder)
    }

    static func read(
        _ record: Inspector2Finding,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.finding(
            at: context,
            missingIdentity: Message(.findingWithoutId, ["format": .text("inspector2"), "member": .text("findingArn")])
        ) {
            Inspector2Importer.finding(from: record, origin: $0, report: &$1)
        }
    }
}
