public import ReportModel

/// Reads `risk-acceptances.yml`: the risks the team accepted on purpose, in writing.
public enum AcceptanceFile {
    private static let entryKeys = [
        "id", "match", "reason", "owner", "approvedBy", "acceptedOn", "expiresOn", "ticket", "compensatingControls",
    ]
    private static let matchKeys = [
        "controls", "findingIds", "products", "resources", "accounts", "environments", "regions", "cves", "severities",
        "tags",
    ]

    /// Parses and validates the file.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the path, for error messages.
    /// - Returns: the acceptances in file order.
    /// - Throws: `ScoringError` naming `file:line:column` for YAML errors, unknown keys, missing required
    ///   fields, impossible dates, an expiry before acceptance, an empty match, and duplicated ids.
    public static func parse(_ yaml: String, file: String) throws(ScoringError) -> [RiskAcceptance] {
        let reader = YAMLReader(file: file)
        let items = try reader.topLevelList(try reader.read(yaml), key: "acceptances")
        var result: [RiskAcceptance] = []
        var seen: [String: Int] = [:]
        for item in items {
            let fields = try YAMLReader.Fields(item, reader: reader, what: Message(.subjectAcceptanceEntry))
            let id = try fields.requiredString("id", in: Message(.subjectAcceptanceEntry))
            let what = Message(.subjectAcceptance, ["id": .text(id)])
            try fields.allowOnly(entryKeys, in: what)
            if let line = seen[id] {
                throw reader.error(
                    at: item.position,
                    Message(.acceptanceDuplicateId, ["id": .text(id), "line": .number(line)])
                )
            }
            seen[id] = item.position.line
            let acceptedOn = try fields.date("acceptedOn", in: what)
            let expiresOn = try fields.date("expiresOn", in: what)
            if expiresOn < acceptedOn {
                throw reader.error(
                    at: fields.value("expiresOn")?.position ?? item.position,
                    Message(
                        .acceptanceExpiresBeforeAccepted,
                        ["what": .message(what), "expires": .text("\(expiresOn)"), "accepted": .text("\(acceptedOn)")]
                    )
                )
            }
            result.append(
                RiskAcceptance(
                    id: id,
                    match: try match(fields, reader: reader, what: what),
                    reason: try fields.requiredString("reason", in: what),
                    owner: try fields.requiredString("owner", in: what),
                    approvedBy: try fields.requiredString("approvedBy", in: what),
                    acceptedOn: acceptedOn,
                    expiresOn: expiresOn,
                    ticket: try fields.string("ticket"),
                    compensatingControls: try fields.strings("compensatingControls"),
                    source: "\(file):\(item.position.line)"
                )
            )
        }
        return result
    }

    private static func match(
        _ fields: YAMLReader.Fields,
        reader: YAMLReader,
        what: Message
    ) throws(ScoringError) -> AcceptanceMatch {
        guard let value = fields.value("match") else {
            throw reader.error(
                at: fields.position,
                Message(.yamlMissingField, ["what": .message(what), "key": .text("match")])
            )
        }
        let matchOf = Message(.subjectMatchOf, ["what": .message(what)])
        let conditions = try YAMLReader.Fields(value, reader: reader, what: matchOf)
        try conditions.allowOnly(matchKeys, in: matchOf)
        var severities: [Severity] = []
        for text in try conditions.strings("severities") {
            guard let severity = Severity(rawValue: text.uppercased()) else {
                throw reader.error(
                    at: conditions.value("severities")?.position ?? value.position,
                    Message(.acceptanceUnknownSeverity, ["value": .text(text), "what": .message(what)])
                )
            }
            severities.append(severity)
        }
        let match = AcceptanceMatch(
            controls: try conditions.strings("controls"),
            findingIds: try conditions.strings("findingIds"),
            products: try conditions.strings("products"),
            resources: try conditions.strings("resources"),
            accounts: try conditions.strings("accounts"),
            environments: try conditions.strings("environments"),
            regions: try conditions.strings("regions"),
            cves: try conditions.strings("cves"),
            severities: severities,
            tags: try conditions.tagConditions("tags")
        )
        if match.isEmpty {
            throw reader.error(at: value.position, Message(.acceptanceMatchesEverything, ["what": .message(matchOf)]))
        }
        return match
    }
}
