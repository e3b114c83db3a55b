import Foundation
public import ReportModel

/// Masks every identifier of the redacted and summary editions: account ids, ARNs, resource ids and
/// names, repository and image names, web ACL and rule names, IPv4 and IPv6 addresses, host names,
/// e-mail addresses, URLs with their queries, tokens, tag values, input file paths and acceptance
/// patterns, also where they stand inside titles, descriptions, notes and reasons.
///
/// Identifiers are found two ways: by shape in any text (`IdentifierScanner`), and by name, where
/// a structured field (a resource id, a repository, a web ACL, a rule, a tag value, an ARN's
/// resource part) names something that free text may mention again. Each original gets one
/// pseudonym (`Pseudonyms`), the same in every file of the run and, with a redaction key, in every
/// month. docs/editions.md lists what is masked and why.
public struct Redactor: Sendable {
    /// Hosts whose URLs are public reference pages: the host and path stay readable; a query or
    /// fragment is still masked.
    static let publicHosts: Set<String> = [
        "docs.aws.amazon.com", "aws.amazon.com", "console.aws.amazon.com", "alas.aws.amazon.com",
        "explore.alas.aws.amazon.com", "amazon.com", "amazonaws.com", "nvd.nist.gov", "cve.mitre.org",
        "cwe.mitre.org", "www.cve.org", "cve.org", "owasp.org", "security-tracker.debian.org", "ubuntu.com",
        "access.redhat.com", "github.com",
    ]

    let pseudonyms: Pseudonyms
    let scanner: IdentifierScanner
    /// Whole-field names: original → pseudonym.
    let exact: [String: String]
    /// Distinctive names, also masked where they stand as a word in free text.
    let words: [String: String]
    /// Every original identifier the document holds that masking replaces, for the leak check.
    private(set) var originals: Set<String> = []
    /// Names checked for in the rendered files: the distinctive ones with a digit or `- _ / . :`,
    /// which template text does not contain.
    let checkedWords: [String: String]
    /// Whether the pseudonyms come from the user's redaction key (stable across months).
    public let isKeyed: Bool
    private let edition: ReportContext.Edition
    /// Hosts that start the names of scanned packages (`golang.org` of `golang.org/x/net`): public
    /// package names, not the customer's hosts.
    let packageHosts: Set<String>

    /// Finds every identifier of the document and prepares its pseudonym.
    /// - Parameter document: the document to redact; its context gives the edition and the key.
    public init(for document: ReportDocument) {
        let edition = document.context.edition == .internal ? .redacted : document.context.edition
        self.edition = edition
        packageHosts = Set(
            document.report.frontDoor.images.flatMap(\.findings).compactMap { finding in
                finding.packageName?.split(separator: "/").first.map { $0.lowercased() }
            }
        )
        let scanner = IdentifierScanner(vulnerabilities: edition == .summary)
        self.scanner = scanner
        var found = Set<String>()
        var arns = Set<String>()
        // Titles, descriptions and resource ids repeat across findings: each is scanned once, on two threads.
        let texts = Self.distinctStrings(document)
        let identifiers = InHalves.dealt(count: texts.count, from: Self.twoThreadsFrom) { index in
            scanner.segments(texts[index]).compactMap { segment -> IdentifierScanner.Segment? in
                if case .identifier = segment { return segment }
                return nil
            }
        }
        for case .identifier(let kind, let token) in identifiers.joined() {
            found.insert(token)
            if kind == .arn { arns.insert(token) }
        }
        var named: [(prefix: String, original: String)] = []
        // The ARNs' accounts and names, read on two threads.
        let arnList = arns.sorted()
        let arnParts = InHalves.dealt(count: arnList.count, from: Self.twoThreadsFrom) {
            index -> (account: String?, names: [(prefix: String, original: String)]) in
            guard let parsed = ARNParts(arnList[index]), !parsed.isPublic else { return (nil, []) }
            let names = parsed.names.filter { name in !name.contains("*") && !Self.isWholeIdentifier(name, scanner) }
            return (parsed.account.count == 12 ? parsed.account : nil, names.map { (parsed.service, $0) })
        }
        for parts in arnParts {
            if let account = parts.account { found.insert(account) }
            named += parts.names
        }
        // A name the scanner recognises by its shape (an instance id, a host) is masked by shape
        // everywhere, so it gets the same pseudonym in its own field and in free text.
        // Each name once (the first field to give it names it): most resource ids repeat across findings.
        var structured = Set<String>()
        let candidates = Self.structuredNames(document).filter { structured.insert($0.original).inserted }
        let whole = InHalves.dealt(count: candidates.count, from: Self.twoThreadsFrom) {
            Self.isWholeIdentifier(candidates[$0].original, scanner)
        }
        named += zip(candidates, whole).filter { !$0.1 }.map(\.0)
        for name in named { found.insert(name.original) }
        let keyed = document.context.redactionKey != nil
        let pseudonyms =
            document.context.redactionKey.map { Pseudonyms(secret: $0) } ?? Pseudonyms(originals: found)
        var exact: [String: String] = [:]
        var words: [String: String] = [:]
        for name in named where !name.original.isEmpty && exact[name.original] == nil {
            let pseudonym =
                name.prefix == "file"
                ? Self.filePseudonym(name.original, pseudonyms)
                : pseudonyms.name(name.prefix, name.original)
            exact[name.original] = pseudonym
            if Self.isDistinctive(name.original) { words[name.original] = pseudonym }
        }
        self.pseudonyms = pseudonyms
        self.exact = exact
        self.words = words
        self.isKeyed = keyed
        checkedWords = words.filter { name, _ in name.contains { $0.isNumber || "-_/.:".contains($0) } }
        // Each identifier masked once, on two threads.
        let foundList = Array(found)
        let redactor = self
        let replaced = InHalves.dealt(count: foundList.count, from: Self.twoThreadsFrom) { index in
            !foundList[index].isEmpty && redactor.mask(foundList[index]) != foundList[index]
        }
        originals = Set(zip(foundList, replaced).filter(\.1).map(\.0))
    }

