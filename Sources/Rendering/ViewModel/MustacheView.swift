import Mustache
import Synchronization

/// A view the templates read by member name.
///
/// swift-mustache finds a member of a value through `Mirror`: at every `{{name}}`, and at every level
/// of the context stack the name is looked up in, it materialises every field of the value to compare
/// labels (a type lookup by mangled name per field), which made the templates most of the cost of
/// rendering a small report. A view that conforms finds the member by its position among the fields,
/// worked out once per type; what it returns is what the library's own lookup returns (the first field
/// with that label, one level of `Optional` unwrapped, `nil` when there is none).
protocol MustacheView: MustacheParent {}

extension MustacheView {
    /// The member named `name`, as the library's `Mirror` lookup finds it.
    /// - Parameter name: a field's label.
    /// - Returns: its value (an `Optional` unwrapped one level), or `nil`.
    func child(named name: String) -> Any? {
        // Most lookups miss (a name is looked up in each view of the context stack, innermost first):
        // answered from the type's positions without reflecting the value.
        let positions = MemberPositions.positions(of: Self.self) { Mirror(reflecting: self) }
        guard let offset = positions[name] else { return nil }
        let children = Mirror(reflecting: self).children
        let value = children[children.index(children.startIndex, offsetBy: offset)].value
        // One level of `Optional` unwrapped, as the library's `unwrapOptional` does.
        if let optional = value as? any UnwrappableOptional { return optional.unwrappedOnce }
        return value
    }
}

/// An `Optional` of any type, unwrapped one level without reflecting it.
protocol UnwrappableOptional {
    /// The wrapped value, or `nil`.
    var unwrappedOnce: Any? { get }
}

extension Optional: UnwrappableOptional {
    var unwrappedOnce: Any? { self.map { $0 as Any } }
}

/// Each view type's field positions by label, worked out on first use (views are rendered on two threads).
enum MemberPositions {
    private static let known = Mutex<[ObjectIdentifier: [String: Int]]>([:])

    /// The positions of the fields of `type` by label (the first field of a label).
    /// - Parameters:
    ///   - type: the view's type.
    ///   - mirror: makes a mirror of a value of `type`, the first time.
    /// - Returns: the position of each label among the mirror's children.
    static func positions(of type: Any.Type, mirror: () -> Mirror) -> [String: Int] {
        let key = ObjectIdentifier(type)
        if let positions = known.withLock({ $0[key] }) { return positions }
        var positions: [String: Int] = [:]
        for (offset, child) in mirror().children.enumerated() {
            if let label = child.label, positions[label] == nil { positions[label] = offset }
        }
        known.withLock { $0[key] = positions }
        return positions
    }
}

extension OpenCountRowView: MustacheView {}
extension StandardsView: MustacheView {}
extension StandardRowView: MustacheView {}
extension LeftControlView: MustacheView {}
extension TrendView: MustacheView {}
extension ChartView: MustacheView {}
extension TrendRowView: MustacheView {}
extension SafeLink: MustacheView {}
extension PageView: MustacheView {}
extension LayerTrendRowView: MustacheView {}
extension AcceptanceRegisterView: MustacheView {}
extension AcceptanceRowView: MustacheView {}
extension SuppressedRowView: MustacheView {}
extension SummarySentences: MustacheView {}
extension ReportViewModel: MustacheView {}
extension HeaderView: MustacheView {}
extension MoreLine: MustacheView {}
extension LayerSectionView: MustacheView {}
extension ControlRowView: MustacheView {}
extension FindingRowView: MustacheView {}
extension SummaryView: MustacheView {}
extension ScoreCardView: MustacheView {}
extension LayerCardView: MustacheView {}
extension AttentionView: MustacheView {}
extension AttentionRowView: MustacheView {}
extension AcceptedRiskView: MustacheView {}
extension ProvenanceView: MustacheView {}
extension TermView: MustacheView {}
extension RuleRowView: MustacheView {}
extension InputRowView: MustacheView {}
extension PeriodChangesView: MustacheView {}
extension SeverityRowView: MustacheView {}
extension ChangeRowView: MustacheView {}
extension TimeToFixRowView: MustacheView {}
extension SLABreachRowView: MustacheView {}
extension FrameworkEvidenceView: MustacheView {}
extension RequirementRowView: MustacheView {}
extension QuestionRowView: MustacheView {}
extension WAFTrafficView: MustacheView {}
extension WAFCategoryRowView: MustacheView {}
extension WAFExampleRowView: MustacheView {}
extension ImageScanRowView: MustacheView {}
extension FrontDoorView: MustacheView {}
extension CountRowView: MustacheView {}
extension WebACLView: MustacheView {}
extension WebACLCheckRowView: MustacheView {}
extension WebACLRuleRowView: MustacheView {}
extension EditionView: MustacheView {}
extension EnvironmentsView: MustacheView {}
extension EnvironmentRowView: MustacheView {}
