public import Mustache
@_spi(Reflection) import Swift
import Synchronization

/// A view the templates read by member name.
///
/// swift-mustache finds a member of a value through `Mirror`: at every `{{name}}`, and at every level
/// of the context stack the name is looked up in, it materialises every field of the value to compare
/// labels (a type lookup by mangled name per field), which made the templates most of the cost of
/// rendering a small report. A view that conforms finds the member by the field's offset in the value,
/// read from the type's metadata once per type (a struct's stored properties, as `Mirror` lists them);
/// what it returns is what the library's own lookup returns (the first field with that label, one level
/// of `Optional` unwrapped, `nil` when there is none).
protocol MustacheView: MustacheParent {}

extension MustacheView {
    /// The member named `name`, as the library's `Mirror` lookup finds it.
    /// - Parameter name: a field's label.
    /// - Returns: its value (an `Optional` unwrapped one level), or `nil`.
    func child(named name: String) -> Any? {
        // Most lookups miss (a name is looked up in each view of the context stack, innermost first):
        // answered from the type's fields without reflecting the value.
        let fields = MemberFields.fields(of: Self.self) { Mirror(reflecting: self) }
        guard let field = fields.byName[name] else { return nil }
        let value: Any
        if let stored = field.stored {
            value = withUnsafeBytes(of: self) { bytes in
                // A field found means the struct has stored bytes.
                stored.read(bytes.baseAddress.unsafelyUnwrapped + stored.offset)
            }
        } else {
            let children = Mirror(reflecting: self).children
            value = children[children.index(children.startIndex, offsetBy: field.position)].value
        }
        // One level of `Optional` unwrapped, as the library's `unwrapOptional` does.
        if field.isOptional, let optional = value as? any UnwrappableOptional { return optional.unwrappedOnce }
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

/// Each view type's fields by label, worked out on first use (views are rendered on two threads).
enum MemberFields {
    /// Where a stored property is in a struct's bytes, and its type.
    struct Stored: Sendable {
        let offset: Int
        let type: Any.Type

        /// The property's value, copied from where it is stored.
        /// - Parameter address: the property's first byte.
        /// - Returns: the value, as a value of the property's type.
        func read(_ address: UnsafeRawPointer) -> Any {
            func load<Value>(_: Value.Type) -> Any { address.assumingMemoryBound(to: Value.self).pointee }
            return _openExistential(type, do: load)
        }
    }

    /// One field of a view.
    struct Field: Sendable {
        /// Its position among the mirror's children.
        let position: Int
        /// Where it is stored, when the type is read by offset (else the mirror is asked each time).
        let stored: Stored?
        /// Whether it may be an `Optional` (unwrapped one level when returned).
        let isOptional: Bool
    }

    /// A view type's fields.
    struct Fields: Sendable {
        /// The first field of each label.
        let byName: [String: Field]
        /// Whether the fields are read by their offsets: the type is a struct whose stored properties, as
        /// the metadata lists them, are the mirror's children in order.
        let byOffset: Bool
    }

    private static let known = Mutex<[ObjectIdentifier: Fields]>([:])
    private static let mirrored = Mutex<[String]>([])

    /// The view types met so far whose fields are not read by offset but through their mirror (slower,
    /// same values); none of the report's views is (`MustacheViewTests`).
    static var mirroredTypes: [String] { mirrored.withLock { $0 } }

    /// The fields of `type` by label.
    /// - Parameters:
    ///   - type: the view's type.
    ///   - mirror: makes a mirror of a value of `type`, the first time.
    /// - Returns: the first field of each label, and how they are read.
    static func fields(of type: Any.Type, mirror: () -> Mirror) -> Fields {
        let key = ObjectIdentifier(type)
        if let fields = known.withLock({ $0[key] }) { return fields }
        let reflected = mirror()
        var properties: [(label: String, stored: Stored, isOptional: Bool)] = []
        let complete =
            reflected.displayStyle == .struct
            && _forEachField(of: type, options: []) { name, offset, fieldType, kind in
                properties.append((String(cString: name), Stored(offset: offset, type: fieldType), kind == .optional))
                return true
            }
        let children = Array(reflected.children)
        let byOffset =
            complete && properties.count == children.count
            && zip(properties, children).allSatisfy { property, child in
                child.label == property.label && Swift.type(of: child.value) == property.stored.type
            }
        var byName: [String: Field] = [:]
        for (position, child) in children.enumerated() {
            guard let label = child.label, byName[label] == nil else { continue }
            let property = byOffset ? properties[position] : nil
            byName[label] = Field(
                position: position,
                stored: property?.stored,
                isOptional: property?.isOptional ?? true
            )
        }
        let fields = Fields(byName: byName, byOffset: byOffset)
        known.withLock { $0[key] = fields }
        if !byOffset { mirrored.withLock { $0.append(String(reflecting: type)) } }
        return fields
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

/// A view's text renders as itself, found at the library's second cast of a variable's value (a template, then this)
/// instead of after three failed casts and a `String(describing:)` with casts of its own: the same text, escaped as
/// before, half the dynamic casts of a table cell. A text is never `isNull`, so sections on it render as before.
extension String: @retroactive MustacheCustomRenderable {
    /// The text itself (what `String(describing:)` made of it).
    public var renderText: String { self }
    /// Never: a text, even an empty one, is a value (as before, when sections met it as a plain value).
    public var isNull: Bool { false }
}
