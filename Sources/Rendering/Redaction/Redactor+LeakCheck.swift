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
        // Table rows and JSON lines repeat: a line already seen is not scanned again. The cache is
        // emptied when it grows large, so it never holds a whole report.json.
        var seen = Set<String>()
        for file in files {
            var number = 0
            var block = LeakCheckBlock()
            var full: [LeakCheckBlock] = []
            // The lines not seen before are scanned a block at a time, joined by line breaks: no pattern
            // matches across a line break, so the block holds an identifier exactly when one of its lines
            // does, and one scan of 64 KB costs what one of a short line does. Full blocks are scanned
            // `blocksAtOnce` at a time on two threads. Only a block that holds one is scanned again line by line, for
            // the first line that does; the first such block in the file is the one reported.
            func scanFull() throws(RenderError) {
                let blocks = full
                full = []
                let redactor = self
                let kinds = InHalves.dealt(count: blocks.count, from: 2) { redactor.firstLeak(in: blocks[$0], scanner) }
                for (found, block) in zip(kinds, blocks) {
                    guard let kind = found else { continue }
                    for (line, text) in zip(block.numbers, block.lines) {
                        if let kind = firstLeak(in: Self.unescaped(text), scanner) {
                            throw .redactionLeak(file: file.path, line: line, kind: kind)
                        }
                    }
                    throw .redactionLeak(file: file.path, line: block.numbers.first ?? 0, kind: kind)
                }
            }
            func endBlock() throws(RenderError) {
                guard !block.lines.isEmpty else { return }
                full.append(block)
                block = LeakCheckBlock()
                if full.count >= Self.blocksAtOnce { try scanFull() }
            }
            func check(_ lines: [Substring]) throws(RenderError) {
                for line in lines {
                    number += 1
                    let text = String(line)
                    guard !seen.contains(text) else { continue }
                    if seen.count >= Self.seenLinesKept { seen.removeAll(keepingCapacity: true) }
                    seen.insert(text)
                    block.add(text, line: number)
                    if block.bytes >= Self.blockBytes { try endBlock() }
                }
            }
            // The file is read piece by piece (report.json is never whole in memory): its complete
            // lines are checked as they arrive, each unescaped on its own (no escape spans a line break).
            var pending = ""
            do {
                try file.forEachPart { (part: String) throws(RenderError) in
                    pending += part
                    guard let lastBreak = pending.utf8.lastIndex(of: UInt8(ascii: "\n")) else { return }
                    let lines = Self.lines(of: pending[..<lastBreak])
                    pending = String(pending[pending.utf8.index(after: lastBreak)...])
                    try check(lines)
                }
            } catch let error as RenderError {
                throw error
            } catch {
                throw .encodingFailed(String(describing: error))
            }
            try check(Self.lines(of: pending[...]))
            try endBlock()
            try scanFull()
            if let kind = leak(.text(file.path)) {
                throw .redactionLeak(file: file.path, line: 0, kind: "\(kind) in the file name")
            }
        }
    }

    /// The most lines remembered as seen at once.
    private static let seenLinesKept = 50_000
    /// How much text is scanned at once.
    private static let blockBytes = 1 << 16
    /// How many blocks are scanned together, dealt to two threads.
    private static let blocksAtOnce = 4

    /// The lines of a text, split at each line feed byte (the last one is what follows the last line feed).
    private static func lines(of text: Substring) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        while let feed = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(text[start..<feed])
            start = text.utf8.index(after: feed)
        }
        lines.append(text[start...])
        return lines
    }

    /// The kind of the first identifier in a block's lines, unescaped and joined by line breaks, that survived
    /// masking, if any.
    private func firstLeak(in block: LeakCheckBlock, _ scanner: IdentifierScanner) -> String? {
        firstLeak(in: block.lines.map(Self.unescaped).joined(separator: "\n"), scanner)
    }

    /// The kind of the first identifier in a text that survived masking, if any.
    private func firstLeak(in text: String, _ scanner: IdentifierScanner) -> String? {
        for segment in scanner.segments(text) {
            if let kind = leak(segment) { return kind }
        }
        return nil
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
        // Most lines hold no break hint, entity, escape or percent sign: they are their own reading.
        let marks: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\\"), UInt8(ascii: "%")]
        guard text.utf8.contains(where: marks.contains) else { return text }
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

/// Lines of a rendered file waiting to be scanned together.
private struct LeakCheckBlock: Sendable {
    /// The lines as written (unescaped when the block is scanned, on the thread that scans it), and their
    /// numbers in the file.
    var lines: [String] = []
    var numbers: [Int] = []
    /// How many bytes the lines hold.
    var bytes = 0

    mutating func add(_ line: String, line number: Int) {
        lines.append(line)
        numbers.append(number)
        bytes += line.utf8.count + 1
    }
}
