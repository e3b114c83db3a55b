import ReportModel

extension Scorer {
    /// Warnings a reader of the report should see: unclassified findings, unknown controls,
    /// unmapped accounts, expired and stale acceptances.
    func diagnostics(for report: ScoredReport) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let unclassified = report.findings.filter { $0.layer == .unclassified && $0.bucket != .sample }
        let groups = Dictionary(grouping: unclassified) {
            UnclassifiedGroup(product: $0.finding.productName, resourceType: $0.finding.resources.first?.type)
        }
        for (key, group) in groups {
            let resourceType: MessageParameter = key.resourceType.map { .text($0) } ?? .message(Message(.noResource))
            diagnostics.append(
                Diagnostic(
                    .warning,
                    Message(
                        .unclassifiedFindings,
                        ["count": .number(group.count), "product": .text(key.product), "resourceType": resourceType]
                    )
                )
            )
        }
        let unknownControls = Set(
            report.controls.map(\.controlId).filter { configuration.catalogue.entry(for: $0) == nil }
        )
        for control in unknownControls {
            diagnostics.append(Diagnostic(.note, Message(.controlNotInCatalogue, ["control": .text(control)])))
        }
        if !configuration.environments.isEmpty {
            for environment in report.environments where !environment.mapped {
                diagnostics.append(
                    Diagnostic(.warning, Message(.accountNotInEnvironments, ["account": .text(environment.accountId)]))
                )
            }
        }
        for result in report.acceptances {
            let source = result.acceptance.source.isEmpty ? nil : result.acceptance.source
            let id = MessageParameter.text(result.acceptance.id)
            // Catch-all entries are warned about on the terminal too, not only in the register.
            let catchAll: Set<MessageCode> = [.acceptanceBroad, .acceptanceEverySeverity]
            for warning in result.warnings where catchAll.contains(warning.code) && result.status != .stale {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        file: source,
                        Message(.acceptanceWarning, ["id": id, "warning": .message(warning)])
                    )
                )
            }
            switch result.status {
            case .expired:
                let parameters: [String: MessageParameter] = [
                    "id": id, "date": .text("\(result.acceptance.expiresOn)"), "count": .number(result.matched),
                ]
                diagnostics.append(Diagnostic(.warning, file: source, Message(.acceptanceExpired, parameters)))
            case .stale:
                diagnostics.append(Diagnostic(.warning, file: source, Message(.acceptanceStale, ["id": id])))
            case .notYetInForce:
                let parameters: [String: MessageParameter] = [
                    "id": id, "date": .text("\(result.acceptance.acceptedOn)"),
                ]
                diagnostics.append(Diagnostic(.warning, file: source, Message(.acceptanceNotYetInForce, parameters)))
            case .active, .expiring:
                break
            }
        }
        return diagnostics
    }
}

/// The product and primary resource type that unclassified findings are counted under.
private struct UnclassifiedGroup: Hashable {
    var product: String
    var resourceType: String?
}
