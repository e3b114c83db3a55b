import Foundation
import ReportModel

extension Redactor {
    /// Checks rendered files for identifiers that survived masking: any original identifier of the
    /// document, any known name standing as a word, and anything shaped like an account id, an
    /// IPv4 or IPv6 address, an e-mail address or an ARN with an account (and in the summary, a CVE).
    /// Run over every file of a masked edition before it is written, so a field the masking missed
    /// stops the run instead of leaking.
    /// - Throws: `RenderError.redactionLeak` naming the first file, line and kind found.
    func checkForLeaks(in files: [RenderedFile]) throws(RenderError) {
        let scanner = IdentifierScanner(vulnerabilities: true)
        var clean = Set<Substring>()
        for file in files {
            for (number, line) in Self.unescaped(file.contents).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
            {
                // Table rows and JSON lines repeat: a line already found clean is not scanned again.
                guard !clean.contains(line) else { continue }
                clean.insert(line)
                for segment in scanner.segments(String(line)) {
                    if let kind = leak(segment) {
                        throw .redactionLeak(file: file.path, line: number + 1, kind: kind)
                    }
                }
            }
            if let kind = leak(.text(file.path)) {
                throw .redactionLeak(file: file.path, line: 0, kind: "\(kind) in the file name")
            }
        }
    }

    private func leak(_ segment: IdentifierScanner.Segment) -> String? {
        switch segment {
        case .text(let text):
            return maskWords(text, only: true) == text ? nil : "resource name"
        case .identifier(let kind, let token):
            if originals.contains(token) { return kind.description }
            switch kind {
            case .account, .ipv4, .ipv6: return kind.description
            case .email: return token.hasSuffix(".invalid") ? nil : kind.description
            case .arn:
                guard let parts = ARNParts(token), !parts.isPublic else { return nil }
                return parts.account.count == 12 && parts.account.allSatisfy(\.isNumber) ? kind.description : nil
            case .vulnerability: return isSummary ? kind.description : nil
            default: return nil
            }
        }
    }

    /// The text as a reader sees it: the HTML's `<wbr/>` break hints removed (so an identifier split
    /// for line breaking is still seen whole), JSON `\/`, HTML entities and Markdown backslash escapes undone.
    private static func unescaped(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "<wbr/>", with: "").replacingOccurrences(of: "\\/", with: "/")
        if result.contains("%") { result = percentDecoded(result) }
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&#34;", "\""),
            ("&amp;", "&"),
        ] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        var plain = ""
        var escaped = false
        for character in result {
            if !escaped, character == "\\" {
                escaped = true
                continue
            }
            if escaped, !(character.isPunctuation || character.isSymbol) { plain.append("\\") }
            escaped = false
            plain.append(character)
        }
        return plain
    }
}

extension IdentifierScanner.Kind: CustomStringConvertible {
    /// The kind in words, for the leak message.
    var description: String {
        switch self {
        case .url: "url"
        case .arn: "arn"
        case .email: "e-mail address"
        case .ipv6: "ipv6 address"
        case .ipv4: "ipv4 address"
        case .host: "host name"
        case .uuid: "id"
        case .resourceId: "resource id"
        case .accessKey: "access key"
        case .digest: "image digest"
        case .account: "account id"
        case .token: "token"
        case .vulnerability: "vulnerability id"
        }
    }
}
