import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The WAF log fast path gives exactly what `JSONDecoder` gives (the whole decoded `WAFLogExport`,
/// its timestamps bit for bit, the accumulator's diagnostics and traffic evidence, and the whole
/// import's result), or steps aside.
@Suite struct WAFLogFastReaderTests {
    /// Checks one record: when the fast path answers, the general path must classify the record as
    /// a WAF log line, decode the same `WAFLogExport`, and the accumulator must read both alike.
    /// Returns whether the fast path answered.
    @discardableResult
    private func check(_ bytes: [UInt8], _ label: String = "") -> Bool {
        guard let fast = WAFLogFastReader.record(bytes) else { return false }
        let context = "\(label): \(String(decoding: bytes.prefix(300), as: UTF8.self))"
        guard let slow = Self.slow(bytes) else {
            Issue.record("fast path answered; the general path does not decode a WAF log line: \(context)")
            return true
        }
        #expect(fast == slow, "\(context)")
        #expect(Self.timeBits(fast) == Self.timeBits(slow), "\(context)")
        let origin = RecordOrigin(file: "t.jsonl", record: 0)
        var fastAccumulator = WAFLogAccumulator()
        var slowAccumulator = WAFLogAccumulator()
        let fastDiagnostics = try? fastAccumulator.add(fast, origin: origin)
        let slowDiagnostics = try? slowAccumulator.add(slow, origin: origin)
        #expect(fastDiagnostics == slowDiagnostics, "\(context)")
        #expect(fastAccumulator.finalize() == slowAccumulator.finalize(), "\(context)")
        return true
    }

    /// What the general path decodes: the line's `WAFLogExport` when `JSONDecoder` classifies it as
    /// a WAF log line and decodes it, else nil.
    private static func slow(_ bytes: [UInt8]) -> WAFLogExport? {
        guard let decoded = try? JSONDecoder().decode(ClassifiedRecord.self, from: Data(bytes)),
            case .record(let record) = decoded.kind,
            case .decoded(let export)? = (record as? DecodedRecord<WAFLogFamily>)?.record
        else { return nil }
        return export
    }

    /// The timestamp's instant as its bit pattern (so -0 and 0 are told apart).
    private static func timeBits(_ export: WAFLogExport) -> UInt64? {
        export.timestamp?.date?.timeIntervalSinceReferenceDate.bitPattern
    }

    @Test("every WAF log line of the samples takes the fast path and reads identically")
    func samples() {
        var waf = 0
        var fast = 0
        for path in FastReaderCorpus.inputFiles(under: "samples") {
            for record in FastReaderCorpus.records(.file(path)) ?? [] {
                let answered = check(record, path)
                let format = FastReaderCorpus.format(record)
                #expect(!answered || format == .wafLog, "\(path)")
                if answered { fast += 1 }
                if format == .wafLog { waf += 1 }
            }
        }
        #expect(waf > 100)
        #expect(fast == waf)
    }

    @Test("the project's fixtures (importers, goldens, hostile corpus): where the fast path answers it agrees")
    func projectFixtures() {
        var answered = 0
        var waf = 0
        for (path, record) in FastReaderCorpus.projectFixtureRecords() {
            let fast = check(record, path)
            let format = FastReaderCorpus.format(record)
            #expect(!fast || format == .wafLog, "\(path)")
            if fast { answered += 1 }
            if format == .wafLog { waf += 1 }
        }
        // Every WAF log fixture line but the hostile epochs written with exponents takes the fast path.
        #expect(answered > 10)
        #expect(waf - answered <= 2)
    }

    @Test(
        "the benchmark generator's lines all take the fast path and read identically",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func generatorOutput() throws {
        let all = try FastReaderCorpus.generated("waf", count: 2000)
        #expect(all.count == 2000)
        var fast = 0
        for record in all where check(record, "generator") { fast += 1 }
        #expect(fast == all.count)
    }

    @Test(
        "the benchmark generator's ASFF and OCSF findings are never read as WAF log lines",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func otherFormats() throws {
        for kind in ["asff", "ocsf"] {
            for record in try FastReaderCorpus.generated(kind, count: 50) {
                #expect(WAFLogFastReader.record(record) == nil)
            }
        }
    }

    @Test("real-world WAF logs: where the fast path answers it agrees")
    func sharedFixtures() throws {
        guard RepositoryPaths.sharedAvailable else { return }
        var answered = 0
        for (name, record) in try FastReaderCorpus.sharedFixtureRecords("waf") where check(record, name) {
            answered += 1
        }
        #expect(answered > 0)
    }

    /// A blocked request with every modelled member; `\#(base)` opens a line without its brace.
    static let base =
        #""timestamp":1795900001000,"formatVersion":1,"webaclId":"arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop-prod-alb/0ec3f893","terminatingRuleId":"AWS-AWSManagedRulesSQLiRuleSet","terminatingRuleType":"MANAGED_RULE_GROUP","action":"BLOCK","terminatingRuleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"QUERY_STRING","matchedData":["'","OR","1=1"]}],"httpSourceName":"ALB","httpSourceId":"x","ruleGroupList":[{"ruleGroupId":"AWS#AWSManagedRulesSQLiRuleSet","terminatingRule":{"ruleId":"SQLi_QUERYARGUMENTS","action":"BLOCK","overriddenAction":"COUNT","ruleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"QUERY_STRING","matchedData":["1=1"]}]},"nonTerminatingMatchingRules":[{"ruleId":"NoUserAgent_HEADER","action":"COUNT","ruleMatchDetails":null}],"excludedRules":[{"exclusionType":"EXCLUDED_AS_COUNT","ruleId":"SizeRestrictions_BODY"}]},{"ruleGroupId":"AWS#AWSManagedRulesCommonRuleSet","terminatingRule":null,"nonTerminatingMatchingRules":[],"excludedRules":null}],"rateBasedRuleList":[],"nonTerminatingMatchingRules":[{"ruleId":"count-rule","action":"COUNT","ruleMatchDetails":[]}],"requestHeadersInserted":null,"responseCodeSent":null,"httpRequest":{"clientIp":"198.51.100.23","country":"NL","headers":[{"name":"Host","value":"shop.example.com"},{"name":"User-Agent","value":"sqlmap/1.7"}],"uri":"/search","args":"q=' OR 1=1--","httpVersion":"HTTP/1.1","httpMethod":"GET","requestId":"r2"},"labels":[{"name":"awswaf:managed:aws:sql-database:SQLi_QueryArguments"}]"#

    /// The base line (`{\(base)}`) with `old` replaced by `new`.
    static func edited(_ old: String, _ new: String) -> String {
        "{\(base)}".replacingOccurrences(of: old, with: new)
    }

    /// The base line with its timestamp written as `value`.
    static func timed(_ value: String) -> String {
        edited(#""timestamp":1795900001000"#, #""timestamp":\#(value)"#)
    }

    /// The base line with its URI written as `value` (JSON text, quotes included).
    static func uri(_ value: String) -> String {
        edited(#""uri":"/search""#, #""uri":\#(value)"#)
    }

    /// Lines the fast path reads itself (they must agree with JSONDecoder).
    private static let readCases: [String] = [
        "{\(base)}",
        "{\n  \(base.replacingOccurrences(of: ",", with: ",\n    ").replacingOccurrences(of: ":", with: " : "))\n}",
        #"{"webaclId":"w","httpRequest":{}}"#,
        #"{"webaclId":null,"httpRequest":null}"#,
        #"{"httpRequest":{"uri":"/"},"webaclId":"w","timestamp":null,"action":null,"ruleGroupList":null}"#,
        #"{"webaclId":"w","httpRequest":{},"ruleGroupList":[{},{"terminatingRule":{}}],"nonTerminatingMatchingRules":[]}"#,
        // Attacker-controlled text: escapes of every kind, \u0000, non-ASCII, long strings.
        uri(#""/a\"b\\c\/d\n\t\u00e9\u0041\u0000\b\f\r""#),
        uri(#""/\u003cscript\u003ealert(1)\u003c/script\u003e""#),
        uri("\"/café ☕ 日本 \u{10FFFF}\""),
        edited(#""args":"q=' OR 1=1--""#, #""args":"q=%27%20OR%201%3D1--&x=\u0000\u001f""#),
        edited(#""clientIp":"198.51.100.23""#, #""clientIp":"2001:db8::\u0031""#),
        edited(#""requestId":"r2""#, #""requestId":"null""#),
        edited(#""requestId":"r2""#, #""requestId":"""#),
        uri("\"/\(String(repeating: "long é ", count: 40_000))\""),
        edited(#""matchedData":["1=1"]"#, #""matchedData":["\#(String(repeating: "A", count: 5000))"]"#),
        // LenientString: numbers and booleans in matched data.
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":[1,-0,2.5,123456789012345,0.1,true,false,""]"#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":[]"#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":null"#),
        // Unmodelled members of any shape, repeated keys inside them, deep nesting.
        #"{\#(base),"extra":{"a":1,"a":2},"more":[1e999,-1E-999,true,false,null,{"x":"\u00e9"}]}"#,
        "{\(base),\"deep\":\(String(repeating: "[{\"a\":", count: 200))1\(String(repeating: "}]", count: 200))}",
        // Actions in any case, rule types the classifier maps, no request id.
        edited(#""action":"BLOCK""#, #""action":"block""#),
        edited(#""terminatingRuleType":"MANAGED_RULE_GROUP""#, #""terminatingRuleType":"RATE_BASED""#),
        edited(#""requestId":"r2""#, #""requestId":null"#),
    ]

    /// Timestamps in every form the fast path reads: epoch milliseconds and seconds, fractions,
    /// negative zero, up to 15 digits, strings (dates, digits, garbage, empty).
    private static let timeCases: [String] = [
        "1795900001000", "1795900001000.0", "1795900001000.25", "1795900001", "-0", "-0.0", "0", "-1",
        "123456789012345", "999999999999999", "0.000001", "-999999999999999", "1795900001.5", "null",
        #""1795900001000""#, #""2026-11-28T10:00:00Z""#, #""2026-11-28T10:00:00.123456+09:00""#, #""not a date""#,
        #""""#, #"" 1795900001000 ""#, #""\u0031795900001000""#, #""9300000000000000000""#, #""1e300""#,
    ]

    @Test(arguments: readCases + timeCases.map(timed))
    func readsAndAgrees(_ json: String) {
        #expect(check(Array(json.utf8)))
    }

    /// Lines where the fast path steps aside (the general path decides, with its diagnostics or its error).
    private static let asideCases: [String] = [
        uri(#""caf\u00e9 \ud83d\ude00""#),  // a surrogate pair
        uri(#""\ud800""#),  // a lone surrogate
        uri(#""\udc00x""#),
        uri(#""bad \x escape""#),
        edited(#""value":"shop.example.com""#, #""value":"\ud83d\ude00""#),  // surrogates in a skipped member
        edited(#""value":"sqlmap/1.7""#, #""value":"\ud800""#),
        timed("1e3"),  // exponents
        timed("1E+300"),
        timed("9.3e+18"),
        timed("2.5e-3"),
        timed("17959000010001234567"),  // more digits than read exactly
        timed("1795900001000.1234"),
        timed("true"),  // wrong types
        timed("{}"),
        timed("[1795900001000]"),
        uri("1"),
        uri("[\"/\"]"),
        uri("true"),
        edited(#""webaclId":"arn"#, #""webaclId":5,"w_":"arn"#),
        edited(#""action":"BLOCK""#, #""action":1"#),
        edited(#""country":"NL""#, #""country":{}"#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":[null]"#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":[["x"]]"#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":[{"a":1}]"#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":"1=1""#),
        edited(#""matchedData":["'","OR","1=1"]"#, #""matchedData":[1e5]"#),
        edited(#""terminatingRuleMatchDetails":[{"#, #""terminatingRuleMatchDetails":[null,{"#),
        edited(#""ruleGroupList":[{"#, #""ruleGroupList":["x",{"#),
        edited(#""terminatingRule":null"#, #""terminatingRule":[]"#),
        edited(#""excludedRules":null"#, #""excludedRules":[null]"#),
        edited(#""httpRequest":{"#, #""httpRequest":[],"h_":{"#),
    ]

    /// More lines where the fast path steps aside: repeated keys, other families, escaped keys, not objects.
    private static let moreAsideCases: [String] = [
        #"{\#(base),"webaclId":"again"}"#,  // a repeated key
        #"{\#(base),"timestamp":1}"#,
        edited(#""uri":"/search""#, #""uri":"/search","uri":"/other""#),
        edited(#""ruleId":"SQLi_QUERYARGUMENTS""#, #""ruleId":"a","ruleId":"b""#),
        edited(
            #""conditionType":"SQL_INJECTION","location":"QUERY_STRING","matchedData":["'""#,
            #""location":"x","location":"y","matchedData":["'""#
        ),
        #"{\#(base),"detail-type":"x","source":"y"}"#,  // an EventBridge envelope
        #"{\#(base),"SchemaVersion":"2018-10-08","GeneratorId":"g"}"#,  // families offered first
        #"{\#(base),"class_uid":2003}"#,
        #"{\#(base),"imageScanFindings":{}}"#,
        #"{\#(base),"WebACL":{}}"#,
        #"{\#(base),"PopulationSize":1}"#,
        #"{\#(base),"findingArn":"a","type":"PACKAGE_VULNERABILITY"}"#,
        #"{"webaclId":"w"}"#,  // not a WAF log line by the classifier's rules
        #"{"httpRequest":{}}"#,
        #"{"webaclid":"w","httpRequest":{}}"#,
        #"{"web\u0061clId":"w","httpRequest":{}}"#,  // an escaped key
        #"{"webaclId":"w","http\u0052equest":{}}"#,
        "{\(base)",  // truncated
        "{}",
        "[{\(base)}]",
        #""webaclId""#,
    ]

    @Test(arguments: asideCases + moreAsideCases)
    func stepsAside(_ json: String) {
        #expect(WAFLogFastReader.record(Array(json.utf8)) == nil)
    }

    @Test("bytes that are not UTF-8, and every truncation of a line, make the fast path step aside")
    func badBytes() {
        FastReaderCorpus.expectStepsAsideForBadBytes(base: Self.base) { WAFLogFastReader.record($0) != nil }
    }

    /// The paths of the modelled members, `.` between keys and `0` for the first element.
    private static let paths = [
        "timestamp", "webaclId", "terminatingRuleId", "terminatingRuleType", "action",
        "terminatingRuleMatchDetails", "terminatingRuleMatchDetails.0", "terminatingRuleMatchDetails.0.conditionType",
        "terminatingRuleMatchDetails.0.location", "terminatingRuleMatchDetails.0.matchedData",
        "terminatingRuleMatchDetails.0.matchedData.0", "ruleGroupList", "ruleGroupList.0",
        "ruleGroupList.0.ruleGroupId",
        "ruleGroupList.0.terminatingRule", "ruleGroupList.0.terminatingRule.ruleId",
        "ruleGroupList.0.terminatingRule.action", "ruleGroupList.0.terminatingRule.overriddenAction",
        "ruleGroupList.0.terminatingRule.ruleMatchDetails", "ruleGroupList.0.terminatingRule.ruleMatchDetails.0",
        "ruleGroupList.0.terminatingRule.ruleMatchDetails.0.matchedData", "ruleGroupList.0.nonTerminatingMatchingRules",
        "ruleGroupList.0.nonTerminatingMatchingRules.0", "ruleGroupList.0.nonTerminatingMatchingRules.0.ruleId",
        "ruleGroupList.0.nonTerminatingMatchingRules.0.action", "ruleGroupList.0.excludedRules",
        "ruleGroupList.0.excludedRules.0", "ruleGroupList.0.excludedRules.0.exclusionType",
        "ruleGroupList.0.excludedRules.0.ruleId", "ruleGroupList.1.terminatingRule", "nonTerminatingMatchingRules",
        "nonTerminatingMatchingRules.0", "nonTerminatingMatchingRules.0.ruleId", "nonTerminatingMatchingRules.0.action",
        "nonTerminatingMatchingRules.0.ruleMatchDetails", "httpRequest", "httpRequest.clientIp", "httpRequest.country",
        "httpRequest.uri", "httpRequest.args", "httpRequest.httpMethod", "httpRequest.requestId", "httpRequest.headers",
        "formatVersion", "labels",
    ]

    @Test("every modelled member replaced by every kind of value, or removed: the fast path agrees or steps aside")
    func mutations() throws {
        let extra: [Any?] = ["COUNT", "MANAGED_RULE_GROUP", ["ruleId": "x"], [["conditionType": "XSS"]]]
        let (answered, total) = try FastReaderCorpus.mutations(of: "{\(Self.base)}", at: Self.paths, extra: extra) {
            bytes,
            label in check(bytes, label)
        }
        // The fast path reads a good part of them itself (the rest are mostly wrong types the general path decides).
        #expect(answered > total / 4)
    }

    /// JSON Lines text of `lines`.
    private static func jsonLines(_ path: String, _ lines: [String]) -> InputSource {
        InputSource(path: path, content: .bytes(Array(lines.joined(separator: "\n").utf8)))
    }

    @Test("every project file with WAF log lines imports alike with and without the fast path")
    func projectFilesImportAlike() {
        let files =
            ["samples", "Tests/ImportersTests/Fixtures", "Tests/ReportPipelineTests/Fixtures"]
            .flatMap(FastReaderCorpus.inputFiles(under:))
            + FastReaderCorpus.inputFiles(under: "Tests/postureTests/Fixtures")
        var checked = 0
        // Files of WAF log lines, and CloudWatch Logs exports whose messages hold them.
        let webACL = Array("\"webaclId\"".utf8)
        for path in files
        where (FastReaderCorpus.records(.file(path)) ?? []).contains(where: {
            $0.firstRange(of: webACL) != nil || $0.firstRange(of: Array("webaclId\\\"".utf8)) != nil
        }) {
            FastReaderCorpus.expectSameImport([.file(path)])
            checked += 1
        }
        #expect(checked >= 5)
    }

    @Test(
        "the benchmark generator's log imports alike with and without the fast path",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func generatorImportsAlike() throws {
        let lines = try FastReaderCorpus.generated("waf", count: 2000).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.count == 2000)
        // Twice: the second copy of each line is a duplicate.
        FastReaderCorpus.expectSameImport([Self.jsonLines("a.jsonl", lines), Self.jsonLines("b.jsonl", lines)])
    }

    @Test("a hostile log imports alike with and without the fast path: lines read, lines stepped aside, copies")
    func hostileLogImportsAlike() {
        let good = Self.readCases + Self.timeCases.map(Self.timed) + ["{\(Self.base)}", "{\(Self.base)}"]
        FastReaderCorpus.expectSameImport([Self.jsonLines("good.jsonl", good)])
        // Each line the fast path steps aside for, after lines it reads: decoded, or rejected with the same error.
        for line in Self.asideCases + Self.moreAsideCases {
            FastReaderCorpus.expectSameImport([Self.jsonLines("aside.jsonl", good.prefix(3) + [line])])
        }
    }

    @Test("WAF log lines inside CloudWatch Logs events import alike with and without the fast path")
    func cloudWatchMessagesImportAlike() throws {
        let lines = Self.readCases + Self.timeCases.map(Self.timed) + Self.asideCases + Self.moreAsideCases
        let events = lines.enumerated().map { ["eventId": "\($0.offset)", "message": $0.element] }
        let bytes = try JSONSerialization.data(withJSONObject: ["events": events], options: [.sortedKeys])
        FastReaderCorpus.expectSameImport([InputSource(path: "logs.json", content: .bytes(Array(bytes)))])
        let readable = lines.filter { Self.slow(Array($0.utf8)) != nil }
        let subscription = try JSONSerialization.data(
            withJSONObject: ["logEvents": readable.map { ["id": "1", "message": $0] }, "messageType": "DATA_MESSAGE"],
            options: [.sortedKeys]
        )
        FastReaderCorpus.expectSameImport([InputSource(path: "sub.json", content: .bytes(Array(subscription)))])
    }

    @Test("a line nested deeper than JSONDecoder reads steps aside, and imports alike under a raised --max-depth")
    func deepNesting() {
        func nested(_ levels: Int) -> String {
            "{\(Self.base),\"deep\":\(String(repeating: "[", count: levels))\(String(repeating: "]", count: levels))}"
        }
        #expect(check(Array(nested(400).utf8)))
        #expect(check(Array(nested(499).utf8)))
        for levels in [500, 510, 511, 512, 600, 20_000] {
            #expect(WAFLogFastReader.record(Array(nested(levels).utf8)) == nil, "\(levels)")
        }
        var limits = ImportLimits.standard
        limits.depth = 100_000
        for levels in [400, 499, 510, 511, 512, 20_000] {
            let source = Self.jsonLines("deep.jsonl", ["{\(Self.base)}", nested(levels)])
            for workers in [1, 2] {
                var options = PipelinedImportTests.options(workers: workers, batch: 1, limits: limits)
                let fast = PipelinedImportTests.outcome([source], options)
                options.fastReaders = false
                #expect(fast == PipelinedImportTests.outcome([source], options), "\(levels)")
            }
        }
    }
}
