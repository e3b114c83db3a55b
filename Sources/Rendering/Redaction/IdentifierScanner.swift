import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds identifiers in any text by their shape: URLs, ARNs, e-mail addresses, IPv6 and IPv4
/// addresses, host names, UUIDs, resource ids, access keys, image digests and account ids (and, in
/// the summary edition, CVE and GHSA ids), and long random-looking tokens (24+ letters and digits). Text between them is returned as plain segments, where
/// the redactor then looks for known resource names.
///
/// One pass over the text with one alternation, so a pseudonym written for one identifier is never
/// scanned again by a later pattern.
struct IdentifierScanner: Sendable {
    /// What an identifier is; the order is the order of the alternation (first match wins).
    enum Kind: String, CaseIterable, Sendable {
        case url, arn, email, ipv6, ipv4, host, uuid, resourceId, accessKey, digest, account, token, vulnerability
    }

    /// A piece of scanned text.
    enum Segment: Equatable {
        /// Text that matched no pattern.
        case text(String)
        /// An identifier, with its kind.
        case identifier(Kind, String)
    }

    private static let sources: [Kind: String] = [
        .url: #"\b(?:https?|s3|ftp|wss?)://[^\s"'<>()\[\]{}|\\^`]+"#,
        .arn: #"\barn:aws[a-z-]*:[a-z0-9*-]*:[a-z0-9*-]*:[A-Za-z0-9*-]*:[^\s"'<>|,()\[\]{}]+"#,
        .email: #"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#,
        .ipv6:
            #"(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{1,4}:|::?)(?:[0-9A-Fa-f]{0,4}:){1,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{1,4})?(?![0-9A-Za-z:])"#,
        .ipv4:
            #"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9])(?!\.[0-9])"#,
        .host:
            #"(?<![A-Za-z0-9._%+@-])(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z-]{0,62}[A-Za-z]|ip-(?:[0-9]{1,3}-){3}[0-9]{1,3})(?![A-Za-z0-9-])"#,
        .uuid: #"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"#,
        .resourceId: #"\b(?:[a-z][a-z0-9]{0,15}-[0-9a-f]{8,17}|(?:db|cluster)-[A-Z0-9]{20,32})\b"#,
        .accessKey: #"\b(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA)[A-Z0-9]{16}\b"#,
        .digest: #"\bsha256:[0-9a-f]{64}\b"#,
        .account: #"(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])"#,
        .token:
            #"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])"#,
        .vulnerability: #"\b(?:CVE-[0-9]{4}-[0-9]{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})\b"#,
    ]

    /// Top-level labels of host names: generic TLDs, private suffixes and common country codes
    /// (a list, so `report.md`, `install.sh` and `waf.managed.ip` are not taken for hosts).
    private static let hostSuffixes: Set<String> = [
        "com", "net", "org", "io", "dev", "app", "cloud", "internal", "local", "lan", "corp", "home",
        "example", "invalid", "test", "info", "biz", "xyz", "online", "site", "tech", "shop", "store",
        "aws", "amazon", "team", "services", "gov", "edu", "mil", "int", "localdomain", "intranet", "priv",
        "jp", "uk", "de", "fr", "eu", "us", "ca", "au", "nz", "in", "sg", "hk", "kr", "cn", "tw", "nl", "be",
        "ch", "at", "se", "no", "dk", "fi", "ie", "it", "es", "pt", "pl", "cz", "br", "mx", "ar", "za", "co",
        "me", "tv", "cc", "ru", "ua", "il", "tr", "ai", "gg", "ly", "to", "vn", "th", "my", "id", "ph", "cl",
    ]

    /// The kinds a match can be rejected as (an invalid IPv6 address, `0.0.0.0`, a file name that
    /// looks like a host): the rejected text is scanned again without that kind, so an account id
    /// inside `210987654321.csv` is still found.
    private static let rejectable: [Kind] = [.ipv6, .ipv4, .host]

    /// One alternation per set of excluded kinds.
    private let patterns: [Set<Kind>: (expression: NSRegularExpression, kinds: [Kind])]

