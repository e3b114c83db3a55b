import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// One vulnerability per image digest, CVE and package, whichever scanners reported it.
@Suite struct CrossScannerTests {
    static let digest = "sha256:abababababababababababababababababababababababababababababababab"
    static let image = "arn:aws:ecr:eu-west-1:111122223333:repository/shop/api/\(digest)"

    static let basic = #"""
        {"registryId":"111122223333","repositoryName":"shop/api","imageId":{"imageDigest":"DIGEST","imageTag":"v42"},
        "imageScanStatus":{"status":"COMPLETE"},"imageScanFindings":{"imageScanCompletedAt":"2026-11-28T10:00:00Z",
        "findingSeverityCounts":{"HIGH":1},"findings":[{"name":"CVE-2023-44487","severity":"HIGH",
        "attributes":[{"key":"package_name","value":"nghttp2"},{"key":"package_version","value":"1.52.0-1"}]}]}}
        """#.replacingOccurrences(of: "DIGEST", with: digest)

    static func inspector(updated: String, status: String) -> String {
        #"""
        {"findings":[{"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/abc","awsAccountId":"111122223333",
        "type":"PACKAGE_VULNERABILITY","title":"CVE-2023-44487 - nghttp2","description":"d","severity":"HIGH",
        "status":"STATUS","firstObservedAt":"2026-10-01T00:00:00Z","lastObservedAt":"UPDATED","updatedAt":"UPDATED",
        "resources":[{"type":"AWS_ECR_CONTAINER_IMAGE","id":"IMAGEARN","region":"eu-west-1"}],
        "packageVulnerabilityDetails":{"vulnerabilityId":"CVE-2023-44487",
        "vulnerablePackages":[{"name":"nghttp2","version":"1.52.0","release":"1","epoch":0}]}}]}
        """#.replacingOccurrences(of: "IMAGEARN", with: image).replacingOccurrences(of: "UPDATED", with: updated)
            .replacingOccurrences(of: "STATUS", with: status)
    }

    static let ocsf = #"""
        {"class_uid":2002,"activity_id":1,"severity":"High","severity_id":4,"status":"New","status_id":1,
        "metadata":{"uid":"ocsf-1","product":{"name":"Inspector","uid":"arn:aws:securityhub:eu-west-1::product/aws/inspector"}},
        "cloud":{"account":{"uid":"111122223333"},"region":"eu-west-1"},
        "finding_info":{"uid":"vuln-uid-1","title":"CVE-2023-44487 - nghttp2","created_time_dt":"2026-10-01T00:00:00Z",
        "modified_time_dt":"2026-11-20T00:00:00Z"},
        "resources":[{"type":"AwsEcrContainerImage","uid":"IMAGEARN","region":"eu-west-1"}],
        "vulnerabilities":[{"cve":{"uid":"CVE-2023-44487"},"affected_packages":[{"name":"nghttp2","version":"1.52.0"}]}]}
        """#.replacingOccurrences(of: "IMAGEARN", with: image)

    @Test func ocsfJoinsTheSameVulnerability() throws {
        let data = try Self.run([
            Self.basic, Self.ocsf, Self.inspector(updated: "2026-11-29T00:00:00Z", status: "ACTIVE"),
        ])
        let vulnerabilities = data.findings.filter { $0.vulnerabilityIds == ["CVE-2023-44487"] }
        #expect(vulnerabilities.count == 1)
        #expect(vulnerabilities.first?.scanners == ["ECR basic scan", "Inspector (OCSF)", "Inspector (list-findings)"])
    }

    /// An OCSF record joins the image's vulnerability when a resource is the image by its type or by an ECR
    /// repository ARN of another type, and only when it names one vulnerability in one package.
    @Test(arguments: [
        ("AwsEcrContainerImage", 1, true), ("Container", 1, true), ("AwsEcrContainerImage", 2, false),
    ])
    func ocsfJoinsOnlyOneVulnerabilityOfAnImage(type: String, packages: Int, joins: Bool) throws {
        let names = (1...packages).map { #"{"name":"nghttp2-\#($0)","version":"1.52.0"}"# }
        let record = Self.ocsf.replacingOccurrences(of: #""type":"AwsEcrContainerImage""#, with: #""type":"\#(type)""#)
            .replacingOccurrences(
                of: #"[{"name":"nghttp2","version":"1.52.0"}]"#,
                with: packages == 1 ? #"[{"name":"nghttp2","version":"1.52.0"}]"# : "[\(names.joined(separator: ","))]"
            )
        #expect(record.contains(#""type":"\#(type)""#))
        let data = try Self.run([Self.basic, record])
        let vulnerabilities = data.findings.filter { $0.vulnerabilityIds == ["CVE-2023-44487"] }
        #expect(vulnerabilities.count == (joins ? 1 : 2))
        let scanners = vulnerabilities.flatMap(\.scanners).sorted()
        #expect(scanners.contains("Inspector (OCSF)") == joins)
    }

    static func run(_ texts: [String]) throws -> ImportedData {
        try FindingImporter().importFindings(
            from: texts.enumerated().map {
                InputSource(path: "in-\($0.offset).json", content: .bytes(Array($0.element.utf8)))
            }
        )
    }

    @Test(arguments: [false, true])
    func ecrBasicAndInspectorReportOneVulnerability(reversed: Bool) throws {
        let texts = [Self.basic, Self.inspector(updated: "2026-11-29T00:00:00Z", status: "ACTIVE")]
        let data = try Self.run(reversed ? texts.reversed() : texts)
        let vulnerabilities = data.findings.filter { $0.vulnerabilityIds == ["CVE-2023-44487"] }
        #expect(vulnerabilities.count == 1)
        #expect(vulnerabilities.first?.scanners == ["ECR basic scan", "Inspector (list-findings)"])
        #expect(vulnerabilities.first?.identity == "vuln|\(Self.digest)|CVE-2023-44487|nghttp2")
        #expect(data.duplicates == 1)
        #expect(!data.diagnostics.contains { $0.english.contains("share the identity") })
    }

    @Test func theLatestStatusWins() throws {
        let data = try Self.run([Self.basic, Self.inspector(updated: "2026-11-29T00:00:00Z", status: "CLOSED")])
        #expect(data.findings.map(\.recordState) == [.archived])
    }
}
