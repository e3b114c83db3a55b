import ReportModel

extension Scorer {
    /// Warnings a reader of the report should see: unclassified findings, unknown controls,
    /// unmapped accounts, expired and stale acceptances.
    func diagnostics(for report: ScoredReport) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let unclassified = report.findings.filter { $0.layer == .unclassified && $0.bucket != .sample }
        let groups = Dictionary(grouping: unclassified) {
            "\($0.finding.productName) / \($0.finding.resources.first?.type ?? "no resource")"
        }
        for (key, group) in groups {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "\(group.count) finding\(group.count == 1 ? "" : "s") of \(key) matched no layer rule: shown as unclassified"
                )
            )
        }
        let unknownControls = Set(
            report.controls.map(\.controlId).filter { configuration.catalogue.entry(for: $0) == nil }
        )
        for control in unknownControls {
            diagnostics.append(Diagnostic(.note, "control \(control) is not in the control catalogue"))
        }
        if !configuration.environments.isEmpty {
            for environment in report.environments where !environment.mapped {
                diagnostics.append(
                    Diagnostic(.warning, "account \(environment.accountId) is not in the environments file")
                )
            }
        }
        for result in report.acceptances {
            let source = result.acceptance.source.isEmpty ? nil : result.acceptance.source
            switch result.status {
            case .expired:
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        file: source,
                        "acceptance \(result.acceptance.id) expired on \(result.acceptance.expiresOn); \(result.matched) \(result.matched == 1 ? "finding counts" : "findings count") as open again"
                    )
                )
            case .stale:
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        file: source,
                        "acceptance \(result.acceptance.id) matches nothing in the inputs (stale)"
                    )
                )
            case .active, .expiring:
                break
            }
        }
        return diagnostics
    }
}
