import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// The masked editions: every identifier, also inside free text, gets one pseudonym everywhere;
/// what survives masking stops the run.
@Suite struct RedactorTests {
    static func document(_ findings: [Finding], key: [UInt8]? = Array("a key of the team, 32 bytes long".utf8))
        -> ReportDocument
    {
        let scored = findings.map {
            ScoredFinding(
                finding: $0,
                layer: .layer(.datastore),
                placedBy: Message(.noRuleMatched),
                environment: "prod",
                bucket: .open
            )
        }
        let report = ScoredReport(
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            overall: ControlCounts(),
            layers: [],
            environments: [],
            controls: [],
            findings: scored,
            acceptances: [],
            reconciliation: Reconciliation(records: 0, duplicates: 0, skipped: 0, evidence: 0, buckets: [:]),
            inputs: [
                InputFile(
                    path: "AWSLogs/111122223333/findings.json",
                    sha256: "f2c0d43f514239309579" + String(repeating: "0", count: 44),
                    bytes: 1,
                    records: 0
                )
            ],
            diagnostics: [],
            layerRules: []
        )
        return ReportDocument(
            report: report,
            trend: Trend(),
            context: ReportContext(organization: "o", toolVersion: "t", edition: .redacted, redactionKey: key)
        )
    }

    static let findings: [Finding] = [
        .control(
            "S3.8",
            .failed,
            account: "111122223333",
            resource: "arn:aws:s3:::shop-prod-exports",
            resourceType: "AwsS3Bucket"
        ),
        .issue(
            "gd-1",
            severity: .high,
            account: "444455556666",
            resourceType: "AwsS3Bucket",
            resource: "arn:aws:s3:::shop-prod-exports"
        ),
    ]

    static func redacted(title: String, description: String = "") throws -> Finding {
        var findings = Self.findings
        findings[1].title = title
        findings[1].description = description
        let document = Self.document(findings)
        return try #require(Redactor(for: document).redact(document).report.findings.last?.finding)
    }

    @Test func masksAccountsArnsAndNamesTheSameWayEverywhere() throws {
        let document = Self.document(Self.findings)
        let redactor = Redactor(for: document)
        let redacted = redactor.redact(document)
        #expect(redacted.context.edition == .redacted)
        #expect(redacted.context.redactionKey == nil)
        let gd = try #require(redacted.report.findings.last?.finding)
        let bucket = try #require(gd.resources.first?.id)
        #expect(bucket.hasPrefix("arn:aws:s3:::s3-"))
        #expect(redacted.report.findings.first?.finding.resources.first?.id == bucket)
        #expect(gd.accountId == redactor.mask("444455556666"))
        #expect(gd.accountId?.hasPrefix("account-") == true)
        #expect(redacted.report.inputs.first?.path.hasPrefix("file-") == true)
        #expect(redacted.report.inputs.first?.path.hasSuffix(".json") == true)
        #expect(redacted.report.inputs.first?.sha256 == document.report.inputs.first?.sha256)
        // The bucket's name in free text gets the pseudonym of the name inside its ARN.
        let name = String(bucket.dropFirst("arn:aws:s3:::".count))
        #expect(redactor.mask("copied from shop-prod-exports.") == "copied from \(name).")
    }

    @Test(arguments: [
        ("API GetObject from 198.51.100.77.", "198.51.100.77"),
        ("probe by 2001:db8:4006:812::200e, then [2001:db8::1]:443", "2001:db8"),
        ("host ip-10-1-2-3.eu-west-1.compute.internal answered", "ip-10-1-2-3"),
        ("endpoint payroll.cluster-c9akciq32.eu-west-1.rds.amazonaws.com:5432", "payroll.cluster"),
        ("mail jane.doe@example.org now", "jane.doe"),
        ("see https://hooks.acme.example/alert?token=s3cr3t", "acme"),
        ("see https://docs.aws.amazon.com/111122223333/guide?token=s3cr3t#frag", "s3cr3t"),
        ("key AKIAIOSFODNN7EXAMPLE used", "AKIAIOSFODNN7EXAMPLE"),
        ("instance i-0123456789abcdef0 stopped", "0123456789abcdef0"),
        ("account 111122223333's trail", "111122223333"),
        ("written to 111122223333.csv", "111122223333"),
        ("token eyJhbGciOiJIUzI1NiJ9abcdefghij1234 leaked", "eyJhbGciOiJIUzI1NiJ9"),
        ("GET /unsubscribe/jane.doe%40example.org", "example.org"),
        ("host API.ACME-CORP.COM answered", "ACME-CORP"),
        ("private name ip-10-1-2-3 in the subnet", "10-1-2-3"),
        // An identifier whose last character carries a combining mark: the match ends inside that character.
        ("account 210987654321\u{301} marked", "210987654321"),
        ("from 198.51.100.77\u{301} marked", "198.51.100.77"),
        ("role arn:aws:iam::210987654321\u{301}:role/admin", "210987654321"),
    ])
    func masksIdentifiersInFreeText(_ text: String, _ secret: String) throws {
        let finding = try Self.redacted(title: text, description: "also: \(text)")
        #expect(!Self.holdsBytes(finding.title, secret), "\(finding.title)")
        #expect(!Self.holdsBytes(finding.description, secret), "\(finding.description)")
    }

