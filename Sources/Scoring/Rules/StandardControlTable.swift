public import ReportModel

/// Standard-specific control ids → security control ids, from `rules/standard-control-ids.csv`
/// (written by `scripts/make-standard-control-ids.py`; each row names its source).
///
/// Older exports and exports with consolidated control findings off carry `1.14` or
/// `PCI.IAM.4` where newer ones carry `IAM.6`; the version decides (`1.14` is IAM.6 in CIS 1.2.0
/// and IAM.3 in CIS 1.4.0), so the lookup always uses standard, version and id.
public struct StandardControlTable: Sendable, Equatable {
    private var ids: [StandardControlRef: String]

    /// Standards whose ids are already security control ids when the table has no row for them.
    static let identityStandards: Set<String> = [
        "aws-foundational-security-best-practices", "nist-800-53", "nist-800-171",
        "service-managed-aws-control-tower",
    ]

    /// Reads the table (`standard,standard_version,standard_control_id,security_control_id,source`).
    /// - Parameters:
    ///   - csv: the table's text.
    ///   - file: its path, for error messages.
    /// - Throws: `ScoringError.invalidTable` for a malformed table or one id mapped twice.
    public init(csv: String, file: String) throws(ScoringError) {
        let table = try CSVTable(
            csv,
            file: file,
            required: ["standard", "standard_version", "standard_control_id", "security_control_id", "source"]
        )
        var ids: [StandardControlRef: String] = [:]
        for row in table.rows {
            let reference = StandardControlRef(
                standard: row.fields["standard"] ?? "",
                version: row.fields["standard_version"] ?? "",
                controlId: row.fields["standard_control_id"] ?? ""
            )
            let target = row.fields["security_control_id"] ?? ""
            guard !target.isEmpty else {
                throw .invalidTable(file: file, line: row.line, reason: Message(.tableEmptySecurityControlId))
            }
            guard ids[reference] == nil else {
                throw .invalidTable(
                    file: file,
                    line: row.line,
                    reason: Message(.tableMappedTwice, ["reference": .text("\(reference)")])
                )
            }
            ids[reference] = target
        }
        self.ids = ids
    }

    /// Creates a table from pairs (tests).
    /// - Parameter pairs: reference → security control id.
    public init(_ pairs: [StandardControlRef: String] = [:]) {
        ids = pairs
    }

    /// The security control id of a standard-specific id.
    /// - Parameter reference: the standard, version and id.
    /// - Returns: the security control id; for FSBP, NIST and Control Tower without a row, the id
    ///   itself (less Control Tower's `CT.` prefix); `nil` when it is unknown.
    public func securityControlId(for reference: StandardControlRef) -> String? {
        if let id = ids[reference] { return id }
        guard Self.identityStandards.contains(reference.standard) else { return nil }
        if reference.controlId.hasPrefix("CT.") { return String(reference.controlId.dropFirst(3)) }
        return reference.controlId
    }

    /// The number of rows.
    public var count: Int { ids.count }
}
