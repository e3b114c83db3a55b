import Mustache
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// A view finds its members as swift-mustache's own `Mirror` lookup finds them.
@Suite struct MustacheViewTests {
    private struct Sample: MustacheView {
        let text: String
        let missing: String?
        let present: String?
        let nested: Int??
        let list: [String]
        let flag: Bool
    }

    /// A text renders as the library rendered it before it was `MustacheCustomRenderable`: itself, escaped by the
    /// template's content type, and a section on it (even an empty one) as on any value.
    @Test func textRendersAsItselfAndSectionsOnItAsOnAValue() throws {
        let template = try MustacheTemplate(
            string:
                "{{text}}|{{{text}}}|{{#text}}[{{.}}]{{/text}}{{^text}}none{{/text}}|{{#empty}}e{{/empty}}{{^empty}}n{{/empty}}"
        )
        let rendered = template.render(["text": "<a & 'b'>", "empty": ""] as [String: String])
        #expect(rendered == "&lt;a &amp; &#39;b&#39;&gt;|<a & 'b'>|[&lt;a &amp; &#39;b&#39;&gt;]|e")
    }

    /// What the library's lookup gives: the first field with the label, one level of `Optional` unwrapped.
    private static func mirrorLookup(_ value: Any, _ name: String) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        let wrapped = Mirror(reflecting: child.value)
        guard wrapped.displayStyle == .optional else { return child.value }
        return wrapped.children.first?.value
    }

    /// A view whose fields hold classes, existentials and a closure-free enum, beside plain values.
    private final class Box: Sendable { let value = "boxed" }
    private enum Kind { case one, two(String) }
    private struct Mixed: MustacheView {
        let box: Box
        let any: Any
        let optionalAny: Any?
        let kind: Kind
        let number: Double
        let link: SafeLink?
    }

    @Test("fields of every kind read by offset give what the mirror gives; a type it cannot read so is mirrored")
    func mixedFields() {
        let samples = [
            Mixed(box: Box(), any: "text", optionalAny: nil, kind: .one, number: 1.5, link: nil),
            Mixed(box: Box(), any: 3, optionalAny: "x", kind: .two("t"), number: -0.0, link: nil),
        ]
        for sample in samples {
            for name in ["box", "any", "optionalAny", "kind", "number", "link", "value"] {
                let fast = sample.child(named: name)
                let slow = Self.mirrorLookup(sample, name)
                #expect((fast == nil) == (slow == nil), "\(name)")
                #expect(String(describing: fast) == String(describing: slow), "\(name)")
            }
        }
        // The sample views are read by offset; a view with an existential field is mirrored instead.
        #expect(MemberFields.fields(of: Sample.self) { Mirror(reflecting: Self.samples[0]) }.byOffset)
        #expect(!MemberFields.fields(of: Mixed.self) { Mirror(reflecting: samples[0]) }.byOffset)
    }

    @Test("every view of the report, in every edition, is read by offset, not through its mirror")
    func reportViewsReadByOffset() throws {
        for edition in ReportContext.Edition.allCases {
            var document = sampleReportDocument()
            document.context.edition = edition
            _ = try RenderingFixture.render(document)
        }
        // Other tests' views (this suite's own mirrored sample among them) may be met in the same process.
        let views = MemberFields.mirroredTypes.filter { !$0.contains("Tests") }
        #expect(views.isEmpty, "\(views)")
    }

    private static let samples = [
        Sample(text: "t", missing: nil, present: "p", nested: .some(nil), list: ["a"], flag: true),
        Sample(text: "", missing: "m", present: nil, nested: .some(.some(3)), list: [], flag: false),
        Sample(text: "<b>", missing: nil, present: nil, nested: nil, list: ["x", "y"], flag: true),
    ]

    @Test("every member, nil, nested optionals, and names that are not members")
    func sameAsMirror() {
        for sample in Self.samples {
            for name in ["text", "missing", "present", "nested", "list", "flag", "nothing", "", "Text"] {
                let fast = sample.child(named: name)
                let slow = Self.mirrorLookup(sample, name)
                #expect((fast == nil) == (slow == nil), "\(name)")
                #expect(String(describing: fast) == String(describing: slow), "\(name)")
                #expect(fast.map { "\(type(of: $0))" } == slow.map { "\(type(of: $0))" }, "\(name)")
            }
        }
    }
}