    /// Whether the text's bytes hold the secret's anywhere (a `Character` search misses one whose last character
    /// carries a combining mark in the text).
    static func holdsBytes(_ text: String, _ secret: String) -> Bool {
        let bytes = Array(text.utf8)
        let wanted = Array(secret.utf8)
        guard !wanted.isEmpty, wanted.count <= bytes.count else { return false }
        return (0...(bytes.count - wanted.count)).contains { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
    }

    @Test func aCustomRulesControlIdIsMasked() throws {
        var findings = Self.findings
        findings[0].controlId = "acme-payroll-tagging-4711"
        let document = Self.document(findings)
        let redacted = Redactor(for: document).redact(document)
        let control = try #require(redacted.report.findings.first?.finding.controlId)
        #expect(control.hasPrefix("control-"))
        #expect(Redactor.isCustomControl("acme-payroll-tagging-4711"))
        #expect(!Redactor.isCustomControl("IAM.6") && !Redactor.isCustomControl("s3_bucket_versioning"))
    }

    @Test func keepsWhatIsNotAnIdentifier() throws {
        let text = "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22 (see report.md)."
        #expect(try Self.redacted(title: text).title == text)
        let docs = "https://docs.aws.amazon.com/console/securityhub/S3.8/remediation"
        #expect(try Self.redacted(title: docs).title == docs)
    }

    @Test func aKeyGivesTheSamePseudonymsWhateverElseTheReportHolds() {
        var other = Self.findings
        other[1].title = "a different month mentions 203.0.113.9"
        let first = Redactor(for: Self.document(Self.findings))
        let second = Redactor(for: Self.document(other))
        #expect(first.mask("111122223333") == second.mask("111122223333"))
        #expect(first.mask("arn:aws:s3:::shop-prod-exports") == second.mask("arn:aws:s3:::shop-prod-exports"))
        let otherKey = Redactor(for: Self.document(Self.findings, key: Array("another key, also 32 bytes long.".utf8)))
        #expect(first.mask("111122223333") != otherKey.mask("111122223333"))
    }

    @Test func aPatternKeepsTheNameOfWhatItCovers() throws {
        var findings = Self.findings
        findings.append(
            .issue(
                "ecr-1",
                severity: .high,
                account: "111122223333",
                resourceType: "AwsEcrContainerImage",
                resource: "arn:aws:ecr:eu-west-1:111122223333:repository/shop/web"
            )
        )
        let redactor = Redactor(for: Self.document(findings))
        let repository = redactor.mask("arn:aws:ecr:eu-west-1:111122223333:repository/shop/web")
        let pattern = redactor.mask("arn:aws:ecr:eu-west-1:111122223333:repository/shop/web/*")
        #expect(pattern == repository + "/*")
        let image = redactor.mask(
            "arn:aws:ecr:eu-west-1:111122223333:repository/shop/web/sha256:" + String(repeating: "ab", count: 32)
        )
        #expect(image.hasPrefix(repository + "/sha256:image-"))
        #expect(redactor.mask("the shop/web image") == "the \(repository.split(separator: "/").last ?? "") image")
    }

    @Test func anIdentifierLeftInARenderedFileStopsTheRun() throws {
        let redactor = Redactor(for: Self.document(Self.findings))
        #expect(throws: RenderError.redactionLeak(file: "report.md", line: 2, kind: "account id")) {
            try redactor.checkForLeaks(in: [RenderedFile(path: "report.md", contents: "fine\nleft 111122223333 here\n")]
            )
        }
        #expect(throws: RenderError.redactionLeak(file: "report.html", line: 1, kind: "resource name")) {
            try redactor.checkForLeaks(in: [RenderedFile(path: "report.html", contents: "<td>shop-prod-exports</td>\n")]
            )
        }
        #expect(throws: RenderError.redactionLeak(file: "report.json", line: 1, kind: "ipv6 address")) {
            try redactor.checkForLeaks(in: [RenderedFile(path: "report.json", contents: "\"2001:db8::7\"\n")])
        }
        try redactor.checkForLeaks(in: [RenderedFile(path: "report.md", contents: "0.0.0.0/0 and ::/0 and IAM.6\n")])
        // One whose last digit carries a combining mark is found too.
        #expect(throws: RenderError.redactionLeak(file: "report.md", line: 1, kind: "account id")) {
            try redactor.checkForLeaks(in: [RenderedFile(path: "report.md", contents: "left 111122223333\u{301}\n")])
        }
    }

    /// A resource id shaped like an ARN whose name holds a character the ARN pattern stops at (a space, `<`, `|`,
    /// a quote, a bracket) was left to the pattern, which masked only the part before that character: the rest of
    /// the name stood in the masked edition. Such an id is masked whole, in its field and in every file.
    @Test(arguments: [
        "arn:aws:s3:::acme payroll exports",
        "arn:aws:s3:::<b>acme-payroll</b>",
        "arn:aws:s3:::acme|payroll",
        "arn:aws:s3:::\"acme-payroll\"",
        "arn:aws:iam::111122223333:role/Payroll Admins (acme)",
        "arn:aws:s3:::(acme-payroll)",
        "arn:aws:s3:::acme-payroll.",
    ])
    func anARNThePatternStopsInsideIsMaskedWhole(_ id: String) throws {
        let finding = Finding.control(
            "S3.8",
            .failed,
            account: "111122223333",
            resource: id,
            resourceType: "AwsS3Bucket"
        )
        let document = Self.document([finding])
        let masked = Redactor(for: document).redact(document)
        let resource = try #require(masked.report.findings.first?.finding.resources.first?.id)
        #expect(resource.hasPrefix("resource-"), "\(resource)")
        for secret in ["payroll", "Payroll", "acme", "111122223333"] {
            #expect(!resource.contains(secret), "\(resource)")
        }
        let files = try RenderingFixture.render(document, [.html, .md, .json])
        for (path, text) in files {
            #expect(!text.lowercased().contains("payroll"), "\(path)")
            #expect(!text.contains("111122223333"), "\(path)")
        }
    }

    /// The check scans lines a block at a time, blocks in pairs on two threads: a leak far into a large file, in a
    /// block scanned on either thread, is still reported at its own line, and the first one in the file wins.
    @Test(arguments: [3, 1_500, 2_999, 7_777])
    func aLeakFarIntoALargeFileIsReportedAtItsLine(_ leakLine: Int) throws {
        let redactor = Redactor(for: Self.document(Self.findings))
        var lines = (1...9_000).map { "\"line\" : \"finding \($0) of the month, nothing to hide \($0 * 7)\"," }
        lines[leakLine - 1] = "\"left\" : \"198.51.100.\(leakLine % 200)\","
        lines[8_500] = "\"later\" : \"111122223333\","
        let contents = lines.joined(separator: "\n") + "\n"
        #expect(contents.utf8.count > 2 * 4 * 65_536)  // more than two batches of four 64 KB blocks
        #expect(throws: RenderError.redactionLeak(file: "report.json", line: leakLine, kind: "ipv4 address")) {
            try redactor.checkForLeaks(in: [RenderedFile(path: "report.json", contents: contents)])
        }
        lines[leakLine - 1] = "\"fine\" : \"nothing\","
        #expect(throws: RenderError.redactionLeak(file: "report.json", line: 8_501, kind: "account id")) {
            try redactor.checkForLeaks(in: [RenderedFile(path: "report.json", contents: lines.joined(separator: "\n"))])
        }
    }

    /// A tag key can name what a tag value names (`kubernetes.io/cluster/<cluster>` beside `eks:cluster-name` on
    /// every EKS node): the key is masked as text, so the masked edition is made, and the name is in no file.
    @Test func aNameInATagKeyIsMasked() throws {
        var finding = Finding.control(
            "EC2.8",
            .failed,
            account: "111122223333",
            resource: "arn:aws:ec2:eu-west-1:111122223333:instance/i-07c11cc535d830123",
            resourceType: "AwsEc2Instance"
        )
        finding.resources[0].tags = [
            Resource.Tag(key: "eks:cluster-name", value: "eks01"),
            Resource.Tag(key: "kubernetes.io/cluster/eks01", value: "owned"),
        ]
        let document = Self.document([finding])
        let redactor = Redactor(for: document)
        let masked = redactor.redact(document)
        let keys = masked.report.findings[0].finding.resources[0].tags.map(\.key)
        #expect(keys.count == 2)
        #expect(keys[0] == "eks:cluster-name")
        #expect(!keys[1].contains("eks01"), "\(keys)")
        let files = try RenderingFixture.render(document, [.html, .md, .json])
        for (path, text) in files { #expect(!text.contains("eks01"), "\(path)") }
    }
}
