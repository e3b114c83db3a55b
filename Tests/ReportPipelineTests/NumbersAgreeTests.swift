import Foundation
import ReportModel
import Testing

/// Every count the report prints agrees with every other: the summary sentences and cards of
/// report.md, the layer, environment and finding lists of report.json, and the reconciliation.
@Suite struct NumbersAgreeTests {
    struct Rendered {
        var json: [String: Any]
        var markdown: String

        var layers: [[String: Any]] { json["layers"] as? [[String: Any]] ?? [] }
        var environments: [[String: Any]] { json["environments"] as? [[String: Any]] ?? [] }
        var findings: [[String: Any]] { json["findings"] as? [[String: Any]] ?? [] }
        var reconciliation: [String: Int] { json["reconciliation"] as? [String: Int] ?? [:] }

        func sum(_ rows: [[String: Any]], _ key: String) -> Int { rows.compactMap { $0[key] as? Int }.reduce(0, +) }

        func sum(_ rows: [[String: Any]], _ block: String, _ keys: [String]) -> Int {
            rows.compactMap { $0[block] as? [String: Int] }.map { counts in keys.compactMap { counts[$0] }.reduce(0, +)
            }
            .reduce(0, +)
        }
    }

    static func render(_ name: String) throws -> Rendered {
        let output = try PipelineHarness.render(name)
        let json = try JSONSerialization.jsonObject(with: Data((output.files["report.json"] ?? "").utf8))
        return Rendered(json: json as? [String: Any] ?? [:], markdown: output.files["report.md"] ?? "")
    }

    /// The numbers in one sentence or table row, in order.
    static func numbers(in text: Substring) -> [Int] {
        text.split { !$0.isNumber }.compactMap { Int($0) }
    }

    @Test(arguments: ["basic", "everything"])
    func countsAgreeAcrossOutputs(fixture: String) throws {
        let report = try Self.render(fixture)
        let findings = report.findings
        let accepted = findings.count { $0["bucket"] as? String == "accepted" }
        let open = findings.count { $0["bucket"] as? String == "open" }

        // Accepted findings: one number in the reconciliation, the layers, the environments and the summary.
        #expect(report.reconciliation["accepted"] == accepted)
        #expect(report.sum(report.layers, "acceptedFindings") == accepted)
        #expect(report.sum(report.environments, "acceptedFindings") == accepted)
        let lines = report.markdown.split(separator: "\n")
        if let sentence = lines.first(where: { $0.contains("in force cover") }) {
            #expect(Self.numbers(in: sentence).dropFirst().first == accepted, "\(sentence)")
        }

        // Open findings by severity add up to the open bucket, by layer and by account.
        let severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL"]
        #expect(report.sum(report.layers, "openFindings", severities) == open)
        #expect(report.sum(report.environments, "openFindings", severities) == open)

        // Every account with a finding has an environments row.
        let accounts = Set(findings.compactMap { $0["accountId"] as? String })
        let rows = Set(report.environments.compactMap { $0["accountId"] as? String })
        #expect(accounts.isSubset(of: rows))

        // The reconciliation adds up.
        let records = report.reconciliation["records"] ?? -1
        let buckets = report.reconciliation.filter { $0.key != "records" }.values.reduce(0, +)
        #expect(buckets == records)

        // The layer cards say what report.json says: failed controls, open critical/high, accepted findings.
        var cardsChecked = 0
        for layer in report.layers {
            let controls = layer["controls"] as? [String: Int] ?? [:]
            let openFindings = layer["openFindings"] as? [String: Int] ?? [:]
            let expected = [
                controls["failed"] ?? 0, (openFindings["CRITICAL"] ?? 0) + (openFindings["HIGH"] ?? 0),
                layer["acceptedFindings"] as? Int ?? 0,
            ]
            let name = Self.layerNames[layer["layer"] as? String ?? ""] ?? "?"
            guard let row = lines.first(where: { $0.hasPrefix("| ") && $0.contains("**\(name)**") }) else { continue }
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count >= 6, "\(row)")
            guard cells.count >= 6 else { continue }
            #expect([Int(cells[3]), Int(cells[4]), Int(cells[5])] == expected.map { Optional($0) }, "\(row)")
            cardsChecked += 1
        }
        #expect(cardsChecked >= 4)

        // The headline score is the score detail of report.json.
        let detail = (report.json["scoreDetail"] as? [String: Any])?["securityHub"] as? [String: Int]
        let scoreRow = try #require(lines.first { $0.hasPrefix("| **Security Hub score**") })
        #expect(Self.numbers(in: scoreRow).suffix(2) == [detail?["numerator"] ?? -1, detail?["denominator"] ?? -1])
    }

    static let layerNames = [
        "account": "Account (IAM)", "network": "Network", "webapp": "Web application", "datastore": "Data store",
        "unclassified": "Unclassified",
    ]
}