    /// From how many items the redactor's work is dealt to two threads: each item is a regular-expression scan or
    /// a masking (tens of microseconds and more), as costly as a hand-over.
    static let twoThreadsFrom = 64

    /// Every distinct text of the document, in the order `mapStrings` meets them.
    static func distinctStrings(_ document: ReportDocument) -> [String] {
        var seen = Set<String>()
        var texts: [String] = []
        _ = mapStrings(document) { text in
            if seen.insert(text).inserted { texts.append(text) }
            return text
        }
        return texts
    }

    /// Whether the scanner recognises the whole text as one identifier (an instance id, a digest).
    static func isWholeIdentifier(_ text: String, _ scanner: IdentifierScanner) -> Bool {
        let segments = scanner.segments(text)
        guard segments.count == 1, case .identifier(let kind, let token) = segments[0] else { return false }
        // A long name is shaped like a token, but as a name it keeps one pseudonym wherever it stands.
        return token == text && kind != .token
    }

    /// Whether this is the summary edition (CVE ids are masked too).
    var isSummary: Bool { edition == .summary }

    /// The document with every identifier masked and tag values removed, in the redactor's edition.
    /// - Returns: the masked document.
    public func redact(_ document: ReportDocument) -> ReportDocument {
        // Each distinct text is masked once, on two threads.
        let texts = Self.distinctStrings(document)
        let redactor = self
        let maskedTexts = InHalves.dealt(count: texts.count, from: Self.twoThreadsFrom) { index in
            redactor.mask(texts[index])
        }
        let masked = Dictionary(zip(texts, maskedTexts)) { first, _ in first }
        var redacted = Self.mapStrings(document) { text in masked[text] ?? mask(text) }
        redacted.context.edition = edition
        redacted.context.redactionKey = nil
        redacted.report.findings = redacted.report.findings.map { scored in
            var scored = scored
            scored.finding.resources = scored.finding.resources.map { resource in
                var resource = resource
                // A key can carry a name too (`kubernetes.io/cluster/<cluster>` on every EKS node): masked as text.
                resource.tags = resource.tags.map { Resource.Tag(key: mask($0.key), value: "(redacted)") }
                return resource
            }
            return scored
        }
        // A query string carries tokens and personal data in any shape: it is replaced whole.
        let evidence = redacted.report.frontDoor
        redacted.report.frontDoor = FrontDoorEvidence(
            images: evidence.images,
            webACLs: evidence.webACLs,
            traffic: evidence.traffic.map { traffic in
                var traffic = traffic
                traffic.examples = traffic.examples.map { example in
                    var example = example
                    example.query = example.query.isEmpty ? "" : pseudonyms.name("query", example.query)
                    return example
                }
                return traffic
            }
        )
        return redacted
    }

    /// Masks every identifier in a text: a whole-field name, identifiers by shape, known names as words.
    /// - Returns: the masked text.
    public func mask(_ text: String) -> String {
        if let whole = exact[text] { return whole }
        // `jane.doe%40acme.example` in a URI is an e-mail address: encoded text is masked decoded.
        let text = text.contains("%") ? Self.percentDecoded(text) : text
        if let whole = exact[text] { return whole }
        var result = ""
        for segment in scanner.segments(text) {
            switch segment {
            case .text(let plain): result += maskWords(plain)
            case .identifier(let kind, let token): result += replacement(kind, token)
            }
        }
        return result
    }

    private func replacement(_ kind: IdentifierScanner.Kind, _ token: String) -> String {
        if let whole = exact[token] { return whole }
        switch kind {
        case .url: return maskURL(token)
        case .arn: return maskARN(token)
        case .email: return "\(pseudonyms.name("person", token.lowercased()))@example.invalid"
        case .ipv6: return pseudonyms.name("ipv6", token.lowercased())
        case .ipv4: return pseudonyms.name("ip", token)
        case .host:
            return Self.publicHosts.contains(token.lowercased()) || packageHosts.contains(token.lowercased())
                ? token : "\(pseudonyms.name("host", token.lowercased())).invalid"
        case .uuid: return pseudonyms.name("id", token.lowercased())
        case .resourceId:
            return "\(token.prefix { $0 != "-" })-masked-\(pseudonyms.code(token))"
        case .accessKey: return pseudonyms.name("access-key", token)
        case .digest: return "sha256:\(pseudonyms.name("image", token))"
        case .account: return pseudonyms.name("account", token)
        case .token: return pseudonyms.name("token", token)
        case .vulnerability: return pseudonyms.name("vulnerability", token)
        }
    }

    /// `file-code.json`: the extension stays, so the reader still sees what kind of file it was.
    private static func filePseudonym(_ path: String, _ pseudonyms: Pseudonyms) -> String {
        if path == "-" { return "-" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let knownExtensions = [".jsonl.gz", ".json.gz", ".jsonl", ".json", ".gz", ".log", ".ndjson"]
        let suffix = knownExtensions.first { name.lowercased().hasSuffix($0) } ?? ""
        return "\(pseudonyms.name("file", path))\(suffix)"
    }
}
