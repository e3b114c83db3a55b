import Foundation
import ReportModel

/// Finds the standard-specific control id of a Security Hub control finding that has no
/// `Compliance.SecurityControlId` (docs/formats.md §6.3).
///
/// CIS 1.2.0 writes `arn:aws:securityhub:::ruleset/<std>/v/<ver>/rule/<id>` in `GeneratorId`;
/// every other standard `<std>/v/<ver>/<id>`. The same triple is in
/// `ProductFields.StandardsControlArn` (`…:control/<std>/v/<ver>/<id>`) and in the finding `Id`
/// (`…:subscription/<std>/v/<ver>/<id>/finding/<uuid>`). Ids contain dots, so the text is split
/// only after the version.
enum StandardControlParser {
    /// The triple from the first of `GeneratorId`, `StandardsControlArn` and `Id` that holds one.
    /// - Parameters:
    ///   - generatorId: `GeneratorId`.
    ///   - standardsControlArn: `ProductFields.StandardsControlArn`.
    ///   - id: the finding `Id`.
    /// - Returns: the reference, or `nil` when none of them names a standard control.
    static func reference(generatorId: String?, standardsControlArn: String?, id: String?) -> StandardControlRef? {
        if let generatorId {
            if generatorId.hasPrefix("security-control/") { return nil }
            let text =
                generatorId.hasPrefix("arn:aws:securityhub:::ruleset/")
                ? String(generatorId.dropFirst("arn:aws:securityhub:::ruleset/".count)) : generatorId
            if let reference = parse(text) { return reference }
        }
        if let arn = standardsControlArn, let range = arn.rangeOfText(":control/"),
            let reference = parse(String(arn[range.upperBound...]))
        {
            return reference
        }
        if let id, let start = id.rangeOfText(":subscription/"), let end = id.rangeOfText("/finding/"),
            start.upperBound <= end.lowerBound,
            let reference = parse(String(id[start.upperBound..<end.lowerBound]))
        {
            return reference
        }
        return nil
    }

    /// Parses `<std>/v/<ver>/<id>` or `<std>/v/<ver>/rule/<id>`.
    static func parse(_ text: String) -> StandardControlRef? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 4, parts[1] == "v", !parts[0].isEmpty, !parts[2].isEmpty else { return nil }
        var rest = Array(parts[3...])
        if rest.count == 2, rest[0] == "rule" { rest.removeFirst() }
        guard rest.count == 1, let id = rest.first, !id.isEmpty else { return nil }
        return StandardControlRef(standard: parts[0], version: parts[2], controlId: id)
    }
}
