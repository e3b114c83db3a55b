import ReportModel

extension Redactor {
    /// Applies `transform` to every free-text or identifying string of the document (ids, ARNs,
    /// titles, descriptions, notes, reasons, paths, diagnostics). Used twice: to collect tokens,
    /// then to mask them.
    static func mapStrings(_ document: ReportDocument, _ transform: (String) -> String) -> ReportDocument {
        var document = document
        var report = document.report
        func optional(_ text: String?) -> String? { text.map(transform) }

        report.findings = report.findings.map { scored in
            var scored = scored
            var finding = scored.finding
            finding.id = transform(finding.id)
            finding.identity = transform(finding.identity)
            finding.productArn = optional(finding.productArn)
            finding.generatorId = optional(finding.generatorId)
            finding.title = transform(finding.title)
            finding.description = transform(finding.description)
            finding.accountId = optional(finding.accountId)
            finding.remediationText = optional(finding.remediationText)
            finding.resources = finding.resources.map { resource in
                Resource(type: resource.type, id: transform(resource.id), region: resource.region, tags: resource.tags)
            }
            if let note = finding.note {
                finding.note = Finding.Note(
                    text: transform(note.text),
                    updatedBy: optional(note.updatedBy),
                    updatedAt: note.updatedAt
                )
            }
            finding.origin = RecordOrigin(file: transform(finding.origin.file), record: finding.origin.record)
            scored.finding = finding
            scored.placedBy = transform(scored.placedBy)
            return scored
        }
        report.controls = report.controls.map { control in
            var control = control
            control.failingAccounts = control.failingAccounts.map(transform)
            control.failingResources = control.failingResources.map(transform)
            return control
        }
        report.environments = report.environments.map { environment in
            var environment = environment
            let masked = transform(environment.accountId)
            if environment.name == environment.accountId { environment.name = masked }
            environment.accountId = masked
            return environment
        }
        report.byStandard = report.byStandard.map { standard in
            var standard = standard
            standard.accounts = standard.accounts.map {
                StandardScore.AccountCounts(accountId: transform($0.accountId), controls: $0.controls)
            }
            return standard
        }
        report.acceptances = report.acceptances.map { result in
            var result = result
            var acceptance = result.acceptance
            acceptance.reason = transform(acceptance.reason)
            acceptance.match.resources = acceptance.match.resources.map(transform)
            acceptance.match.accounts = acceptance.match.accounts.map(transform)
            acceptance.match.findingIds = acceptance.match.findingIds.map(transform)
            acceptance.match.tags = acceptance.match.tags.map { TagCondition(key: $0.key, value: transform($0.value)) }
            acceptance.compensatingControls = acceptance.compensatingControls.map(transform)
            result.acceptance = acceptance
            result.warnings = result.warnings.map(transform)
            return result
        }
        report.inputs = report.inputs.map { input in
            var input = input
            input.path = transform(input.path)
            return input
        }
        report.diagnostics = report.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.file = optional(diagnostic.file)
            diagnostic.location = optional(diagnostic.location)
            diagnostic.message = transform(diagnostic.message)
            return diagnostic
        }
        report.layerRules = report.layerRules.map { usage in
            var usage = usage
            usage.rule = transform(usage.rule)
            return usage
        }
        report.evidence = mapEvidence(report.evidence, transform)
        document.report = report
        document.trend.changes = mapChanges(document.trend.changes, transform)
        return document
    }
}
