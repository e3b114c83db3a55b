/// A link that passed the http/https allowlist, ready for a template.
///
/// Anything else (`javascript:`, `data:`, relative paths, text with spaces or quotes) never becomes
/// a link: the report shows no link rather than a dangerous one.
struct SafeLink: Sendable, Equatable {
    /// The longest URL linked (what browsers and servers are known to take): a longer one is only a crafted export's,
    /// and the page shows no link for it.
    static let longest = 2_048
    /// The URL for `href` (HTML escapes it) or for a Markdown link target (parentheses and spaces encoded).
    let href: String

    /// Accepts only absolute `http://` and `https://` URLs with a host, no whitespace or control characters, and at
    /// most `longest` bytes.
    /// - Parameters:
    ///   - url: the URL as found in the data.
    ///   - escape: the output format's escaping.
    init?(_ url: String?, escape: TextEscaper) {
        guard let url, url.utf8.count <= Self.longest else { return nil }
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = url.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = url.dropFirst(7)
        } else {
            return nil
        }
        guard let first = rest.first, first != "/",
            !url.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`".unicodeScalars.contains($0)
            })
        else { return nil }
        switch escape {
        case .html:
            href = url
        case .markdown:
            href = url.replacingParentheses
        }
    }
}

extension String {
    /// The URL with what Markdown would read in a link target percent-encoded: each one wherever it is, also where a
    /// combining mark follows it (compared as `Character`s, `)` and a mark were not `)`, and the `)` ended the target).
    fileprivate var replacingParentheses: String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "(": result += "%28"
            case ")": result += "%29"
            case "|": result += "%7C"
            case "*": result += "%2A"
            case "_": result += "%5F"
            case "[": result += "%5B"
            case "]": result += "%5D"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
