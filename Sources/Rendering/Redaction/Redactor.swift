import Foundation
public import ReportModel

/// Masks account ids, ARNs, IP addresses and resource names for the external edition, the same
/// way everywhere in one report: `111122223333` is `account-1` in every table, chart and file.
///
/// Masks are numbered in sorted order of the originals, so the same inputs give the same masks
/// and nothing about the originals (beyond their count) can be read from them.
public struct Redactor: Sendable {
    private let replacements: [String: String]
    /// Resource names taken from ARNs (`shop-prod-exports`), masked wherever they appear as a word.
    private let names: [(pattern: NSRegularExpression, mask: String)]

    /// Builds the masks from every string in the document.
    /// - Parameter document: the document to redact.
    public init(for document: ReportDocument) {
        var found = Tokens()
        _ = Self.mapStrings(document) { text in
            found.collect(from: text)
            return text
        }
        let masks = found.masks()
        replacements = masks
        names = found.names(masks: masks)
    }

    /// The masks in use, original → mask, for tests and the provenance note.
    public var masks: [String: String] { replacements }

    /// The document with every identifying token masked and tag values removed.
    /// - Parameter document: the document.
    /// - Returns: the external edition of it.
    public func redact(_ document: ReportDocument) -> ReportDocument {
        var redacted = Self.mapStrings(document) { mask($0) }
        redacted.context.edition = .external
        redacted.report.findings = redacted.report.findings.map { scored in
            var scored = scored
            scored.finding.resources = scored.finding.resources.map { resource in
                var resource = resource
                resource.tags = resource.tags.map { Resource.Tag(key: $0.key, value: "(redacted)") }
                return resource
            }
            return scored
        }
        return redacted
    }

    /// Masks every known token in a text.
    /// - Parameter text: the text.
    /// - Returns: the masked text.
    public func mask(_ text: String) -> String {
        guard !replacements.isEmpty else { return text }
        var result = text
        for pattern in Tokens.patterns {
            let matches = pattern.matches(in: result, range: NSRange(result.startIndex..., in: result))
            for match in matches.reversed() {
                guard let range = Range(match.range, in: result) else { continue }
                let token = String(result[range])
                if let replacement = replacements[token] { result.replaceSubrange(range, with: replacement) }
            }
        }
        for name in names {
            result = name.pattern.stringByReplacingMatches(
                in: result,
                range: NSRange(result.startIndex..., in: result),
                withTemplate: name.mask
            )
        }
        return result
    }
}

/// The identifying tokens found in a document, by kind.
private struct Tokens {
    /// ARNs first (they contain account ids), then bare account ids, IPs, resource ids, access keys.
    static let patterns: [NSRegularExpression] = [
        #"arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{0,12}:[^\s"'<>|,()\[\]]+"#,
        #"(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])"#,
        #"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9.])"#,
        #"\b(?:i|sg|vpc|subnet|eni|vol|snap|ami|igw|nat|rtb|acl|db|cluster)-[0-9a-f]{8,17}\b"#,
        #"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"#,
        #"\bsha256:[0-9a-f]{64}\b"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    private var arns: Set<String> = []
    private var accounts: Set<String> = []
    private var addresses: Set<String> = []
    private var resourceIds: Set<String> = []
    private var keys: Set<String> = []
    private var digests: Set<String> = []

    mutating func collect(from text: String) {
        let range = NSRange(text.startIndex..., in: text)
        for (index, pattern) in Self.patterns.enumerated() {
            for match in pattern.matches(in: text, range: range) {
                guard let found = Range(match.range, in: text) else { continue }
                let token = String(text[found])
                switch index {
                case 0:
                    arns.insert(token)
                    let parts = token.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
                    if parts.count > 4, parts[4].count == 12 { accounts.insert(String(parts[4])) }
                case 1: accounts.insert(token)
                case 2: addresses.insert(token)
                case 3: resourceIds.insert(token)
                case 4: keys.insert(token)
                default: digests.insert(token)
                }
            }
        }
    }

    /// Names inside ARNs (the last path segment) that look like resource names, not words:
    /// at least six characters with a digit, `-` or `_` (`shop-prod-exports`, not `root`).
    func names(masks: [String: String]) -> [(pattern: NSRegularExpression, mask: String)] {
        var names: [String: String] = [:]
        for arn in arns {
            guard let mask = masks[arn],
                let name = arn.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init),
                name.count >= 6, name.contains(where: { $0.isLetter }),
                name.contains(where: { $0.isNumber || $0 == "-" || $0 == "_" }),
                let masked = mask.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init)
            else { continue }
            names[name] = names[name] ?? masked
        }
        return names.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.compactMap { name, mask in
            let escaped = NSRegularExpression.escapedPattern(for: name)
            guard let pattern = try? NSRegularExpression(pattern: "(?<![A-Za-z0-9_.-])\(escaped)(?![A-Za-z0-9_-])")
            else { return nil }
            return (pattern, NSRegularExpression.escapedTemplate(for: mask))
        }
    }

    func masks() -> [String: String] {
        var masks: [String: String] = [:]
        for (number, account) in accounts.sorted().enumerated() { masks[account] = "account-\(number + 1)" }
        for (number, address) in addresses.sorted().enumerated() { masks[address] = "ip-\(number + 1)" }
        for (number, id) in resourceIds.sorted().enumerated() {
            masks[id] = "\(id.prefix { $0 != "-" })-masked\(number + 1)"
        }
        for (number, key) in keys.sorted().enumerated() { masks[key] = "access-key-\(number + 1)" }
        for (number, digest) in digests.sorted().enumerated() { masks[digest] = "sha256:image-\(number + 1)" }
        for (number, arn) in arns.sorted().enumerated() {
            let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            let service = parts[2]
            let account = parts[4].isEmpty ? "" : (masks[parts[4]] ?? "account")
            let kind = parts[5].split(whereSeparator: { $0 == "/" || $0 == ":" }).first.map(String.init)
            let resource =
                if let kind, parts[5].contains("/") || parts[5].contains(":") {
                    "\(kind)/\(service)-resource-\(number + 1)"
                } else {
                    "\(service)-resource-\(number + 1)"
                }
            masks[arn] = "arn:\(parts[1]):\(service):\(parts[3]):\(account):\(resource)"
        }
        return masks
    }
}
