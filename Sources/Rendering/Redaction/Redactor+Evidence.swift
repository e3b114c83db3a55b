import ReportModel

extension Redactor {
    /// Applies `transform` (the collecting or masking function) to every identifying string of the front door
    /// evidence: ARNs, account and registry ids, digests, client IPs, URIs and query strings, rule statements, file
    /// paths.
    /// - Returns: the evidence with its strings transformed.
    static func mapEvidence(_ evidence: FrontDoorEvidence, _ transform: (String) -> String) -> FrontDoorEvidence {
        func origin(_ origin: RecordOrigin) -> RecordOrigin {
            RecordOrigin(file: transform(origin.file), record: origin.record)
        }
        func keys(_ counts: [String: Int]) -> [String: Int] {
            Dictionary(counts.map { (transform($0.key), $0.value) }, uniquingKeysWith: +)
        }
        func top(_ counts: [WAFTrafficCount]) -> [WAFTrafficCount] {
            counts.map { WAFTrafficCount(value: transform($0.value), count: $0.count) }
        }
        let images = evidence.images.map { image in
            var image = image
            image.registryId = transform(image.registryId)
            image.region = image.region.map(transform)
            image.repository = transform(image.repository)
            image.imageDigest = transform(image.imageDigest)
            image.imageTags = image.imageTags.map(transform)
            image.scanStatusDescription = image.scanStatusDescription.map(transform)
            image.origin = origin(image.origin)
            image.replaceFindings(
                image.findings.map { finding in
                    var finding = finding
                    finding.identity = transform(finding.identity)
                    finding.vulnerabilityId = transform(finding.vulnerabilityId)
                    finding.packageName = finding.packageName.map(transform)
                    finding.packageVersion = finding.packageVersion.map(transform)
                    return finding
                }
            )
            return image
        }
        let webACLs = evidence.webACLs.map { webACL in
            var webACL = webACL
            webACL.name = transform(webACL.name)
            webACL.id = transform(webACL.id)
            webACL.arn = transform(webACL.arn)
            webACL.accountId = webACL.accountId.map(transform)
            webACL.region = webACL.region.map(transform)
            webACL.description = webACL.description.map(transform)
            webACL.rules = webACL.rules.map { rule in
                var rule = rule
                rule.name = transform(rule.name)
                rule.statement = transform(rule.statement)
                rule.scopeDown = rule.scopeDown.map(transform)
                rule.labels = rule.labels.map(transform)
                rule.actionOverrides = Dictionary(
                    rule.actionOverrides.map { (transform($0.key), $0.value) },
                    uniquingKeysWith: { first, _ in first }
                )
                if case .ruleGroupReference(let arn) = rule.kind {
                    rule.kind = .ruleGroupReference(arn: transform(arn))
                }
                return rule
            }
            webACL.checks = webACL.checks.map { check in
                var check = check
                check.reason = check.reason.mapTexts(transform)
                return check
            }
            webACL.origin = origin(webACL.origin)
            return webACL
        }
        let traffic = evidence.traffic.map { traffic in
            var traffic = traffic
            traffic.webACL = transform(traffic.webACL)
            traffic.webACLName = traffic.webACLName.map(transform)
            traffic.ruleMetricName = traffic.ruleMetricName.map(transform)
            traffic.blockedByRule = keys(traffic.blockedByRule)
            traffic.blockedByWebACLRule = keys(traffic.blockedByWebACLRule)
            traffic.countMatchesByRule = keys(traffic.countMatchesByRule)
            traffic.topURIs = top(traffic.topURIs)
            traffic.topCountries = top(traffic.topCountries)
            traffic.topClientIPs = top(traffic.topClientIPs)
            traffic.examples = traffic.examples.map { example in
                var example = example
                example.requestId = example.requestId.map(transform)
                example.uri = transform(example.uri)
                example.query = transform(example.query)
                example.clientIp = transform(example.clientIp)
                example.method = transform(example.method)
                example.rule = transform(example.rule)
                example.matchedData = example.matchedData.map(transform)
                return example
            }
            traffic.files = traffic.files.map(transform)
            return traffic
        }
        return FrontDoorEvidence(images: images, webACLs: webACLs, traffic: traffic)
    }

    /// Applies `transform` (the collecting or masking function) to the control ids and finding identities of the
    /// period's changes.
    /// - Returns: the changes with identities transformed.
    static func mapChanges(_ changes: PeriodChanges?, _ transform: (String) -> String) -> PeriodChanges? {
        guard var changes else { return nil }
        changes.newFailingControls = changes.newFailingControls.map(transform)
        changes.fixedControls = changes.fixedControls.map(transform)
        changes.regressedControls = changes.regressedControls.map(transform)
        changes.newFindings.identities = changes.newFindings.identities.map(transform)
        changes.fixedFindings.identities = changes.fixedFindings.identities.map(transform)
        changes.regressedFindings.identities = changes.regressedFindings.identities.map(transform)
        changes.slaBreaches = changes.slaBreaches.map { breach in
            var breach = breach
            breach.identity = transform(breach.identity)
            return breach
        }
        return changes
    }
}
