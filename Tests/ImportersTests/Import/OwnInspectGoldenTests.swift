import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// `posture inspect` text for own fixtures (the twin of `InspectGoldenTests`), goldens as Swift string literals.
@Suite struct OwnInspectGoldenTests {
    static let trivy = """
        asff/trivy-image-duplicates.json
          sha256: bb630c22902754812b2318849d96682369103129cb457f771604bb289f51faf3
          bytes: 14659
          formats: asff 7
          records: 7 (unique findings 4, duplicates 3, evidence 0, skipped 0)
          updated: 2026-11-03T14:15:27Z .. 2026-11-04T14:40:02Z
          products: Aqua Security 4
          partial: no
          diagnostics: none

        """

    static let missingAccount = """
        asff/missing-account-id.json
          sha256: eb84da35a3f39f63e31fdd43dd55531c3bb441fff0366e6d2674cf14b04a9198
          bytes: 3211
          formats: asff 1
          records: 1 (unique findings 1, duplicates 0, evidence 0, skipped 0)
          updated: 2026-11-19T05:16:44Z .. 2026-11-19T05:16:44Z
          products: Inspector 1
          partial: no
          diagnostics:
            warning: asff/missing-account-id.json: findings[0].AwsAccountId: missing required member

        """

    static let securityHubV2 = """
        ocsf/securityhub-v2-findings.jsonl
          sha256: 44f651499da2177d03d81551079ebe1dd48671f4ac4f33a0ca2a0a64f8ad33d3
          bytes: 11718
          formats: ocsf 6
          records: 6 (unique findings 6, duplicates 0, evidence 0, skipped 0)
          updated: 2026-11-28T10:37:19Z .. 2026-11-29T10:37:22Z
          products: Inspector 2, Security Hub 4
          partial: no
          diagnostics: none

        """

    @Test(arguments: [
        ("asff/trivy-image-duplicates.json", trivy),
        ("asff/missing-account-id.json", missingAccount),
        ("ocsf/securityhub-v2-findings.jsonl", securityHubV2),
    ])
    func inspectText(_ file: String, _ golden: String) throws {
        let sources = [InputSource(path: file, content: .file(OwnFixtures.url(file).path))]
        let first = try FindingImporter().inspect(sources).map { $0.text(in: English.phrasebook) }.joined()
        let second = try FindingImporter().inspect(sources).map { $0.text(in: English.phrasebook) }.joined()
        #expect(first == second)
        if first != golden {
            print("--- actual inspect output for \(file) ---\n\(first)")
        }
        #expect(first == golden)
    }
}
