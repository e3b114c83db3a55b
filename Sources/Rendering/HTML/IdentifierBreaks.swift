import ReportModel

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
    /// A break opportunity's bytes, as the byte path appends them.
    private static let wbrBytes = Array("<wbr/>".utf8)

    /// The identifier elements' names as `nameKey` packs them.
    private static let elements: Set<UInt64> = [nameKey("td"), nameKey("dd"), nameKey("span")]

    /// The longest word a cell of short words keeps whole (`words`): Security Hub's control ids (`CloudTrail.5`,
    /// `ElasticBeanstalk.3`), layers, ages and most names are far shorter. A longer one (another tool's rule name as
    /// `RuleId`, an e-mail address as an owner) would widen its column and squeeze every title beside it, so its
    /// cell is broken as identifiers are (`wrap`).
    static let wholeWordsUpTo = 24

    /// The CSS class of a cell of short words: `words` when no word of `text` is longer than `wholeWordsUpTo`
    /// characters, else `wrap`.
    /// - Parameter text: the cell's text as read (not escaped).
    /// - Returns: `words` or `wrap`.
    static func wordsCellClass(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).allSatisfy { $0.count <= wholeWordsUpTo } ? "words" : "wrap"
    }

    /// Adds the break opportunities.
    /// - Parameters:
    ///   - html: the rendered report.html.
    ///   - skippingPlainText: whether text outside identifier elements is copied in pieces up to the next
    ///     tag (the same result as character by character, which `false` keeps for the tests to compare).
    /// - Returns: the same document with `<wbr/>` inside identifier cells.
    static func insert(into html: String, skippingPlainText: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + html.utf8.count / 16)
        var index = html.startIndex
        var open: (name: UInt64, depth: Int)? = nil
        var run = 0
        var previous: Character = " "
        while index < html.endIndex {
            // Outside identifier elements every character but a tag's `<` is copied as it is: copy up to
            // the next `<` that begins a character, in one piece.
            if open == nil && skippingPlainText {
                let next = nextTagStart(in: html, from: index)
                if next > index {
                    output += html[index..<next]
                    index = next
                    continue
                }
            }
            let character = html[index]
            if character == "<", let end = tagEnd(in: html, from: index) {
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
            // Inside an identifier element, a run of plain ASCII characters is read as bytes (what the
            // character loop below does to each, without making a `Character` of it).
            if skippingPlainText, asciiRun(in: html, from: &index, into: &output, run: &run, previous: &previous) {
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

    /// Reads a run of ASCII characters other than `<`, `&` and CR at `index` inside an identifier element, as the
    /// character loop would read each: the run stops before `<`, `&` or a carriage return (handled there) and
    /// before the last ASCII byte that a byte beyond ASCII follows (which may join it into one character).
    /// - Returns: false when no such run starts at `index` (nothing is read).
    private static func asciiRun(
        in html: String,
        from index: inout String.Index,
        into output: inout String,
        run: inout Int,
        previous: inout Character
    ) -> Bool {
        let utf8 = html.utf8
        let start = utf8.distance(from: utf8.startIndex, to: index)
        let count = utf8.count
        var end = start
        var joined = false
        var position = index
        while end < count {
            let byte = utf8[position]
            if byte >= 0x80 {
                joined = true
                break
            }
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0x0D { break }
            end += 1
            position = utf8.index(after: position)
        }
        if joined { end -= 1 }
        guard end > start else { return false }
        let bytes = Array(utf8[index..<utf8.index(index, offsetBy: end - start)])
        let after = utf8.index(index, offsetBy: end - start)
        // The character after the run, for the last byte's look ahead, as the loop takes it: the character there
        // (`<`, `&` or a carriage return, which may begin a longer character but is never `/` or `:`, or the one
        // that a byte held back begins), or a space at the end.
        let lastNext: Character = end < count ? html[after] : " "
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + bytes.count / 8)
        var previousLower = previous.isLowercase
        let wbr = Self.wbrBytes
        for (offset, byte) in bytes.enumerated() {
            let breaking = byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "-")
            let upper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            if breaking {
                run = 0
            } else if upper && previousLower && run > 0 {
                text += wbr
                run = 0
            } else if run >= longestRun {
                text += wbr
                run = 0
            }
            text.append(byte)
            let slash = byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":")
            let nextIsSeparator =
                offset + 1 < bytes.count
                ? bytes[offset + 1] == UInt8(ascii: "/") || bytes[offset + 1] == UInt8(ascii: ":")
                : lastNext == "/" || lastNext == ":"
            if slash && !nextIsSeparator {
                text += wbr
                run = 0
            } else if !breaking {
                run += 1
            }
            previousLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        }
        output += String(decoding: text, as: UTF8.self)
        if let last = bytes.last { previous = Character(Unicode.Scalar(last)) }
        index = after
        return true
    }

    /// The first `<` byte at or after `start` that begins a character (a `<` right after a prepended mark
    /// is part of that mark's character), or the end.
    private static func nextTagStart(in html: String, from start: String.Index) -> String.Index {
        let utf8 = html.utf8
        var from = start
        while let found = utf8[from...].firstIndex(of: UInt8(ascii: "<")) {
            if let boundary = String.Index(found, within: html) { return boundary }
            from = utf8.index(after: found)
        }
        return html.endIndex
    }

    /// The first `>` after `start` that is a character of its own (what searching the characters for `>`
    /// finds), or `nil`.
    private static func tagEnd(in html: String, from start: String.Index) -> String.Index? {
        let utf8 = html.utf8
        var from = start
        while let found = utf8[from...].firstIndex(of: UInt8(ascii: ">")) {
            let after = utf8.index(after: found)
            if let boundary = String.Index(found, within: html),
                after == utf8.endIndex || String.Index(after, within: html) != nil
            {
                return boundary
            }
            from = after
        }
        return nil
    }

    /// Follows which identifier element the scan is inside, if any.
    private static func track(_ tag: Substring, _ open: (name: UInt64, depth: Int)?) -> (name: UInt64, depth: Int)? {
        // The templates' tags are ASCII without carriage returns, where bytes are characters: read them as bytes,
        // where the tag is stored (a copy of its bytes, of its name and a closure for each of a report's tags cost
        // a tenth of the pass).
        let parsed = tag.utf8.withContiguousStorageIfAvailable { bytes in asciiTag(bytes) } ?? asciiTag(Array(tag.utf8))
        if let parsed {
            let wraps = { hasWrapClass(tag, ascii: true) }
            return follow(parsed.name, closing: parsed.closing, selfClosing: parsed.selfClosing, wraps: wraps, open)
        }
        let closing = tag.hasPrefix("</")
        let selfClosing = tag.hasSuffix("/>")
        let body = tag.dropFirst(closing ? 2 : 1)
        let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
        return follow(
            nameKey(name),
            closing: closing,
            selfClosing: selfClosing,
            wraps: { hasWrapClass(tag, ascii: false) },
            open
        )
    }

    /// A tag name as one number: its ASCII bytes, when at most eight, in the low bytes first; every other name (longer,
    /// or beyond ASCII) is `UInt64.max`, which no identifier element's name is, and the scan is inside one of those
    /// only (so two such names are never told apart where it matters).
    private static func nameKey(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for byte in name.utf8 {
            guard byte < 0x80, count < 8 else { return .max }
            key |= UInt64(byte) << (8 * count)
            count += 1
        }
        return key
    }

    /// The next state after a tag named `name` (`nameKey`).
    private static func follow(
        _ name: UInt64,
        closing: Bool,
        selfClosing: Bool,
        wraps: () -> Bool,
        _ open: (name: UInt64, depth: Int)?
    ) -> (name: UInt64, depth: Int)? {
        if var current = open {
            guard name == current.name, !selfClosing else { return current }
            current.depth += closing ? -1 : 1
            return current.depth == 0 ? nil : current
        }
        guard !closing, !selfClosing, elements.contains(name), wraps() else { return nil }
        return (name, 1)
    }

    /// What `track` reads from a tag, read from its bytes; `nil` when a byte is beyond ASCII or a carriage
    /// return (a character may then span bytes). The name is lowercased and packed as `nameKey` packs it.
    private static func asciiTag<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes
    ) -> (name: UInt64, closing: Bool, selfClosing: Bool)? where Bytes.Index == Int {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        let first = bytes.startIndex
        let count = bytes.count
        let closing = count >= 2 && bytes[first + 1] == UInt8(ascii: "/")
        let selfClosing =
            count >= 2 && bytes[first + count - 2] == UInt8(ascii: "/") && bytes[first + count - 1] == UInt8(ascii: ">")
        var key: UInt64 = 0
        var length = 0
        for index in (first + (closing ? 2 : 1))..<(first + count) {
            let byte = bytes[index]
            guard isNameByte(byte) else { break }
            if length < 8 {
                let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
                key |= UInt64(lower) << (8 * length)
            }
            length += 1
        }
        return (length > 8 ? .max : key, closing, selfClosing)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether the tag's class list holds `wrap`; an ASCII tag is searched by its bytes (`rangeOfText`, where
    /// every way of searching agrees), any other by its characters.
    private static func hasWrapClass(_ tag: Substring, ascii: Bool) -> Bool {
        let marker = " class=\""
        guard ascii else {
            guard let start = tag.firstRange(of: marker) else { return false }
            return tag[start.upperBound...].prefix { $0 != "\"" }.split(separator: " ").contains("wrap")
        }
        guard let start = tag.rangeOfText(marker) else { return false }
        let value = tag.utf8[start.upperBound...].prefix { $0 != UInt8(ascii: "\"") }
        return value.split(separator: UInt8(ascii: " ")).contains { $0.elementsEqual("wrap".utf8) }
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
    }
}
