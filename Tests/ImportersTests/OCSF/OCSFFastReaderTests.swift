import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The OCSF fast path gives exactly what `JSONDecoder` gives (the whole decoded `OCSFFinding`, its
/// numbers bit for bit, the mapped `Finding` and its diagnostics), or steps aside.
@Suite struct OCSFFastReaderTests {
    /// Checks one record: when the fast path answers, the general path must read the same
    /// `OCSFFinding` and map it to the same finding with the same diagnostics. Returns whether the
    /// fast path answered.
    @discardableResult
    private func check(_ bytes: [UInt8], _ label: String = "") throws -> Bool {
        guard let fast = OCSFFastReader.finding(bytes) else { return false }
        // `==` fails for NaN read from "nan" on both sides; the description shows it is the same
        // value, and the bit patterns tell -0 from 0.
        FastReaderCorpus.expectAgreement(fast, bytes, OCSFFamily.self, label: label) { fast, slow in
            (fast == slow || String(describing: fast) == String(describing: slow))
                && Self.numbers(fast) == Self.numbers(slow)
        }
        return true
    }

    /// Every number of a decoded finding as its bit pattern (so -0 and 0, or two NaNs, are told apart).
    private static func numbers(_ finding: OCSFFinding) -> [UInt64?] {
        let lenient =
            [finding.classUid, finding.activityId, finding.severityId, finding.statusId]
            + [finding.compliance?.statusId]
        let info = finding.findingInfo
        let times =
            [finding.time, finding.timeDt, info?.createdTime, info?.createdTimeDt, info?.firstSeenTime]
            + [info?.firstSeenTimeDt, info?.lastSeenTime, info?.lastSeenTimeDt, info?.modifiedTime]
            + [info?.modifiedTimeDt]
        return lenient.map { $0?.value?.bitPattern }
            + times.map { time in
                if case .number(let number) = time { number.bitPattern } else { nil }
            }
    }

    @Test("the samples: where the fast path answers it agrees, and it never answers for another format")
    func samples() throws {
        for path in FastReaderCorpus.inputFiles(under: "samples") {
            for record in FastReaderCorpus.records(.file(path)) ?? [] {
                let answered = try check(record, path)
                #expect(!answered || FastReaderCorpus.format(record) == .ocsf, "\(path)")
            }
        }
    }

    @Test("the project's fixtures (importers, goldens, hostile corpus): where the fast path answers it agrees")
    func projectFixtures() throws {
        var answered = 0
        var ocsf = 0
        for (path, record) in FastReaderCorpus.projectFixtureRecords() {
            if try check(record, path) { answered += 1 }
            if FastReaderCorpus.format(record) == .ocsf { ocsf += 1 }
        }
        // Every OCSF fixture record but the hostile numbers (exponents, NaN) takes the fast path.
        #expect(answered > 10)
        #expect(ocsf - answered <= 4)
    }

    @Test(
        "the benchmark generator's findings all take the fast path and read identically",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func generatorOutput() throws {
        let all = try FastReaderCorpus.generated("ocsf", count: 400)
        #expect(all.count == 400)
        var fast = 0
        for record in all where try check(record, "generator") { fast += 1 }
        #expect(fast == all.count)
    }

    @Test(
        "the benchmark generator's ASFF findings are never read as OCSF",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func otherFormats() throws {
        for record in try FastReaderCorpus.generated("asff", count: 50) {
            #expect(OCSFFastReader.finding(record) == nil)
        }
    }

    @Test("real-world OCSF fixtures: where the fast path answers it agrees")
    func sharedFixtures() throws {
        guard RepositoryPaths.sharedAvailable else { return }
        var answered = 0
        for (name, record) in try FastReaderCorpus.sharedFixtureRecords("ocsf") where try check(record, name) {
            answered += 1
        }
        #expect(answered > 0)
    }

    /// A Security Hub v2 finding with every modelled member; `\#(base)` opens a record without its brace.
    private static let base =
        #""class_uid":2003,"activity_id":1,"severity_id":4,"severity":"High","status":"New","time":1795511839594,"metadata":{"uid":"m-1","event_code":"e","product":{"name":"Security Hub","uid":"arn:aws:securityhub:eu-west-1::productv2/aws/securityhub","vendor_name":"AWS"},"version":"1.5.0"},"cloud":{"account":{"uid":"111122223333","type":"AWS Account"},"region":"eu-west-1","provider":"AWS"},"finding_info":{"uid":"arn:aws:securityhub:eu-west-1:111122223333:security-control/S3.1/finding/f-1","title":"S3 general purpose buckets should block public access","desc":"d","types":["Software and Configuration Checks"],"analytic":{"uid":"security-control/S3.1","name":"n","type":"Rule"},"created_time":1795511837503,"created_time_dt":"2026-11-24T09:17:17.503Z","first_seen_time_dt":"2026-11-24T09:17:17.503Z","last_seen_time_dt":"2026-11-24T09:17:17.503Z","modified_time_dt":"2026-11-28T10:37:19.594Z"},"compliance":{"control":"S3.1","status":"Fail","status_id":3,"standards":["standards/aws-foundational-security-best-practices/v/1.0.0"],"requirements":["NIST.800-53.r5 AC-21"]},"remediation":{"desc":"fix","references":["https://docs.aws.amazon.com/x"]},"resources":[{"uid":"arn:aws:s3:::bucket-1","type":"AwsS3Bucket","region":"eu-west-1","tags":[{"name":"env","value":"prod"}],"data":{"a":[1,2.5,-3,1e300,true,false,null,{"x":"y\n"}]}}]"#

    private static let image =
        #""resources":[{"uid":"arn:aws:ecr:eu-west-1:111122223333:repository/shop/sha256:abc","type":"AwsEcrContainerImage"}]"#

    private static let prowler =
        #""metadata":{"event_code":"iam_root_mfa","product":{"name":"Prowler","uid":"prowler"}},"finding_info":{"uid":"prowler-1","title":"t","created_time":"2026-11-05T06:12:44.381275"},"status_code":"FAIL","status_id":1,"severity_id":5,"message":"m","cloud":{"account":{"uid":"111122223333"},"region":"eu-west-1"}"#

    /// The base record with every modelled member `null`.
    private static let nullsRecord: String =
        #"{\#(base),"metadata":null,"cloud":null,"compliance":null,"remediation":null,"resources":null,"vulnerabilities":null,"time":null,"time_dt":null,"message":null,"comment":null,"status":null,"severity":null,"status_code":null,"severity_id":null,"status_id":null,"activity_id":null}"#
        .replacingOccurrences(of: #""severity_id":4,"severity":"High","status":"New","time":1795511839594,"#, with: "")
        .replacingOccurrences(of: #""class_uid":2003,"activity_id":1,"#, with: #""class_uid":2003,"#)
        .replacingOccurrences(of: #""compliance":{"control""#, with: #""compliance_":{"control""#)
        .replacingOccurrences(of: #""remediation":{"desc""#, with: #""remediation_":{"desc""#)
        .replacingOccurrences(of: #""resources":[{"uid""#, with: #""resources_":[{"uid""#)
        .replacingOccurrences(of: #""metadata":{"uid""#, with: #""metadata_":{"uid""#)
        .replacingOccurrences(of: #""cloud":{"account""#, with: #""cloud_":{"account""#)

    /// The base record with every member of `finding_info` `null`.
    private static let nullInfoRecord: String =
        #"{\#(base),"finding_info":{"uid":null,"title":null,"desc":null,"types":null,"analytic":null,"created_time":null}}"#
        .replacingOccurrences(of: #""finding_info":{"uid":"arn"#, with: #""finding_info_":{"uid":"arn"#)

    /// The base record (`{\(base)}`) with `old` replaced by `new`.
    private static func edited(_ old: String, _ new: String, extra: String = "") -> String {
        "{\(base)\(extra)}".replacingOccurrences(of: old, with: new)
    }

    /// Records the fast path reads itself (they must agree with JSONDecoder).
    private static let readCases: [String] = [
        "{\(base)}",
        "{\n  \(base.replacingOccurrences(of: ",", with: ",\n    ").replacingOccurrences(of: ":", with: " : "))\n}",
        #"{\#(base),"comment":"a\"b\\c\/d\n\t\u00e9\u0041\u0000\b\f\r","message":"\u00e9"}"#,
        "{\(base),\"comment\":\"café ☕ 日本\",\"unmodelled\":\"naïve \u{10FFFF}\"}",
        #"{\#(base),"unmapped":null}"#,
        #"{\#(base),"unmapped":"x"}"#,
        #"{\#(base),"unmapped":[1,{"compliance":{"a":["b"]}}]}"#,
        #"{\#(base),"unmapped":{"compliance":null,"other":{"compliance":1}}}"#,
        #"{\#(base),"unmapped":{"compliance":{"CIS-3.0":["1.20","1.4"],"ISO27001":[],"PCI":["x"]}}}"#,
        #"{\#(base),"unmapped":{"compliance":{"CIS":"1.1"}}}"#,
        #"{\#(base),"unmapped":{"compliance":{"CIS":[1]}}}"#,
        #"{\#(base),"unmapped":{"compliance":{"CIS":[null]}}}"#,
        #"{\#(base),"unmapped":{"compliance":{"CIS":["1.1"],"ISO":[true,"x"]}}}"#,
        #"{\#(base),"unmapped":{"compliance":["CIS"]}}"#,
        #"{\#(base),"unmapped":{"compliance":5}}"#,
        #"{\#(base),"unmapped":{"compliance":{}}}"#,
        "{\(prowler),\"unmapped\":{\"compliance\":{\"CIS-3.0\":[\"1.20\"]}},\"class_uid\":2004}",
        "{\(prowler),\"status_code\":\"MANUAL\"}".replacingOccurrences(of: #""status_code":"FAIL","#, with: ""),
        "{\(prowler),\"status_code\":\"weird\"}".replacingOccurrences(of: #""status_code":"FAIL","#, with: ""),
        #"{"finding_info":{"uid":"only-info"},"metadata":{}}"#,
        #"{"class_uid":2003}"#,
        #"{"class_uid":null,"SchemaVersion":"2018-10-08","finding_info":null,"metadata":null}"#,
        #"{"class_uid":2003,"ProductArn":"p","GeneratorId":"g"}"#,
        #"{"class_uid":2003,"detail-type":"x"}"#,
        nullsRecord,
        nullInfoRecord,
    ]

    /// Numbers: fractions, negative zero, strings LenientNumber parses, epoch values.
    private static let numberCases: [String] = [
        #"{\#(base),"activity_id":3,"status_id":2.0}"#.replacingOccurrences(of: #""activity_id":1,"#, with: ""),
        #"{\#(base),"status_id":-0,"activity_id":-0.0}"#.replacingOccurrences(of: #""activity_id":1,"#, with: ""),
        #"{\#(base),"status_id":" 3 ","activity_id":"-0"}"#.replacingOccurrences(of: #""activity_id":1,"#, with: ""),
        #"{\#(base),"status_id":"nan","activity_id":"inf"}"#.replacingOccurrences(of: #""activity_id":1,"#, with: ""),
        #"{\#(base),"status_id":"1e400","activity_id":"0x10"}"#.replacingOccurrences(
            of: #""activity_id":1,"#,
            with: ""
        ),
        #"{\#(base),"status_id":"","activity_id":"\u0033"}"#.replacingOccurrences(of: #""activity_id":1,"#, with: ""),
        #"{\#(base),"status_id":5}"#,
        #"{\#(base),"status_id":99,"status":"Suppressed"}"#.replacingOccurrences(of: #""status":"New","#, with: ""),
        #"{\#(base),"status":"Bogus"}"#.replacingOccurrences(of: #""status":"New","#, with: ""),
        #"{\#(base),"status_id":123456789012345}"#,
        #"{\#(base),"status_id":0.1234567890123}"#,
        #"{\#(base),"status_id":-999999999999999}"#,
        edited(#""severity_id":4"#, #""severity_id":4.5"#),
        edited(#""severity_id":4"#, #""severity_id":"4""#),
        edited(#""severity_id":4,"severity":"High""#, #""severity":"FATAL""#),
        edited(#""severity_id":4,"severity":"High""#, #""severity_id":7"#),
        edited(#""time":1795511839594"#, #""time":-0"#),
        edited(#""time":1795511839594"#, #""time":1.5,"time_dt":"x""#),
        edited(#""created_time":1795511837503"#, #""created_time":"not a date""#),
        edited(#""modified_time_dt":"2026-11-28T10:37:19.594Z""#, #""modified_time":999999999999999"#),
    ]

    /// LenientString (numbers and booleans as the account and as tag values), resources, vulnerabilities, sizes.
    private static let shapeCases: [String] = [
        edited(#""uid":"111122223333""#, #""uid":111122223333"#),
        edited(#""uid":"111122223333""#, #""uid":1.5"#),
        edited(#""uid":"111122223333""#, #""uid":-0"#),
        edited(#""uid":"111122223333""#, #""uid":true"#),
        edited(#""uid":"111122223333""#, #""uid":null"#),
        "{\(base)}".replacingOccurrences(
            of: #""tags":[{"name":"env","value":"prod"}]"#,
            with:
                #""tags":[{"name":"a","value":1},{"name":"b","value":false},{"name":null,"value":"x"},{},{"name":"c","value":null}]"#
        ),
        edited(#""tags":[{"name":"env","value":"prod"}]"#, #""tags":null,"uid_alt":"arn:aws:s3:::alt""#),
        #"{\#(base),"resources":[{},{"uid":"i-1","uid_alt":"arn:aws:ec2:eu-west-1:1:instance/i-1"},{"uid_alt":"x"}]}"#
            .replacingOccurrences(of: #""resources":[{"uid":"arn:aws:s3"#, with: #""resources_":[{"uid":"arn:aws:s3"#),
        // Vulnerabilities: the image identity and PackageNames' shapes.
        "{\(base.replacingOccurrences(of: #""resources":"#, with: #""resources_":"#)),\(image),\"vulnerabilities\":[{\"cve\":{\"uid\":\"CVE-2026-1\"},\"affected_packages\":[{\"name\":\"openssl\",\"version\":\"3\"}]}]}",
        "{\(base.replacingOccurrences(of: #""resources":"#, with: #""resources_":"#)),\(image),\"vulnerabilities\":[{\"cve\":{\"uid\":\"CVE-2026-2\"},\"affected_packages\":[{\"Name\":null,\"name\":\"x\"},{},{\"Name\":\"y\"}]}]}",
        #"{\#(base),"vulnerabilities":[{"cve":null,"affected_packages":null},{"cve":{},"affected_packages":[]},{}]}"#,
        // A very long string (not interned) and deep nesting inside a skipped member.
        "{\(base),\"comment\":\"\(String(repeating: "long é ", count: 20_000))\"}",
        "{\(base),\"data\":\(String(repeating: "[{\"a\":", count: 200))1\(String(repeating: "}]", count: 200))}",
    ]

    @Test(arguments: readCases + numberCases + shapeCases)
    func readsAndAgrees(_ json: String) throws {
        #expect(try check(Array(json.utf8)))
    }

    /// Records where the fast path steps aside (the general path decides, with its diagnostics).
    private static let asideCases: [String] = [
        #"{\#(base),"comment":"caf\u00e9 \ud83d\ude00"}"#,  // a surrogate pair
        #"{\#(base),"comment":"\ud800"}"#,  // a lone surrogate
        #"{\#(base),"comment":"\udc00x"}"#,
        #"{\#(base),"comment":"bad \x escape"}"#,
        #"{\#(base),"status_id":1e400}"#,  // exponents
        #"{\#(base),"status_id":1E2}"#,
        #"{\#(base),"status_id":2.5e-3}"#,
        #"{\#(base),"status_id":12345678901234567}"#,  // more digits than read exactly
        #"{\#(base),"status_id":0.12345678901234567}"#,
    ]

    /// More records where the fast path steps aside: wrong types, repeated keys, other formats.
    private static let moreAsideCases: [String] = [
        #"{\#(base),"status_id":true}"#,
        #"{\#(base),"status_id":{}}"#,
        #"{\#(base),"status_id":[1]}"#,
        edited(#""time":1795511839594"#, #""time":1.7955118395940001e12"#),
        edited(#""time":1795511839594"#, #""time":true"#),
        edited(#""time":1795511839594"#, #""time":{"t":1}"#),
        edited(#""uid":"111122223333""#, #""uid":[]"#),
        edited(#""uid":"111122223333""#, #""uid":1e3"#),
        edited(#""severity":"High""#, #""severity":5"#),  // a wrong type
        edited(#""title":"S3"#, #""title":["S3"],"x":"#),
        #"{\#(base),"class_uid":2004}"#,  // a repeated key
        edited(#""desc":"d","#, #""desc":"d","desc":"e","#),
        #"{\#(base),"unmapped":{"compliance":{"CIS":["1"],"CIS":["2"]}}}"#,
        #"{\#(base),"unmapped":{"compliance":{},"compliance":{}}}"#,
        #"{\#(base),"unmapped":{"compliance":{"a":"\ud800"}}}"#,
        edited(#""metadata":{"uid""#, #""metadata":"x","metadata_":{"uid""#),
        edited(#""cloud":{"account""#, #""cloud":[],"cloud_":{"account""#),
        edited(#""finding_info":{"uid""#, #""finding_info":5,"info_":{"uid""#),
        edited(#""types":["Software"#, #""types":[null,"Software"#),
        edited(#""types":["Software and Configuration Checks"]"#, #""types":"x""#),
        edited(#""standards":["standards"#, #""standards":[1,"standards"#),
        edited(#""tags":[{"name"#, #""tags":[null,{"name"#),
        edited(#""tags":[{"name":"env","value":"prod"}]"#, #""tags":{"env":"prod"}"#),
        edited(#""tags":[{"name":"env","value":"prod"}]"#, #""tags":[{"name":"env","value":[]}]"#),
        edited(#""resources":[{"uid":"arn:aws:s3"#, #""r_":[{"uid":"arn:aws:s3"#, extra: #","resources":[null]"#),
        #"{\#(base),"vulnerabilities":{"cve":{"uid":"x"}}}"#,
        #"{\#(base),"vulnerabilities":[{"affected_packages":{"name":"x"}}]}"#,
        #"{\#(base),"vulnerabilities":[{"affected_packages":["x"]}]}"#,
        #"{\#(base),"vulnerabilities":[{"affected_packages":[{"name":7}]}]}"#,
        #"{\#(base),"vulnerabilities":[{"cve":{"uid":1}}]}"#,
        #"{\#(base),"detail-type":"x","source":"y"}"#,  // an EventBridge envelope
        #"{\#(base),"SchemaVersion":"2018-10-08","GeneratorId":"g"}"#,  // ASFF by the classifier's rules
        #"{"finding_info":{"uid":"x"}}"#,  // not OCSF by the classifier's rules
        #"{"metadata":{"uid":"x"},"class":"x"}"#,
        #"{\#(base),"class\u005fuid":2003}"#,  // an escaped key
        #"{"finding\u005finfo":{"uid":"x"},"metadata":{}}"#,
        "{\(base)",  // truncated
        "{}",
        "[1,2]",
        #""class_uid""#,
    ]

    @Test(arguments: asideCases + moreAsideCases)
    func stepsAside(_ json: String) {
        #expect(OCSFFastReader.finding(Array(json.utf8)) == nil)
    }

    @Test("bytes that are not UTF-8 make the fast path step aside")
    func invalidUTF8() {
        var bytes = Array("{\(Self.base),\"comment\":\"caf".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        #expect(OCSFFastReader.finding(bytes) == nil)
    }

    @Test("every truncation of a record makes the fast path step aside")
    func truncated() {
        let whole = Array("{\(Self.base)}".utf8)
        #expect(OCSFFastReader.finding(whole) != nil)
        for count in 0..<whole.count {
            #expect(OCSFFastReader.finding(Array(whole.prefix(count))) == nil, "\(count)")
        }
    }

    @Test("a key repeated inside a skipped member: the fast path agrees with JSONDecoder or steps aside")
    func repeatedKeyInsideSkipped() throws {
        try check(Array(#"{\#(Self.base),"raw_data":{"a":1,"a":2}}"#.utf8))
        try check(Array(#"{\#(Self.base),"unmapped":{"x":{"a":1,"a":2}}}"#.utf8))
    }

    /// Values put in place of each modelled member in `mutations`.
    private static func replacements() -> [Any] {
        [
            NSNull(), 0, 1.5, -7, "", "s", "\u{0}\u{1F}\"\\/é😀", true, false, [Any](), ["x"], [NSNull()], [1],
            [String: Any](), ["uid": "x"], [["name": "n"]],
        ]
    }

    /// The paths of the modelled members, `.` between keys and `0` for the first element.
    private static let paths = [
        "class_uid", "activity_id", "severity", "severity_id", "status", "status_id", "status_code", "message",
        "comment", "metadata", "metadata.uid", "metadata.event_code", "metadata.product", "metadata.product.name",
        "metadata.product.uid", "metadata.product.vendor_name", "cloud", "cloud.account", "cloud.account.uid",
        "cloud.region", "finding_info", "finding_info.uid", "finding_info.title", "finding_info.desc",
        "finding_info.types", "finding_info.types.0", "finding_info.analytic", "finding_info.analytic.uid",
        "finding_info.analytic.name", "finding_info.created_time", "finding_info.first_seen_time_dt",
        "finding_info.modified_time", "compliance", "compliance.control", "compliance.status",
        "compliance.status_id", "compliance.standards", "compliance.standards.0", "compliance.requirements",
        "unmapped", "unmapped.compliance", "unmapped.compliance.CIS", "unmapped.compliance.CIS.0", "remediation",
        "remediation.desc", "remediation.references", "resources", "resources.0", "resources.0.uid",
        "resources.0.uid_alt", "resources.0.type", "resources.0.region", "resources.0.tags", "resources.0.tags.0",
        "resources.0.tags.0.name", "resources.0.tags.0.value", "vulnerabilities", "vulnerabilities.0",
        "vulnerabilities.0.cve", "vulnerabilities.0.cve.uid", "vulnerabilities.0.affected_packages",
        "vulnerabilities.0.affected_packages.0", "vulnerabilities.0.affected_packages.0.name", "time", "time_dt",
    ]

    /// `value` with the member at `path` set to `replacement`.
    private static func replacing(_ path: ArraySlice<Substring>, in value: Any, with replacement: Any) -> Any {
        guard let key = path.first else { return replacement }
        if var array = value as? [Any], let index = Int(key), index < array.count {
            array[index] = replacing(path.dropFirst(), in: array[index], with: replacement)
            return array
        }
        if var object = value as? [String: Any] {
            object[String(key)] = replacing(path.dropFirst(), in: object[String(key)] ?? NSNull(), with: replacement)
            return object
        }
        return value
    }

    @Test("every modelled member replaced by every kind of value: the fast path agrees or steps aside")
    func mutations() throws {
        let record =
            "{\(Self.base),\"message\":\"m\",\"comment\":\"c\",\"status_code\":\"FAIL\",\"unmapped\":{\"compliance\":{\"CIS\":[\"1.1\"]}},\"vulnerabilities\":[{\"cve\":{\"uid\":\"CVE-1\"},\"affected_packages\":[{\"name\":\"p\"}]}]}"
        let parsed = try JSONSerialization.jsonObject(with: Data(record.utf8))
        let unchanged = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys])
        #expect(try check(Array(unchanged), "unchanged"))
        var answered = 0
        var total = 0
        for path in Self.paths {
            let keys = path.split(separator: ".")[...]
            for replacement in Self.replacements() {
                let mutated = Self.replacing(keys, in: parsed, with: replacement)
                let bytes = try JSONSerialization.data(withJSONObject: mutated, options: [.sortedKeys])
                total += 1
                if try check(Array(bytes), path) { answered += 1 }
            }
        }
        // The fast path reads a good part of them itself (the rest are mostly wrong types the general path decides).
        #expect(answered > total / 4)
    }
}
