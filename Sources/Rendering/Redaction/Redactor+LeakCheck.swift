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
        // Table rows and JSON lines repeat: a line already found clean is not scanned again. The
        // cache is emptied when it grows large, so it never holds a whole report.json.
        var clean = Set<String>()
        for file in files {
            var number = 0
            func check(_ lines: [Substring]) throws(RenderError) {
                for line in lines {
                    number += 1
                    guard !clean.contains(String(line)) else { continue }
                    if clean.count >= Self.cleanLinesKept { clean.removeAll(keepingCapacity: true) }
                    clean.insert(String(line))
                    for segment in scanner.segments(String(line)) {
                        if let kind = leak(segment) {
                            throw .redactionLeak(file: file.path, line: number, kind: kind)
                        }
                    }
                }
            }
            // The file is read piece by piece (report.json is never whole in memory): its complete
            // lines are unescaped and checked as they arrive. No escape spans a line break, so
            // lines and their numbers are those of the whole file unescaped at once.
            var pending = ""
            do {
                try file.forEachPart { (part: String) throws(RenderError) in
                    pending += part
                    guard let lastBreak = pending.lastIndex(of: "\n") else { return }
                    let complete = pending[...lastBreak]
                    var lines = Self.unescaped(String(complete)).split(
                        separator: "\n",
                        omittingEmptySubsequences: false
                    )
                    lines.removeLast()  // the empty text after the last line break
                    pending = String(pending[pending.index(after: lastBreak)...])
                    try check(lines)
                }
            } catch let error as RenderError {
                throw error
            } catch {
                throw .encodingFailed(String(describing: error))
            }
            try check(Self.unescaped(pending).split(separator: "\n", omittingEmptySubsequences: false))
            if let kind = leak(.text(file.path)) {
                throw .redactionLeak(file: file.path, line: 0, kind: "\(kind) in the file name")
            }
        }
    }

    /// The most clean lines remembered at once.
    private static let cleanLinesKept = 50_000

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
