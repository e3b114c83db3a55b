public import ReportModel

/// Reads `environments.yml`: which account is which environment.
public enum EnvironmentFile {
    /// Parses and validates the file.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the path, for error messages.
    /// - Returns: the mappings in file order.
    /// - Throws: `ScoringError` naming `file:line:column` for YAML errors, unknown keys, missing fields
    ///   and an account listed twice.
    public static func parse(_ yaml: String, file: String) throws(ScoringError) -> [EnvironmentMapping] {
        let reader = YAMLReader(file: file)
        let items = try reader.topLevelList(try reader.read(yaml), key: "environments")
        var result: [EnvironmentMapping] = []
        for item in items {
            let entry = Message(.subjectEnvironmentEntry)
            let fields = try YAMLReader.Fields(item, reader: reader, what: entry)
            try fields.allowOnly(["accountId", "name", "environment"], in: entry)
            let accountId = try fields.requiredString("accountId", in: entry)
            let what = Message(.subjectEnvironmentOf, ["account": .text(accountId)])
            if result.contains(where: { $0.accountId == accountId }) {
                throw reader.error(at: item.position, Message(.environmentListedTwice, ["account": .text(accountId)]))
            }
            result.append(
                EnvironmentMapping(
                    accountId: accountId,
                    name: try fields.requiredString("name", in: what),
                    environment: try fields.requiredString("environment", in: what)
                )
            )
        }
        return result
    }
}
