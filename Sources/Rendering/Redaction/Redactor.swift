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

    private let pseudonyms: Pseudonyms
    private let scanner: IdentifierScanner
    /// Whole-field names: original → pseudonym.
    private let exact: [String: String]
    /// Distinctive names, also masked where they stand as a word in free text.
    private let words: [String: String]
    /// Every original identifier the document holds that masking replaces, for the leak check.
    private(set) var originals: Set<String> = []
    /// Names checked for in the rendered files: the distinctive ones with a digit or `- _ / . :`,
    /// which template text does not contain.
    private let checkedWords: [String: String]
    /// Whether the pseudonyms come from the user's redaction key (stable across months).
    public let isKeyed: Bool
    private let edition: ReportContext.Edition
    /// Hosts that start the names of scanned packages (`golang.org` of `golang.org/x/net`): public
    /// package names, not the customer's hosts.
    private let packageHosts: Set<String>

    /// Finds every identifier of the document and prepares its pseudonym.
    /// - Parameter document: the document to redact; its context gives the edition and the key.
    public init(for document: ReportDocument) {
        let edition = document.context.edition == .internal ? .redacted : document.context.edition
        self.edition = edition
        packageHosts = Set(
            document.report.evidence.images.flatMap(\.findings).compactMap { finding in
                finding.packageName?.split(separator: "/").first.map { $0.lowercased() }
            }
        )
        let scanner = IdentifierScanner(vulnerabilities: edition == .summary)
        self.scanner = scanner
        var found = Set<String>()
        var arns = Set<String>()
        var seen = Set<String>()
        _ = Self.mapStrings(document) { text in
            // Titles, descriptions and resource ids repeat across findings: each is scanned once.
            guard seen.insert(text).inserted else { return text }
            for case .identifier(let kind, let token) in scanner.segments(text) {
                found.insert(token)
                if kind == .arn { arns.insert(token) }
            }
            return text
        }
        var named: [(prefix: String, original: String)] = []
        for arn in arns.sorted() {
            guard let parsed = ARNParts(arn), !parsed.isPublic else { continue }
            if parsed.account.count == 12 { found.insert(parsed.account) }
            for name in parsed.names where !name.contains("*") && !Self.isWholeIdentifier(name, scanner) {
                named.append((parsed.service, name))
            }
        }
        // A name the scanner recognises by its shape (an instance id, a host) is masked by shape
        // everywhere, so it gets the same pseudonym in its own field and in free text.
        named += Self.structuredNames(document).filter { !Self.isWholeIdentifier($0.original, scanner) }
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
        originals = found.filter { !$0.isEmpty && mask($0) != $0 }
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
    /// - Parameter document: the document.
    /// - Returns: the masked document.
    public func redact(_ document: ReportDocument) -> ReportDocument {
        var masked: [String: String] = [:]
        var redacted = Self.mapStrings(document) { text in
            if let known = masked[text] { return known }
            let result = mask(text)
            masked[text] = result
            return result
        }
        redacted.context.edition = edition
        redacted.context.redactionKey = nil
        redacted.report.findings = redacted.report.findings.map { scored in
            var scored = scored
            scored.finding.resources = scored.finding.resources.map { resource in
                var resource = resource
                resource.tags = resource.tags.map { Resource.Tag(key: $0.key, value: "(redacted)") }
                return resource
            }
            return scored
        }
        // A query string carries tokens and personal data in any shape: it is replaced whole.
        let evidence = redacted.report.evidence
        redacted.report.evidence = FrontDoorEvidence(
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
    /// - Parameter text: the text.
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

    private func maskARN(_ arn: String) -> String {
        guard let parts = ARNParts(arn) else { return pseudonyms.name("arn", arn) }
        if parts.isPublic { return arn }
        let account =
            parts.account.isEmpty || parts.account == "aws"
            ? parts.account
            : (parts.account.allSatisfy(\.isNumber) ? pseudonyms.name("account", parts.account) : mask(parts.account))
        let names = parts.names.map { name in
            if let whole = exact[name] { return whole }
            if name.contains("*") { return maskGlob(name, service: parts.service) }
            if Self.isWholeIdentifier(name, scanner) { return mask(name) }
            return pseudonyms.name(parts.service, name)
        }
        let resource = parts.rebuild(names)
        return "arn:\(parts.partition):\(parts.service):\(parts.region):\(account):\(resource)"
    }

    /// `shop/web/*` → `ecr-3hf8a2kc/*`: the literal parts of a pattern get the pseudonyms of the
    /// names they are, so a reader still sees which repository a pattern covers.
    private func maskGlob(_ glob: String, service: String) -> String {
        var result = ""
        for (index, piece) in glob.split(separator: "*", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result += "*" }
            var core = Substring(piece)
            var leading = ""
            var trailing = ""
            while let first = core.first, "/:".contains(first) {
                leading.append(first)
                core = core.dropFirst()
            }
            while let last = core.last, "/:".contains(last) {
                trailing = String(last) + trailing
                core = core.dropLast()
            }
            guard !core.isEmpty else {
                result += piece
                continue
            }
            result += leading + (exact[String(core)] ?? pseudonyms.name(service, String(core))) + trailing
        }
        return result
    }

    private func maskURL(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return pseudonyms.name("url", url) }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        let rest = url[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
        let authority = rest[..<hostEnd]
        let host =
            (authority.split(separator: "@").last.map(String.init) ?? "")
            .split(separator: ":").first.map { $0.lowercased() } ?? ""
        var path = String(rest[hostEnd...])
        var query = ""
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let question = path.firstIndex(of: "?") {
            query = String(path[path.index(after: question)...])
            path = String(path[..<question])
        }
        let isPublic =
            Self.publicHosts.contains(host) && !authority.contains("@")
            && (host != "github.com" || path.hasPrefix("/advisories/"))
        guard isPublic else { return "\(scheme)://\(pseudonyms.name("url", url)).invalid/" }
        var masked = "\(scheme)://\(host)\(mask(path))"
        if !query.isEmpty { masked += "?\(pseudonyms.name("query", query))" }
        if !fragment.isEmpty { masked += "#\(pseudonyms.name("fragment", fragment))" }
        return masked
    }

    /// Masks known names where they stand as words: runs of name characters are split at `/ . : = +`
    /// and the longest known name at each place is replaced.
    func maskWords(_ text: String, only checked: Bool = false) -> String {
        let words = checked ? checkedWords : words
        guard !words.isEmpty else { return text }
        var result = ""
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            result += maskRun(run, words)
            run = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || "_-./:=+".contains(character) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    private func maskRun(_ run: String, _ words: [String: String]) -> String {
        if let whole = words[run] { return whole }
        var pieces: [String] = [""]
        for character in run {
            if "/.:=+".contains(character) {
                pieces.append(String(character))
                pieces.append("")
            } else {
                pieces[pieces.count - 1].append(character)
            }
        }
        var result = ""
        var index = 0
        while index < pieces.count {
            var matched = false
            if index % 2 == 0 {
                var end = min(pieces.count - 1, index + 16)
                while end >= index {
                    let candidate = pieces[index...end].joined()
                    if let pseudonym = words[candidate] {
                        result += pseudonym
                        index = end + 1
                        matched = true
                        break
                    }
                    end -= 2
                }
            }
            if !matched {
                result += pieces[index]
                index += 1
            }
        }
        return result
    }

    /// The text with every valid `%XX` sequence decoded (others stay), when the result is UTF-8.
    static func percentDecoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self) ?? text
    }

    /// `file-code.json`: the extension stays, so the reader still sees what kind of file it was.
    private static func filePseudonym(_ path: String, _ pseudonyms: Pseudonyms) -> String {
        if path == "-" { return "-" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let knownExtensions = [".jsonl.gz", ".json.gz", ".jsonl", ".json", ".gz", ".log", ".ndjson"]
        let suffix = knownExtensions.first { name.lowercased().hasSuffix($0) } ?? ""
        return "\(pseudonyms.name("file", path))\(suffix)"
    }

    /// Words that name things in prose and in control titles; a resource called `default` is masked
    /// in its own field but not wherever the word occurs.
    private static let commonWords: Set<String> = [
        "default", "defaults", "primary", "secondary", "private", "public", "internal", "external", "production",
        "staging", "development", "testing", "service", "services", "security", "network", "account", "accounts",
        "backup", "backups", "logging", "logs", "monitoring", "database", "storage", "bucket", "buckets", "access",
        "admin", "administrator", "administrators", "readonly", "billing", "support", "platform", "application",
        "frontend", "backend", "website", "latest", "stable", "release", "master", "main",
    ]

    /// A name that is masked as a word in free text: four characters or more with a digit or one of
    /// `- _ / . :`, or six letters or more that are not a common word.
    static func isDistinctive(_ name: String) -> Bool {
        guard name.count >= 4, !name.allSatisfy(\.isNumber) else { return false }
        if name.contains(where: { $0.isNumber || "-_/.:".contains($0) }) { return true }
        return name.count >= 6 && !commonWords.contains(name.lowercased())
    }
}
