/// A recoverable issue found while importing or scoring, returned beside the result.
///
/// Diagnostics never hide data: the record they speak of is still counted somewhere in the
/// reconciliation. `--strict` turns every warning into a failure.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// How serious the issue is.
    public enum Level: String, Sendable, Codable, Hashable, Comparable {
        /// Worth knowing; never fails a run.
        case note
        /// Something a reader of the report should see; fails the run under `--strict`.
        case warning

        /// Notes sort before warnings.
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs == .note && rhs == .warning }
    }

    /// How serious it is.
    public var level: Level
    /// The file it concerns, if any.
    public var file: String?
    /// Where in the file: a JSON path (`Findings[3].Severity.Label`), a line and column, or an id.
    public var location: String?
    /// What happened, as a code and its parameters; the string tables word it.
    public var message: Message

    /// Creates a diagnostic; every argument sets the property of the same name.
    public init(_ level: Level, file: String? = nil, location: String? = nil, _ message: Message) {
        self.level = level
        self.file = file
        self.location = location
        self.message = message
    }

    /// `file: location: code(parameters)`, leaving out the parts that are missing; `text(in:)` words it.
    public var description: String {
        ([file, location].compactMap { $0 } + [message.description]).joined(separator: ": ")
    }

    /// `file: location: message` with the message worded by a phrasebook, leaving out the parts that are missing;
    /// the message follows the table's `colon` (`：` in Japanese).
    /// - Parameters:
    ///   - phrasebook: the language's wording.
    ///   - escape: applied to the file, the location and every parameter text.
    /// - Returns: the line.
    public func text(in phrasebook: Phrasebook, escape: (String) -> String = { $0 }) -> String {
        let place = [file, location].compactMap { $0 }.map(escape).joined(separator: ": ")
        let text = phrasebook.text(message, escape: escape)
        return place.isEmpty ? text : place + (phrasebook.entries["colon"] ?? ": ") + text
    }

    /// Orders by file, location, then message, so listings are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        OrderKey(lhs).precedes(OrderKey(rhs))
    }

    /// Compares locations with their numbers by value: `Findings[2]` before `Findings[10]`, line 9 before line 10
    /// (as text, `Findings[100]` came before `Findings[2]`). Runs of ASCII digits compare as numbers (leading zeros
    /// aside; then the shorter spelling first), everything else by its Unicode scalars.
    /// - Returns: negative, zero or positive as `left` sorts before, with or after `right`.
    static func numberAware(_ left: String, _ right: String) -> Int {
        numberAware(Array(left.unicodeScalars), Array(right.unicodeScalars))
    }

    /// `numberAware` over two texts' Unicode scalars.
    /// - Returns: negative, zero or positive as `a` sorts before, with or after `b`.
    static func numberAware(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var i = 0
        var j = 0
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                let startA = i
                let startB = j
                while i < a.count && isDigit(a[i]) { i += 1 }
                while j < b.count && isDigit(b[j]) { j += 1 }
                let digitsA = a[startA..<i].drop { $0 == "0" }
                let digitsB = b[startB..<j].drop { $0 == "0" }
                if digitsA.count != digitsB.count { return digitsA.count - digitsB.count }
                for (x, y) in zip(digitsA, digitsB) where x != y { return Int(x.value) - Int(y.value) }
                if i - startA != j - startB { return (i - startA) - (j - startB) }
                continue
            }
            if a[i] != b[j] { return Int(a[i].value) - Int(b[j].value) }
            i += 1
            j += 1
        }
        return (a.count - i) - (b.count - j)
    }
}

extension Diagnostic {
    /// What `<` compares, which `ordered` makes once a diagnostic: sorting compares each diagnostic many times, and
    /// wording both messages and splitting both locations into scalars every time cost 0.6 s for 16k diagnostics
    /// (each of a product of its own).
    fileprivate struct OrderKey {
        let file: String
        let location: [Unicode.Scalar]
        let message: String
        let level: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file ?? ""
            location = Array((diagnostic.location ?? "").unicodeScalars)
            message = diagnostic.message.description
            level = diagnostic.level.rawValue
        }

        /// File, then location with its numbers by value (`numberAware`), then message and level.
        func precedes(_ other: OrderKey) -> Bool {
            if file != other.file { return file < other.file }
            let order = Diagnostic.numberAware(location, other.location)
            if order != 0 { return order < 0 }
            return (message, level) < (other.message, other.level)
        }
    }

    /// The diagnostics in the order `<` gives them (`sorted()`, ties kept as they come), each one's key made once.
    /// - Parameter diagnostics: the diagnostics, in any order.
    /// - Returns: them sorted.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let keys = diagnostics.map(OrderKey.init)
        return keys.indices.sorted { keys[$0].precedes(keys[$1]) }.map { diagnostics[$0] }
    }
}
