internal import CYaml
import ReportModel

/// Reads a YAML document into plain values that remember where they were written,
/// so every configuration error can name `file:line:column`.
struct YAMLReader {
    let file: String

    /// A YAML value with its position.
    indirect enum Value {
        case scalar(String, Position)
        /// A plain `null`, `Null`, `NULL`, `~` or nothing at all: YAML's null, which a field reads as absent. Its
        /// spelling is kept for where it is a key.
        case null(String, Position)
        case mapping([(key: String, keyPosition: Position, value: Value)], Position)
        case sequence([Value], Position)

        var position: Position {
            switch self {
            case .scalar(_, let position), .null(_, let position), .mapping(_, let position),
                .sequence(_, let position):
                position
            }
        }
    }

    /// A 1-based line and column.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// The deepest nesting of sequences and mappings a configuration file may use.
    static let maximumDepth = 64

    /// Parses the text; an empty document is an empty mapping.
    ///
    /// Reads libyaml's event stream directly, so an anchor or alias is refused where it is
    /// written, before anything is expanded (a ten-line "billion laughs" document cannot grow),
    /// and a duplicated key is reported at its own line and column.
    func read(_ text: String) throws(ScoringError) -> Value {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .invalidYAML(file: file, line: 1, column: 1, reason: Message(.yamlParserUnavailable))
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(ScoringError) -> Value in
            guard let base = buffer.baseAddress else { return .mapping([], Position(line: 1, column: 1)) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var builder = Builder(file: file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.parserError(parser, file: file) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.take(event)
            }
            return builder.root ?? .mapping([], Position(line: 1, column: 1))
        }
    }

    private static func parserError(_ parser: yaml_parser_t, file: String) -> ScoringError {
        // libyaml's own words (`mapping values are not allowed in this context`), passed on as written.
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { String(cString: $0) }
        let reason = Message(
            .yamlSyntax,
            ["problem": .text([context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))]
        )
        return .invalidYAML(
            file: file,
            line: parser.problem_mark.line + 1,
            column: parser.problem_mark.column + 1,
            reason: reason
        )
    }

    /// Builds values from events with an explicit stack (no recursion, bounded depth).
    private struct Builder {
        let file: String
        var root: Value?
        var documents = 0
        var stack: [Open] = []

        /// A sequence or mapping being read. Its lists grow in place on the stack: taken out and put back for
        /// each value, a list was copied whole each time (a config file of 60,000 list items took 24 s).
        struct Open {
            /// Whether it is a mapping (else a sequence).
            let isMapping: Bool
            let start: Position
            var values: [Value] = []
            var entries: [(key: String, keyPosition: Position, value: Value)] = []
            /// A mapping's key read, waiting for its value.
            var pendingKey: (String, Position)?
            var keys: Set<String> = []

            init(mapping: Bool, at start: Position) {
                isMapping = mapping
                self.start = start
            }
        }

        mutating func take(_ event: yaml_event_t) throws(ScoringError) {
            let position = Position(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .invalidYAML(
                        file: file,
                        line: position.line,
                        column: position.column,
                        reason: Message(.yamlSecondDocument)
                    )
                }
            case YAML_ALIAS_EVENT:
                throw refused(Message(.yamlAlias), position)
            case YAML_SCALAR_EVENT:
                if event.data.scalar.anchor != nil { throw refused(Message(.yamlAnchor), position) }
                let value = event.data.scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: event.data.scalar.length), as: UTF8.self)
                }
                let text = value ?? ""
                let plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
                try add(plain && Self.nullSpellings.contains(text) ? .null(text, position) : .scalar(text, position))
            case YAML_SEQUENCE_START_EVENT:
                if event.data.sequence_start.anchor != nil {
                    throw refused(Message(.yamlAnchor), position)
                }
                try open(Open(mapping: false, at: position), position)
            case YAML_MAPPING_START_EVENT:
                if event.data.mapping_start.anchor != nil {
                    throw refused(Message(.yamlAnchor), position)
                }
                try open(Open(mapping: true, at: position), position)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast() else { return }
                try add(top.isMapping ? .mapping(top.entries, top.start) : .sequence(top.values, top.start))
            default:
                return
            }
        }

        private mutating func open(_ container: Open, _ position: Position) throws(ScoringError) {
            guard stack.count < YAMLReader.maximumDepth else {
                throw .invalidEntry(
                    file: file,
                    line: position.line,
                    column: position.column,
                    reason: Message(.nestingTooDeep, ["levels": .number(YAMLReader.maximumDepth)])
                )
            }
            if let last = stack.last, last.isMapping, last.pendingKey == nil {
                throw .invalidEntry(
                    file: file,
                    line: position.line,
                    column: position.column,
                    reason: Message(.yamlKeysPlain)
                )
            }
            stack.append(container)
        }

        private mutating func add(_ value: Value) throws(ScoringError) {
            guard !stack.isEmpty else {
                root = value
                return
            }
            let top = stack.count - 1
            guard stack[top].isMapping else {
                stack[top].values.append(value)
                return
            }
            if let (name, keyPosition) = stack[top].pendingKey {
                stack[top].entries.append((name, keyPosition, value))
                stack[top].pendingKey = nil
                return
            }
            let key: (name: String, position: Position)? =
                switch value {
                case .scalar(let name, let position), .null(let name, let position): (name, position)
                case .mapping, .sequence: nil
                }
            guard let (name, keyPosition) = key else {
                throw .invalidEntry(
                    file: file,
                    line: value.position.line,
                    column: value.position.column,
                    reason: Message(.yamlKeysPlain)
                )
            }
            guard stack[top].keys.insert(name).inserted else {
                throw .invalidEntry(
                    file: file,
                    line: keyPosition.line,
                    column: keyPosition.column,
                    reason: Message(.yamlDuplicateKey, ["key": .text(name)])
                )
            }
            stack[top].pendingKey = (name, keyPosition)
        }

        /// How a plain scalar spells YAML's null (YAML 1.2's core schema).
        static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

        private func refused(_ reason: Message, _ position: Position) -> ScoringError {
            .invalidEntry(file: file, line: position.line, column: position.column, reason: reason)
        }
    }
}
