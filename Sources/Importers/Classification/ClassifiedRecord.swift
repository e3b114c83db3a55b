import ReportModel

/// One record, classified by its content (docs/formats.md §3) and decoded in the same pass.
///
/// Decoding never fails for a JSON value: a record of a known family that does not fit its
/// shape becomes `.malformed`, anything else `.unknown` with its top-level keys.
struct ClassifiedRecord: Decodable {
    /// What the record turned out to be.
    enum Kind {
        case asff(ASFFFinding)
        case ocsf(OCSFFinding)
        case inspector2(Inspector2Finding)
        /// ECR or WAF data, mapped by the front door importers (ECR scans also yield findings).
        case evidence(InputFormat)
        /// The EventBridge "ECR Image Scan" event: severity counts only, no findings.
        case ecrScanEvent
        /// An envelope holding more records at `prefix` (EventBridge `detail.findings`, a page).
        case nested(prefix: String, records: [ClassifiedRecord], partial: Bool)
        /// CloudWatch Logs events whose `message` strings hold JSON records.
        case messages(prefix: String, messages: [String?])
        /// `{}`: nothing in it.
        case empty
        /// A record that is deliberately not imported, with the reason.
        case ignored(reason: Message)
        /// A record of a known family that does not fit its shape.
        case malformed(InputFormat, reason: Message)
        /// Not a finding or evidence of a known family.
        case unknown(reason: Message)
    }

    /// The classification and decoded content.
    var kind: Kind

    private static let inspectorTypes: Set<String> = [
        "PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY",
    ]

    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: AnyCodingKey.self) else {
            kind = .unknown(reason: Message(.notAnObject, ["kind": .message(Self.valueKind(decoder))]))
            return
        }
        let keys = Set(container.allKeys.map(\.stringValue))
        func has(_ key: String) -> Bool { keys.contains(key) }
        func string(_ key: String) -> String? { try? container.decode(String.self, forKey: AnyCodingKey(key)) }
        if keys.isEmpty {
            kind = .empty
        } else if has("detail-type") && has("source") {
            kind = Self.eventBridge(container, detailType: string("detail-type") ?? "", source: string("source") ?? "")
        } else if has("SchemaVersion") && (has("ProductArn") || has("GeneratorId")) {
            kind = Self.decode(.asff) { .asff(try ASFFFinding(from: decoder)) }
        } else if has("class_uid") || (has("finding_info") && has("metadata")) {
            kind = Self.decode(.ocsf) { .ocsf(try OCSFFinding(from: decoder)) }
        } else if has("findingArn"), let type = string("type"), Self.inspectorTypes.contains(type),
            !has("imageScanFindings")
        {
            kind = Self.decode(.inspector2) { .inspector2(try Inspector2Finding(from: decoder)) }
        } else if has("imageScanFindings") || has("imageScanStatus") {
            kind = .evidence(.ecr)
        } else if has("WebACL") || (has("DefaultAction") && has("VisibilityConfig") && has("Rules")) {
            kind = .evidence(.wafWebACL)
        } else if has("SampledRequests") || has("PopulationSize") {
            kind = .evidence(.wafSampled)
        } else if has("webaclId") && has("httpRequest") {
            kind = .evidence(.wafLog)
        } else if let key = ["logEvents", "events"].first(where: has) {
            let events = (try? container.decode([CloudWatchLogEvent].self, forKey: AnyCodingKey(key))) ?? []
            kind = .messages(prefix: key, messages: events.map(\.message))
        } else if has("message") && (has("logStreamName") || has("ingestionTime") || has("eventId") || has("id")) {
            kind = .messages(prefix: "", messages: [string("message")])
        } else if let key = ["Findings", "findings"].first(where: has),
            let records = try? container.decode([ClassifiedRecord].self, forKey: AnyCodingKey(key))
        {
            kind = .nested(prefix: key, records: records, partial: has("NextToken") || has("nextToken"))
        } else {
            kind = .unknown(reason: Message(.notAFindingKeys, ["keys": .list(keys.sorted())]))
        }
    }

    /// Classifies an EventBridge event by `detail-type`.
    private static func eventBridge(
        _ container: KeyedDecodingContainer<AnyCodingKey>,
        detailType: String,
        source: String
    ) -> Kind {
        switch detailType {
        case "Security Hub Findings - Imported", "Security Hub Findings - Custom Action", "Findings Imported V2":
            let detail = try? container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey("detail"))
            let records = (try? detail?.decode([ClassifiedRecord].self, forKey: AnyCodingKey("findings"))) ?? nil
            guard let records else { return .malformed(.asff, reason: Message(.eventWithoutFindings)) }
            return .nested(prefix: "detail.findings", records: records, partial: false)
        case "Inspector2 Finding":
            guard let record = try? container.decode(ClassifiedRecord.self, forKey: AnyCodingKey("detail")) else {
                return .malformed(.inspector2, reason: Message(.eventWithoutDetail))
            }
            return .nested(prefix: "detail", records: [record], partial: false)
        case "ECR Image Scan":
            return .ecrScanEvent
        case "Security Hub Insight Results":
            return .ignored(reason: Message(.insightResults))
        default:
            return .unknown(
                reason: Message(.notAFindingEvent, ["detailType": .text(detailType), "source": .text(source)])
            )
        }
    }

    /// Runs a typed decode, turning its error into `.malformed`.
    private static func decode(_ format: InputFormat, _ body: () throws -> Kind) -> Kind {
        do {
            return try body()
        } catch {
            return .malformed(format, reason: DecodingErrorText.describe(error))
        }
    }

    /// `a string`, `a number`, … for a value that is not an object.
    private static func valueKind(_ decoder: any Decoder) -> Message {
        guard let value = try? decoder.singleValueContainer() else { return Message(.typeArray) }
        if value.decodeNil() { return Message(.typeNull) }
        if (try? value.decode(Bool.self)) != nil { return Message(.typeBoolean) }
        if (try? value.decode(Double.self)) != nil { return Message(.typeNumber) }
        if (try? value.decode(String.self)) != nil { return Message(.typeString) }
        return Message(.typeArray)
    }

}

/// One CloudWatch Logs event (`filter-log-events` `events[]` or subscription `logEvents[]`).
struct CloudWatchLogEvent: Decodable {
    /// The log line; for WAF and Security Hub exports, a JSON record as a string.
    var message: String?
}
