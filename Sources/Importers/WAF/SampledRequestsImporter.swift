public import Foundation
public import ReportModel

/// Reads one `get-sampled-requests` response into weighted traffic evidence: each sample stands
/// for `Weight` requests; `records` is the number of samples.
///
/// The response does not say which web ACL or rule metric it was taken for, so the caller passes
/// them when known (from the file name or the command that produced it).
public struct SampledRequestsImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// Reads one response.
    /// - Parameters:
    ///   - data: the record's JSON bytes.
    ///   - origin: where the record was read.
    ///   - webACL: the web ACL ARN or id the call was made for, if known.
    ///   - ruleMetricName: the rule metric name the call was made for, if known.
    /// - Returns: the traffic evidence and diagnostics.
    /// - Throws: `FrontDoorImportError` when the bytes are not JSON of this shape.
    public func importSampledRequests(
        from data: Data,
        origin: RecordOrigin,
        webACL: String? = nil,
        ruleMetricName: String? = nil
    ) throws(FrontDoorImportError) -> WAFTrafficImport {
        let export = try FrontDoorJSON.decode(SampledRequestsExport.self, from: data, origin: origin)
        var diagnostics: [Diagnostic] = []
        func note(_ path: String, _ message: Message) {
            diagnostics.append(
                Diagnostic(.warning, file: origin.file, location: "record \(origin.record): \(path)", message)
            )
        }
        var tally = WAFTrafficTally(webACL: webACL ?? "", source: .sampled, ruleMetricName: ruleMetricName)
        for (index, sample) in (export.sampledRequests ?? []).enumerated() {
            let path = "SampledRequests[\(index)]"
            if sample.weight == nil { note("\(path).Weight", Message(.wafMissingWeight)) }
            if let time = sample.timestamp, time.date == nil {
                note("\(path).Timestamp", Message(.unreadableTimestamp, ["value": .text(time.raw)]))
            }
            let weight = max(0, sample.weight?.value ?? 1)
            guard tally.canAdd(weight: weight) else {
                throw .invalidRecord(
                    origin: origin,
                    path: "\(path).Weight",
                    message: Message(
                        .wafWeightOutOfRange,
                        ["value": .number(weight), "maximum": .number(WAFTrafficTally.maximumWeight)]
                    )
                )
            }
            tally.add(Self.request(sample), weight: weight, file: origin.file)
        }
        let window = export.timeWindow
        for (name, time) in [("StartTime", window?.startTime), ("EndTime", window?.endTime)] {
            if let time, time.date == nil {
                note("TimeWindow.\(name)", Message(.unreadableTimestamp, ["value": .text(time.raw)]))
            }
        }
        tally.addWindow(
            population: export.populationSize?.value,
            start: window?.startTime?.date,
            end: window?.endTime?.date
        )
        return WAFTrafficImport(traffic: tally.finalize(), diagnostics: diagnostics)
    }

    /// A sample as an observed request. `RuleNameWithinRuleGroup` is `vendor#group#rule`.
    private static func request(_ sample: SampledRequestsExport.Sample) -> WAFObservedRequest {
        let action = (sample.action ?? "").uppercased()
        let parts = (sample.ruleNameWithinRuleGroup ?? "").split(separator: "#").map(String.init)
        let group = parts.count >= 2 ? parts[parts.count - 2] : nil
        let rule = parts.last
        let labels = (sample.labels ?? []).compactMap(\.name)
        let category = WAFAttackClassifier.category(group: group, rule: rule, labels: labels)
        let ruleName = [group, rule].compactMap { $0 }.joined(separator: " / ")
        let match = WAFObservedRequest.Match(
            rule: ruleName.isEmpty ? "(rule not named in sample)" : ruleName,
            category: category
        )
        let uri = sample.request?.uri ?? ""
        let splitURI = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return WAFObservedRequest(
            timestamp: sample.timestamp?.date,
            requestId: nil,
            action: action,
            method: sample.request?.method ?? "",
            uri: splitURI.first.map(String.init) ?? uri,
            query: splitURI.count > 1 ? String(splitURI[1]) : "",
            clientIp: sample.request?.clientIP ?? "",
            country: sample.request?.country ?? "-",
            terminatingWebACLRule: group ?? (ruleName.isEmpty ? nil : ruleName),
            terminatingMatch: action == "ALLOW" || action == "COUNT" ? nil : match,
            countMatches: action == "COUNT" ? [match] : [],
            matchedData: []
        )
    }
}
