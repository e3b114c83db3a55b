import ReportModel

/// Reads a WAF log line straight from its bytes into `WAFLogExport`, skipping every member the
/// accumulator does not use (`headers`, `labels`, `rateBasedRuleList` and the like) without
/// building it — the WAF log counterpart of `ASFFFastReader` and `OCSFFastReader`, on the same
/// cursor. `WAFLogAccumulator` counts the result as before, so the traffic rules stay there.
///
/// It answers only when the result is certainly what `JSONDecoder` + `ClassifiedRecord` would
/// give (`.decoded` of `WAFLogFamily`): it returns `nil` (and the line takes the `JSONDecoder`
/// path, which decodes it or rejects it with its JSON path) for a line that does not classify as
/// a WAF log line, is not valid UTF-8, has an escape it does not decode the same way (`\u`
/// surrogates) or an invalid one anywhere, an escaped key, a repeated key in a modelled object, a
/// modelled member of an unexpected type (or `null` inside an array), a number it does not parse
/// exactly as Foundation does (exponents, more than 15 digits), or anything else unexpected.
struct WAFLogFastReader {
    /// Strings that repeat across lines (web ACLs, rule and rule group ids, actions, rule types,
    /// condition types, countries, methods), kept once. Attacker-chosen text (URIs, query
    /// strings, matched data) and per-request values (request ids, clients) are not interned.
    private var strings = StringTable()

    /// The decoded line, or `nil` to use the general path.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8 (`FastJSONCursor.read`).
    /// - Returns: the decoded line, or `nil`.
    mutating func record(_ bytes: [UInt8], utf8Checked: Bool = false) -> WAFLogExport? {
        // Every line `WAFLogFamily` recognises names `webaclId`; any other record is passed by at once.
        guard FastJSONCursor.mentions(Self.keys, in: bytes) else { return nil }
        return FastJSONCursor.read(bytes, utf8Checked: utf8Checked, strings: &strings) {
            (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.wafLogRecord()
        }
    }

    /// The decoded line, or `nil` to use the general path (without keeping strings across calls).
    /// - Parameter bytes: one record's JSON text.
    /// - Returns: the decoded line, or `nil`.
    static func record(_ bytes: [UInt8]) -> WAFLogExport? {
        var reader = WAFLogFastReader()
        return reader.record(bytes)
    }

    private static let keys: [[UInt8]] = [Array("webaclId\"".utf8)]
}

/// The WAF log members, read with the shared cursor.
extension FastJSONCursor {
    fileprivate mutating func wafLogRecord() throws(FastGiveUp) -> WAFLogExport {
        var keys = (webACL: false, request: false)
        let export = try keyedObject(WAFLogExport()) {
            (cursor: inout FastJSONCursor, export, name) throws(FastGiveUp) in
            switch name {
            case "webaclId": keys.webACL = true
            case "httpRequest": keys.request = true
            // Members by which `ClassifiedRecord` reads a record as an EventBridge envelope or
            // offers it to a family listed before `WAFLogFamily` (`InputFamilies.all`): such a
            // record is left to the general path, whatever its other members.
            case "detail-type", "SchemaVersion", "class_uid", "finding_info", "findingArn", "imageScanFindings",
                "imageScanStatus", "WebACL", "DefaultAction", "SampledRequests", "PopulationSize":
                throw FastGiveUp()
            default: break
            }
            return try cursor.wafLogMember(name, into: &export)
        }
        // ClassifiedRecord's rule (`WAFLogFamily.recognizes`): both members present, whatever their values.
        guard let export, keys.webACL, keys.request else { throw FastGiveUp() }
        return export
    }

    /// Reads one top-level member into `export`; false for a member that is not modelled.
    fileprivate mutating func wafLogMember(_ name: MemberName, into export: inout WAFLogExport) throws(FastGiveUp)
        -> Bool
    {
        switch name {
        case "timestamp": export.timestamp = try timestamp().map(FrontDoorTimestamp.init)
        case "webaclId": export.webaclId = try sharedString()
        case "terminatingRuleId": export.terminatingRuleId = try sharedString()
        case "terminatingRuleType": export.terminatingRuleType = try sharedString()
        case "action": export.action = try sharedString()
        case "terminatingRuleMatchDetails": export.terminatingRuleMatchDetails = try matchDetails()
        case "ruleGroupList":
            export.ruleGroupList = try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                try cursor.ruleGroup()
            }
        case "nonTerminatingMatchingRules": export.nonTerminatingMatchingRules = try ruleMatches()
        case "httpRequest": export.httpRequest = try httpRequest()
        default: return false
        }
        return true
    }

