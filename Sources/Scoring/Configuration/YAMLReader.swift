internal import Yams

/// Reads a YAML document into plain values that remember where they were written,
/// so every configuration error can name `file:line:column`.
struct YAMLReader {
    let file: String

    /// A YAML value with its position.
    indirect enum Value {
        case scalar(String, Position)
        case mapping([(key: String, keyPosition: Position, value: Value)], Position)
        case sequence([Value], Position)

        var position: Position {
            switch self {
            case .scalar(_, let position), .mapping(_, let position), .sequence(_, let position): position
            }
        }
    }

    /// A 1-based line and column.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// Parses the text; an empty document is an empty mapping.
    func read(_ text: String) throws(ScoringError) -> Value {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw .invalidYAML(file: file, line: 1, column: 1, reason: "\(error)")
        }
        guard let node else { return .mapping([], Position(line: 1, column: 1)) }
        return try convert(node)
    }

    private func convert(_ node: Node) throws(ScoringError) -> Value {
        let position = Position(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, position)
        case .sequence(let sequence):
            var values: [Value] = []
            for element in sequence { values.append(try convert(element)) }
            return .sequence(values, position)
        case .mapping(let mapping):
            var entries: [(key: String, keyPosition: Position, value: Value)] = []
            for (key, value) in mapping {
                let keyPosition = Position(line: key.mark?.line ?? position.line, column: key.mark?.column ?? 1)
                guard let name = key.scalar?.string else {
                    throw .invalidEntry(
                        file: file,
                        line: keyPosition.line,
                        column: keyPosition.column,
                        reason: "keys must be plain text"
                    )
                }
                if entries.contains(where: { $0.key == name }) {
                    throw .invalidEntry(
                        file: file,
                        line: keyPosition.line,
                        column: keyPosition.column,
                        reason: "duplicated key \"\(name)\""
                    )
                }
                entries.append((name, keyPosition, try convert(value)))
            }
            return .mapping(entries, position)
        case .alias:
            throw .invalidEntry(
                file: file,
                line: position.line,
                column: position.column,
                reason: "YAML aliases are not supported here"
            )
        }
    }

    private static func describe(_ error: YamlError, file: String) -> ScoringError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let reason = [context.map { "\($0.text)" }, problem].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: ": ")
            return .invalidYAML(file: file, line: mark.line, column: mark.column, reason: reason)
        default:
            return .invalidYAML(file: file, line: 1, column: 1, reason: "\(error)")
        }
    }
}