    /// Creates a scanner.
    /// - Parameter vulnerabilities: whether CVE and GHSA ids count as identifiers (summary edition).
    init(vulnerabilities: Bool) {
        let base = Kind.allCases.filter { vulnerabilities || $0 != .vulnerability }
        var patterns: [Set<Kind>: (expression: NSRegularExpression, kinds: [Kind])] = [:]
        for mask in 0..<(1 << Self.rejectable.count) {
            let excluded = Set(Self.rejectable.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            let kinds = base.filter { !excluded.contains($0) }
            let alternation = kinds.map { "(\(Self.sources[$0] ?? "(?!)"))" }.joined(separator: "|")
            guard let compiled = try? NSRegularExpression(pattern: alternation) else {
                // The patterns are constants of this file: every test would stop here.
                fatalError("the identifier patterns do not compile")
            }
            patterns[excluded] = (compiled, kinds)
        }
        self.patterns = patterns
    }

    /// Splits a text into plain and identifier segments.
    /// - Returns: the segments, in order; joined, they give the text back.
    func segments(_ text: String) -> [Segment] {
        var segments: [Segment] = []
        scan(text, excluding: [], into: &segments)
        // Adjacent plain pieces (left by rejected matches) are joined, so names spanning them are found.
        var merged: [Segment] = []
        for segment in segments {
            if case .text(let next) = segment, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + next)
            } else {
                merged.append(segment)
            }
        }
        return merged
    }

    private func scan(_ text: String, excluding: Set<Kind>, into segments: inout [Segment]) {
        guard !text.isEmpty else { return }
        guard let pattern = patterns[excluding] else {
            segments.append(.text(text))
            return
        }
        var plainStart = text.startIndex
        let matches = pattern.expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches {
            // The match's bounds as scalar positions: `Range(_:in:)` is nil for a match that ends inside a character
            // (an account id whose last digit carries a combining mark), which was then left unmasked and unchecked.
            let lower = String.Index(utf16Offset: match.range.location, in: text)
            let whole = lower..<String.Index(utf16Offset: NSMaxRange(match.range), in: text)
            guard whole.lowerBound >= plainStart,
                let index = (1...pattern.kinds.count).first(where: { match.range(at: $0).location != NSNotFound })
            else { continue }
            let kind = pattern.kinds[index - 1]
            var token = String(text[whole])
            if kind == .url || kind == .arn || kind == .email || kind == .host {
                while let last = token.last, ".,;:!?'\")]}".contains(last) { token.removeLast() }
            }
            if plainStart < whole.lowerBound { segments.append(.text(String(text[plainStart..<whole.lowerBound]))) }
            if Self.accepts(kind, token) {
                segments.append(.identifier(kind, token))
                plainStart = text.utf16.index(whole.lowerBound, offsetBy: token.utf16.count)
            } else {
                scan(String(text[whole]), excluding: excluding.union([kind]), into: &segments)
                plainStart = whole.upperBound
            }
        }
        if plainStart < text.endIndex { segments.append(.text(String(text[plainStart...]))) }
    }

    /// Checks the shapes a regular expression cannot: a valid IPv6 address, a host-like suffix, an
    /// address that is not "anywhere".
    private static func accepts(_ kind: Kind, _ token: String) -> Bool {
        switch kind {
        case .ipv6:
            guard token != "::", token != "::1" else { return false }
            var address = in6_addr()
            return inet_pton(AF_INET6, token, &address) == 1
        case .ipv4:
            return !["0.0.0.0", "255.255.255.255", "127.0.0.1"].contains(token)
        case .host:
            // `ip-10-1-2-3`: an EC2 private DNS name, which spells the private address.
            if token.hasPrefix("ip-"), !token.contains(".") { return true }
            guard let suffix = token.split(separator: ".").last.map({ $0.lowercased() }) else { return false }
            return hostSuffixes.contains(suffix)
        default:
            return !token.isEmpty
        }
    }
}
