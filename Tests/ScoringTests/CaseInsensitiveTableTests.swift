import ReportModel
import Testing

@testable import Scoring

/// `CaseInsensitiveTable` answers as a dictionary keyed by `lowercased()` names does, whatever case a lookup uses,
/// and a later name equal ignoring case replaces an earlier one, as it replaced that dictionary's value.
struct CaseInsensitiveTableTests {
    @Test func answersAsALowerCasedDictionary() {
        let names = ["IAM.6", "iam.6", "S3.1", "AwsS3Bucket", "ÄPFEL", "äpfel", "Straße", "GuardDuty", "guardduty"]
        var table = CaseInsensitiveTable<Int>()
        var reference: [String: Int] = [:]
        for (value, name) in names.enumerated() {
            table.set(value, for: name)
            reference[name.lowercased()] = value
        }
        let lookups =
            names + ["Iam.6", "s3.1", "AWSS3BUCKET", "Äpfel", "STRASSE", "straße", "GUARDDUTY", "unknown", ""]
        for name in lookups {
            #expect(table[name] == reference[name.lowercased()], "\(name)")
        }
        #expect(table.values.sorted() == reference.values.sorted())
    }

    @Test func theCatalogueKeepsTheFirstEntryOfAnId() {
        let first = ControlCatalogue.Entry(id: "IAM.6", title: "first", severity: .critical, layer: .account, why: "")
        let second = ControlCatalogue.Entry(id: "iam.6", title: "second", severity: .low, layer: .network, why: "")
        let catalogue = ControlCatalogue(entries: [first, second])
        #expect(catalogue.entry(for: "IAM.6") == first)
        #expect(catalogue.entry(for: "iam.6") == first)
        #expect(catalogue.entry(for: "Iam.6") == first)
        #expect(catalogue.all == [first])
    }
}
