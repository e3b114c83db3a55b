import Foundation
import ReportModel

/// A name a template refers to (a partial or a string key) and where.
struct TemplateReference: Sendable, Equatable {
    /// The partial name or string key.
    var name: String
    /// The template path relative to `templates/`.
    var template: String
    /// The 1-based line.
    var line: Int
}

/// Finds partial includes (`{{> partials/x}}`) and string keys (`{{t.key}}`) in template text.
///
/// Mustache renders a missing partial or key as empty text without a word; scanning for them
/// first turns that silence into an error.
struct TemplateScanner {
    /// Partial includes, in order.
    private(set) var partialReferences: [TemplateReference] = []
    /// String table keys, in order.
    private(set) var stringReferences: [TemplateReference] = []

    /// Scans a template.
    /// - Parameters:
    ///   - text: the template text.
    ///   - path: its path, for the references.
    init(text: String, path: String) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.rangeOfText("{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.rangeOfText("}}") else { break }
                var tag = rest[..<close.lowerBound]
                rest = rest[close.upperBound...]
                tag = tag.drop { $0 == "{" || $0 == "&" || $0 == "#" || $0 == "^" || $0 == "/" || $0 == " " }
                if tag.first == ">" {
                    let name = tag.dropFirst().trimmingSpaces
                    partialReferences.append(TemplateReference(name: name, template: path, line: index + 1))
                } else if tag.hasPrefix("t.") {
                    let name = tag.dropFirst(2).trimmingSpaces.replacingOccurrences(of: "}", with: "")
                    stringReferences.append(TemplateReference(name: name, template: path, line: index + 1))
                }
            }
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