    /// `[MatchDetail]`, or nil for `null`.
    private mutating func matchDetails() throws(FastGiveUp) -> [WAFLogExport.MatchDetail]? {
        try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.keyedObject(WAFLogExport.MatchDetail()) {
                (cursor: inout FastJSONCursor, detail, name) throws(FastGiveUp) in
                switch name {
                case "conditionType": detail.conditionType = try cursor.sharedString()
                case "location": detail.location = try cursor.sharedString()
                case "matchedData": detail.matchedData = try cursor.matchedData()
                default: return false
                }
                return true
            } ?? WAFLogExport.MatchDetail()
        }
    }

    /// `[LenientString]` (attacker-chosen text, not interned), or nil for `null`; `null` inside
    /// the array gives up (`JSONDecoder` refuses it).
    private mutating func matchedData() throws(FastGiveUp) -> [LenientString]? {
        if try null() { return nil }
        var values: [LenientString] = []
        try elements { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            guard let value = try cursor.lenientString(shared: false) else { throw FastGiveUp() }
            values.append(value)
        }
        return values
    }

    /// `[RuleMatch]`, or nil for `null`.
    private mutating func ruleMatches() throws(FastGiveUp) -> [WAFLogExport.RuleMatch]? {
        try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.ruleMatch() ?? WAFLogExport.RuleMatch()
        }
    }

    /// A terminating or non-terminating rule match, or nil for `null`.
    private mutating func ruleMatch() throws(FastGiveUp) -> WAFLogExport.RuleMatch? {
        try keyedObject(WAFLogExport.RuleMatch()) { (cursor: inout FastJSONCursor, rule, name) throws(FastGiveUp) in
            switch name {
            case "ruleId": rule.ruleId = try cursor.sharedString()
            case "action": rule.action = try cursor.sharedString()
            case "overriddenAction": rule.overriddenAction = try cursor.sharedString()
            case "ruleMatchDetails": rule.ruleMatchDetails = try cursor.matchDetails()
            default: return false
            }
            return true
        }
    }

    private mutating func ruleGroup() throws(FastGiveUp) -> WAFLogExport.RuleGroup {
        try keyedObject(WAFLogExport.RuleGroup()) { (cursor: inout FastJSONCursor, group, name) throws(FastGiveUp) in
            switch name {
            case "ruleGroupId": group.ruleGroupId = try cursor.sharedString()
            case "terminatingRule": group.terminatingRule = try cursor.ruleMatch()
            case "nonTerminatingMatchingRules": group.nonTerminatingMatchingRules = try cursor.ruleMatches()
            case "excludedRules":
                group.excludedRules = try cursor.objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.keyedObject(WAFLogExport.ExcludedRule()) {
                        (cursor: inout FastJSONCursor, rule, name) throws(FastGiveUp) in
                        switch name {
                        case "exclusionType": rule.exclusionType = try cursor.sharedString()
                        case "ruleId": rule.ruleId = try cursor.sharedString()
                        default: return false
                        }
                        return true
                    } ?? WAFLogExport.ExcludedRule()
                }
            default: return false
            }
            return true
        } ?? WAFLogExport.RuleGroup()
    }

    private mutating func httpRequest() throws(FastGiveUp) -> WAFLogExport.HTTPRequest? {
        try keyedObject(WAFLogExport.HTTPRequest()) {
            (cursor: inout FastJSONCursor, request, name) throws(FastGiveUp) in
            switch name {
            case "clientIp": request.clientIp = try cursor.optionalString()
            case "country": request.country = try cursor.sharedString()
            case "uri": request.uri = try cursor.optionalString()
            case "args": request.args = try cursor.optionalString()
            case "httpMethod": request.httpMethod = try cursor.sharedString()
            case "requestId": request.requestId = try cursor.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension ClassifiedRecord.Kind {
    /// A WAF log line decoded by another reader than `ClassifiedRecord.init(from:)`: what
    /// `WAFLogFastReader` hands to `FileImport.accept(_:bytes:base:path:position:)`.
    /// - Returns: the record of the WAF log family.
    static func wafLog(_ export: WAFLogExport) -> ClassifiedRecord.Kind {
        .record(DecodedRecord<WAFLogFamily>(record: .decoded(export)))
    }
}
