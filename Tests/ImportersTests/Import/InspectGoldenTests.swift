import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// `posture inspect` text for fixtures, compared with goldens kept as Swift string literals.
@Suite(.needsSharedFixtures) struct InspectGoldenTests {
    static let trivy = """
        asff/heimdall_trivy-image_golang-1.12-alpine_sample.json
          sha256: 5f2873df172ad927a02f4904b739722bb15499fdf9436042a798ef96c475a111
          bytes: 103911
          formats: asff 44
          records: 44 (unique findings 23, duplicates 21, evidence 0, skipped 0)
          updated: 2022-02-08T04:51:26Z .. 2022-02-08T04:51:26Z
          products: Aqua Security 23
          partial: no
          diagnostics: none

        """

    static let missingAccount = """
        asff/dd_missing_account_id.json
          sha256: 778d4e07de156b393bf8e00e40152831dde727a19a184464514369d885f6ef03
          bytes: 3696
          formats: asff 1
          records: 1 (unique findings 1, duplicates 0, evidence 0, skipped 0)
          updated: 2024-09-18T05:16:44Z .. 2024-09-18T05:16:44Z
          products: Inspector 1
          partial: no
          diagnostics:
            warning: asff/dd_missing_account_id.json: findings[0].AwsAccountId: missing required member

        """

    @Test(arguments: [
        ("asff/heimdall_trivy-image_golang-1.12-alpine_sample.json", trivy),
        ("asff/dd_missing_account_id.json", missingAccount),
    ])
    func inspectText(_ file: String, _ golden: String) throws {
        let sources = [InputSource(path: file, content: .file(RepositoryPaths.fixture(file)))]
        let first = try FindingImporter().inspect(sources).map { $0.text(in: English.phrasebook) }.joined()
        let second = try FindingImporter().inspect(sources).map { $0.text(in: English.phrasebook) }.joined()
        #expect(first == second)
        if first != golden {
            print("--- actual inspect output for \(file) ---\n\(first)")
        }
        #expect(first == golden)
    }
}
