import ReportModel

extension Redactor {
    /// Applies `transform` to every text of the document that a report shows: ids, ARNs, titles,
    /// descriptions, notes, reasons, owners, tickets, paths, rule names, diagnostics. Used twice: to
    /// find identifiers, then to mask them. A field missed here still cannot leak unnoticed: the
    /// rendered files are checked afterwards (`leaks(in:)`).
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
            // A control id without SecurityControlId is the tail of GeneratorId: a custom rule's name.
            finding.controlId = optional(finding.controlId)
            finding.productName = transform(finding.productName)
            finding.remediationText = optional(finding.remediationText)
            finding.remediationURL = optional(finding.remediationURL)
            finding.region = optional(finding.region)
            finding.types = finding.types.map(transform)
            finding.vulnerabilityIds = finding.vulnerabilityIds.map(transform)
            finding.resources = finding.resources.map { resource in
                Resource(
                    type: transform(resource.type),
                    id: transform(resource.id),
                    region: optional(resource.region),
                    tags: resource.tags
                )
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
            scored.placedBy = scored.placedBy.mapTexts(transform)
            return scored
        }
        report.controls = report.controls.map { control in
            var control = control
            control.controlId = transform(control.controlId)
            control.title = transform(control.title)
            control.remediationURL = optional(control.remediationURL)
            control.failingAccounts = control.failingAccounts.map(transform)
            control.failingResources = control.failingResources.map(transform)
            return control
        }
        report.environments = report.environments.map { environment in
            var environment = environment
            environment.name = transform(environment.name)
            environment.accountId = transform(environment.accountId)
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
            acceptance.owner = transform(acceptance.owner)
            acceptance.approvedBy = transform(acceptance.approvedBy)
            acceptance.ticket = optional(acceptance.ticket)
            acceptance.source = transform(acceptance.source)
            acceptance.match.controls = acceptance.match.controls.map(transform)
            acceptance.match.resources = acceptance.match.resources.map(transform)
            acceptance.match.accounts = acceptance.match.accounts.map(transform)
            acceptance.match.findingIds = acceptance.match.findingIds.map(transform)
            acceptance.match.tags = acceptance.match.tags.map { TagCondition(key: $0.key, value: transform($0.value)) }
            acceptance.match.cves = acceptance.match.cves.map(transform)
            acceptance.compensatingControls = acceptance.compensatingControls.map(transform)
            result.acceptance = acceptance
            result.controls = result.controls.map(transform)
            result.warnings = result.warnings.map { $0.mapTexts(transform) }
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
            diagnostic.message = diagnostic.message.mapTexts(transform)
            return diagnostic
        }
        report.layerRules = report.layerRules.map { usage in
            var usage = usage
            usage.rule = usage.rule.mapTexts(transform)
            usage.source = transform(usage.source)
            return usage
        }
        report.frontDoor = mapEvidence(report.frontDoor, transform)
        report.frameworks.requirements = report.frameworks.requirements.map { requirement in
            var requirement = requirement
            requirement.framework = transform(requirement.framework)
            requirement.requirement = transform(requirement.requirement)
            requirement.controls = requirement.controls.map {
                ControlEvidence(controlId: transform($0.controlId), state: $0.state)
            }
            return requirement
        }
        report.frameworks.questions = report.frameworks.questions.map { question in
            var question = question
            question.text = transform(question.text)
            question.reason = transform(question.reason)
            question.controls = question.controls.map {
                ControlEvidence(controlId: transform($0.controlId), state: $0.state)
            }
            return question
        }
        document.report = report
        document.trend.changes = mapChanges(document.trend.changes, transform)
        return document
    }

    /// The names that structured fields give, with the word their pseudonym starts with: resource
    /// ids that no pattern recognises, tag values, note authors, repositories and image tags, web
    /// ACL and rule names, input and configuration file paths, acceptance patterns.
    static func structuredNames(_ document: ReportDocument) -> [(prefix: String, original: String)] {
        let report = document.report
        var names: [(prefix: String, original: String)] = []
        func file(_ text: String?) {
            guard let text, !text.isEmpty, text != "-" else { return }
            let path = text.split(separator: ":").first.map(String.init) ?? text
            names.append(("file", path))
            if let base = path.split(separator: "/").last.map(String.init), base != path {
                names.append(("file", base))
            }
        }
        for scored in report.findings {
            for resource in scored.finding.resources {
                names.append(("resource", resource.id))
                for tag in resource.tags { names.append(("tag", tag.value)) }
            }
            if let author = scored.finding.note?.updatedBy { names.append(("person", author)) }
            if let control = scored.finding.controlId, isCustomControl(control) { names.append(("control", control)) }
            file(scored.finding.origin.file)
        }
        for control in report.controls { names += control.failingResources.map { ("resource", $0) } }
        for input in report.inputs { file(input.path) }
        for diagnostic in report.diagnostics { file(diagnostic.file) }
        for usage in report.layerRules { file(usage.source) }
        for result in report.acceptances {
            file(result.acceptance.source)
            names += result.acceptance.match.resources.map { ("pattern", $0) }
            names += result.acceptance.match.findingIds.map { ("finding", $0) }
        }
        let evidence = report.frontDoor
        for image in evidence.images {
            names.append(("repo", image.repository))
            names += image.imageTags.map { ("image-tag", $0) }
            file(image.origin.file)
        }
        for webACL in evidence.webACLs {
            names += [("webacl", webACL.name), ("webacl", webACL.id)]
            for rule in webACL.rules {
                if !isManagedRuleName(rule.name) { names.append(("rule", rule.name)) }
                if case .managedGroup(let vendor, let name, _) = rule.kind, vendor != "AWS" {
                    names.append(("rule", name))
                }
                names += rule.labels.map { ("label", $0) }
            }
            file(webACL.origin.file)
        }
        for traffic in evidence.traffic {
            names.append(("webacl", traffic.webACL))
            if let name = traffic.webACLName { names.append(("webacl", name)) }
            if let metric = traffic.ruleMetricName, !isManagedRuleName(metric) { names.append(("rule", metric)) }
            let ruleKeys = Set(traffic.blockedByRule.keys).union(traffic.countMatchesByRule.keys)
                .union(traffic.blockedByWebACLRule.keys).union(traffic.examples.map(\.rule))
            for key in ruleKeys.sorted() where !isManagedRuleName(key) { names.append(("rule", key)) }
            for example in traffic.examples {
                if let id = example.requestId { names.append(("request", id)) }
            }
            traffic.files.forEach { file($0) }
        }
        // Named by the most telling field first: a web ACL that is also a tag value is a web ACL.
        let priority = [
            "repo", "webacl", "rule", "control", "resource", "request", "finding", "pattern", "person", "label",
            "image-tag",
            "file", "tag",
        ]
        let rank = Dictionary(uniqueKeysWithValues: priority.enumerated().map { ($0.element, $0.offset) })
        return names.enumerated()
            .filter { !$0.element.original.isEmpty && !isNotAName($0.element.original) }
            .map { (rank: rank[$0.element.prefix] ?? priority.count, offset: $0.offset, name: $0.element) }
            .sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }
            .map(\.name)
    }

    /// A control id that is neither a Security Hub id (`IAM.6`, `CIS.1.14`) nor a Prowler check
    /// (`s3_bucket_versioning`) is a custom rule's name (`acme-payroll-check`) and is masked.
    static func isCustomControl(_ id: String) -> Bool {
        let securityHub = id.contains(".") && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
        let prowler = id.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "_" }
        return !securityHub && !prowler
    }

    /// AWS managed rule groups and their rules are product names, not the customer's: they stay
    /// readable (`AWSManagedRulesSQLiRuleSet`, `AWS-AWSManagedRulesCommonRuleSet#SizeRestrictions_BODY`).
    static func isManagedRuleName(_ name: String) -> Bool {
        name.hasPrefix("AWSManagedRules") || name.hasPrefix("AWS-AWSManagedRules") || name.hasPrefix("awswaf:managed:")
            || name == "Default_Action" || name == "Default_Action#"
    }

    /// Values a structured field may hold that name nothing: placeholders. An ARN or an id the scanner
    /// recognises whole is left to it by the caller; one it does not (`arn:aws:s3:::acme payroll`, whose
    /// pattern stops at the space, or at `<`, `|`, a quote or a bracket) is masked whole as a name, so no part of
    /// it is left readable.
    private static func isNotAName(_ text: String) -> Bool {
        ["-", "unknown", "none", "null", "n/a", "(redacted)"].contains(text.lowercased())
    }
}
