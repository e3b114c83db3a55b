import Mustache
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

    /// What the library's lookup gives: the first field with the label, one level of `Optional` unwrapped.
    private static func mirrorLookup(_ value: Any, _ name: String) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        let wrapped = Mirror(reflecting: child.value)
        guard wrapped.displayStyle == .optional else { return child.value }
        return wrapped.children.first?.value
    }

    @Test("every member, nil, nested optionals, and names that are not members")
    func sameAsMirror() {
        let samples = [
            Sample(text: "t", missing: nil, present: "p", nested: .some(nil), list: ["a"], flag: true),
            Sample(text: "", missing: "m", present: nil, nested: .some(.some(3)), list: [], flag: false),
            Sample(text: "<b>", missing: nil, present: nil, nested: nil, list: ["x", "y"], flag: true),
        ]
        for sample in samples {
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
