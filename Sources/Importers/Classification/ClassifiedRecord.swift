import ReportModel

/// One record, classified by its content (docs/formats.md §3) and decoded in the same pass.
///
/// Decoding never fails for a JSON value: a record of a known family that does not fit its
/// shape becomes `.malformed`, anything else `.unknown` with its top-level keys.
struct ClassifiedRecord: Decodable {
    /// What the record turned out to be.
    enum Kind {
        /// A record of a registered input family (`InputFamilies.all`), decoded.
        case record(any FamilyRecord)
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

    /// A record already classified (by a reader faster than `init(from:)`).
    init(kind: Kind) {
        self.kind = kind
    }

    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: AnyCodingKey.self) else {
            kind = .unknown(reason: Message(.notAnObject, ["kind": .message(Self.valueKind(decoder))]))
            return
        }
        let shape = RecordShape(keys: Set(container.allKeys.map(\.stringValue)), container: container)
        let has = shape.has
        if shape.keys.isEmpty {
            kind = .empty
        } else if has("detail-type") && has("source") {
            kind = Self.eventBridge(shape, decoder: decoder)
        } else if let family = InputFamilies.all.first(where: { $0.recognizes(shape) }) {
            kind = Self.decode(family, from: decoder)
        } else if let key = ["logEvents", "events"].first(where: has) {
            let events = (try? container.decode([CloudWatchLogEvent].self, forKey: AnyCodingKey(key))) ?? []
            kind = .messages(prefix: key, messages: events.map(\.message))
        } else if has("message") && (has("logStreamName") || has("ingestionTime") || has("eventId") || has("id")) {
            kind = .messages(prefix: "", messages: [shape.string("message")])
        } else if let key = ["Findings", "findings"].first(where: has),
            let records = try? container.decode([ClassifiedRecord].self, forKey: AnyCodingKey(key))
        {
            kind = .nested(
                prefix: key,
                records: records,
                partial: ["NextToken", "nextToken"].contains { !(shape.string($0) ?? "").isEmpty }
            )
        } else {
            kind = .unknown(reason: Message(.notAFindingKeys, ["keys": .list(shape.keys.sorted())]))
        }
    }

    /// Classifies an EventBridge event by `detail-type`: an envelope of findings, or a family's own record.
    private static func eventBridge(_ shape: RecordShape, decoder: any Decoder) -> Kind {
        let detailType = shape.string("detail-type") ?? ""
        let container = shape.container
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
        case "Security Hub Insight Results":
            return .ignored(reason: Message(.insightResults))
        default:
            if let family = InputFamilies.all.first(where: { $0.recognizesEvent(detailType: detailType) }) {
                return decode(family, from: decoder)
            }
            let source = shape.string("source") ?? ""
            return .unknown(
                reason: Message(.notAFindingEvent, ["detailType": .text(detailType), "source": .text(source)])
            )
        }
    }

    /// Decodes a record with its family, turning a decoding error into `.malformed`.
    private static func decode<Family: InputFamily>(_ family: Family.Type, from decoder: any Decoder) -> Kind {
        do {
            return .record(DecodedRecord<Family>(record: try Family.decode(from: decoder)))
        } catch {
            return .malformed(Family.format, reason: DecodingErrorText.describe(error))
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
