import Foundation
import TestSupport
import Testing

/// `posture check`: the monthly reminder a team puts in CI.
@Suite struct CheckCommandTests {
    static let basic = "Tests/ReportPipelineTests/Fixtures/basic"

    @Test func passesWhileNothingHasExpiredAndListsWhatExpiresSoon() throws {
        let result = try CommandRunner.run([
            "check", "\(Self.basic)/findings.json", "--acceptances", "\(Self.basic)/risk-acceptances.yml",
            "--environments", "\(Self.basic)/environments.yml", "--as-of", "2026-11-30",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("RA-2026-002\texpiring\texpires 2026-12-10 (in 10 days)\tmatches 1"))
        #expect(result.stdout.contains("expiring in the next 30 days: RA-2026-002"))
    }

    @Test func exitsOneOnceAnAcceptanceHasExpired() throws {
        let result = try CommandRunner.run([
            "check", "\(Self.basic)/findings.json", "--acceptances", "\(Self.basic)/risk-acceptances.yml",
            "--as-of", "2026-12-11",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("expired: RA-2026-002 (2026-12-10)"))
    }

    @Test func aBadConfigurationFileExits3WithItsPosition() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-check")
        try Data(
            "acceptances:\n  - id: RA-1\n    match: {controls: [IAM.6]}\n    reason: r\n    owner: o\n    approvedBy: a\n    acceptedOn: 2026-01-01\n    expiresOn: 2026-13-01\n"
                .utf8
        )
        .write(to: folder.appendingPathComponent("ra.yml"))
        let result = try CommandRunner.run(
            [
                "check", RepositoryPaths.file("\(Self.basic)/findings.json").path, "--acceptances", "ra.yml",
                "--as-of", "2026-11-30",
            ],
            in: folder
        )
        #expect(result.status == 3)
        #expect(
            result.stderr
                == "posture: ra.yml:8:16: \"expiresOn\" is not a real date in YYYY-MM-DD form: \"2026-13-01\"\n"
        )
    }
}

/// Layer rules are checked against the inputs too.
@Suite struct CheckLayerRulesTests {
    @Test func aRuleThatPlacesNothingIsReported() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-layers")
        try Data(
            """
            rules:
              - {control: S3.8, layer: account, why: the export bucket is part of the audit trail}
              - {resource: "arn:aws:s3:::gone-*", layer: datastore, why: old buckets}
            """.utf8
        ).write(to: folder.appendingPathComponent("layers.yml"))
        let result = try CommandRunner.run(
            [
                "check", RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic/findings.json").path,
                "--layers", "layers.yml", "--as-of", "2026-11-30",
            ],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("layers.yml:3: layer rule resource arn:aws:s3:::gone-* placed no finding"))
        #expect(!result.stdout.contains("layers.yml:2:"))
    }
}
