import Foundation

/// Finds string literals in Swift source that read like user-facing English: two or more lowercase words
/// separated by spaces. Comments are skipped; an interpolation counts as one placeholder word (`X`), and
/// string literals inside it are scanned on their own.
struct ProseScanner {
    /// One literal that looks like prose.
    struct Hit: Equatable, CustomStringConvertible {
        /// The file, relative to the repository root.
        var file: String
        /// The 1-based line the literal starts on.
        var line: Int
        /// The literal's text, interpolations written as `X`.
        var text: String

        /// `file:line: "text"`.
        var description: String { "\(file):\(line): \"\(text)\"" }
    }

    /// Two lowercase words with a space between: `no findings`, `X findings of X`.
    static let prosePattern = #"[a-z][a-z'’-]* +[a-z][a-z'’-]*"#

    /// The literals of one file's source that read like prose.
    /// - Parameters:
    ///   - source: the Swift text.
    ///   - file: the name to report.
    /// - Returns: the hits, in order.
    static func scan(_ source: String, file: String) -> [Hit] {
        literals(in: source).filter { $0.text.range(of: prosePattern, options: .regularExpression) != nil }
            .map { Hit(file: file, line: $0.line, text: $0.text) }
    }

    /// Every string literal's text with its starting line.
    static func literals(in source: String) -> [(line: Int, text: String)] {
        var reader = Reader(Array(source.unicodeScalars))
        var found: [(line: Int, text: String)] = []
        reader.code(until: nil, into: &found)
        return found.sorted { $0.line < $1.line }
    }

    /// A cursor over the source's scalars.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        func starts(with text: String) -> Bool {
            for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar { return false }
            return true
        }

        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count where index < scalars.count {
                if scalars[index] == "\n" { line += 1 }
                index += 1
            }
        }

        /// Reads code up to an unbalanced `terminator` (`)` ending an interpolation), collecting literals.
        mutating func code(until terminator: Unicode.Scalar?, into found: inout [(line: Int, text: String)]) {
            var depth = 0
            while let scalar = peek() {
                if starts(with: "//") {
                    while let next = peek(), next != "\n" { advance() }
                } else if starts(with: "/*") {
                    blockComment()
                } else if scalar == "#" || scalar == "\"" {
                    var hashes = 0
                    while peek(hashes) == "#" { hashes += 1 }
                    guard peek(hashes) == "\"" else {
                        advance()
                        continue
                    }
                    advance(hashes)
                    found.append(literal(hashes: hashes, into: &found))
                } else if scalar == "(" {
                    depth += 1
                    advance()
                } else if scalar == ")" {
                    if depth == 0, terminator == ")" {
                        advance()
                        return
                    }
                    depth -= 1
                    advance()
                } else {
                    advance()
                }
            }
        }

        mutating func blockComment() {
            var depth = 0
            repeat {
                if starts(with: "/*") {
                    depth += 1
                    advance(2)
                } else if starts(with: "*/") {
                    depth -= 1
                    advance(2)
                } else {
                    advance()
                }
            } while depth > 0 && peek() != nil
        }

        /// Reads a literal from its opening quote; `hashes` is the raw-string delimiter count.
        mutating func literal(hashes: Int, into found: inout [(line: Int, text: String)]) -> (line: Int, text: String) {
            let startLine = line
            let multiline = starts(with: "\"\"\"")
            advance(multiline ? 3 : 1)
            let delimiter = String(repeating: "#", count: hashes)
            let close = (multiline ? "\"\"\"" : "\"") + delimiter
            let escape = "\\" + delimiter
            var text = ""
            while peek() != nil {
                if starts(with: close) {
                    advance(close.unicodeScalars.count)
                    break
                }
                if starts(with: escape) {
                    advance(escape.unicodeScalars.count)
                    if peek() == "(" {
                        advance()
                        code(until: ")", into: &found)
                        text += "X"
                    } else if let next = peek() {
                        text.unicodeScalars.append(next == "n" ? " " : next)
                        advance()
                    }
                    continue
                }
                if let scalar = peek() { text.unicodeScalars.append(scalar == "\n" ? " " : scalar) }
                advance()
            }
            return (startLine, text)
        }
    }
}

/// The justified exceptions: one `path: literal` per line (the literal exactly, spaces included), `#` starts a
/// comment line.
struct ProseAllowlist {
    /// `path: literal` entries.
    var entries: Set<String>

    /// Parses the file's text.
    /// - Parameter text: the allowlist.
    init(_ text: String) {
        entries = Set(
            text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
        )
    }

    /// Whether a hit is allowed.
    /// - Returns: true when `file: text` is listed.
    func allows(_ hit: ProseScanner.Hit) -> Bool { entries.contains("\(hit.file): \(hit.text)") }
}
