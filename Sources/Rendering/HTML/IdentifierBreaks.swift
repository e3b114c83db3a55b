/// Marks where long identifiers (ARNs, image digests, rule names, paths) may break, so a narrow
/// column or an A4 page wraps them at sensible points rather than one character a line.
///
/// Works on the finished, escaped HTML: inside every `td`, `dd` or `span` whose class list holds
/// `wrap`, it adds `<wbr/>` after `/` and `:` (after the last of `:::`), before the capital of a camel-case hump, and after
/// every 20 characters that offer no break at all (a digest's hex). Tags and character references
/// pass through untouched, and `<wbr/>` adds no character, so copying an ARN still copies the ARN.
enum IdentifierBreaks {
    /// The longest run of characters left without a break opportunity.
    static let longestRun = 20

    private static let elements: Set<String> = ["td", "dd", "span"]

    /// Adds the break opportunities.
    /// - Parameter html: the rendered report.html.
    /// - Returns: the same document with `<wbr/>` inside identifier cells.
    static func insert(into html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + html.utf8.count / 16)
        var index = html.startIndex
        var open: (name: String, depth: Int)? = nil
        var run = 0
        var previous: Character = " "
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let end = html[index...].firstIndex(of: ">") {
                let tag = html[index...end]
                output += tag
                index = html.index(after: end)
                open = track(tag, open)
                run = 0
                previous = " "
                continue
            }
            guard open != nil else {
                output.append(character)
                index = html.index(after: index)
                continue
            }
            if character == "&", let end = html[index...].firstIndex(of: ";"),
                html.distance(from: index, to: end) <= 10
            {
                if run >= longestRun {
                    output += "<wbr/>"
                    run = 0
                }
                output += html[index...end]
                index = html.index(after: end)
                run += 1
                previous = "x"
                continue
            }
            if character.isWhitespace || character == "-" || isWide(character) {
                run = 0
            } else if character.isUppercase && previous.isLowercase && run > 0 {
                output += "<wbr/>"
                run = 0
            } else if run >= longestRun {
                output += "<wbr/>"
                run = 0
            }
            output.append(character)
            index = html.index(after: index)
            let next = index < html.endIndex ? html[index] : " "
            if (character == "/" || character == ":") && next != "/" && next != ":" {
                output += "<wbr/>"
                run = 0
            } else if !(character.isWhitespace || character == "-" || isWide(character)) {
                run += 1
            }
            previous = character
        }
        return output
    }

    /// Follows which identifier element the scan is inside, if any.
    private static func track(_ tag: Substring, _ open: (name: String, depth: Int)?) -> (name: String, depth: Int)? {
        let closing = tag.hasPrefix("</")
        let selfClosing = tag.hasSuffix("/>")
        let body = tag.dropFirst(closing ? 2 : 1)
        let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
        if var current = open {
            guard name == current.name, !selfClosing else { return current }
            current.depth += closing ? -1 : 1
            return current.depth == 0 ? nil : current
        }
        guard !closing, !selfClosing, elements.contains(name), hasWrapClass(tag) else { return nil }
        return (name, 1)
    }

    private static func hasWrapClass(_ tag: Substring) -> Bool {
        guard let start = tag.firstRange(of: " class=\"") else { return false }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return value.split(separator: " ").contains("wrap")
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
    }
}
