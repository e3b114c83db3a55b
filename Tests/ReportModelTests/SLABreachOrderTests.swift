import ReportModel
import TestSupport
import Testing

/// `SLABreach.ordered` gives the list `sorted(by: SLABreach.precedes)` gives: for breaches arriving in identity order
/// (as a snapshot's do; it breaks ties by arrival then) and in any other order, with many ties in severity and age.
struct SLABreachOrderTests {
    @Test(arguments: [0, 1, 2, 5_000])
    func ordersAsPrecedes(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) &+ 17)
        let severities: [Severity] = [.critical, .high, .medium, .low, .informational]
        let inIdentityOrder = (0..<count).map { index in
            SLABreach(
                identity: "arn:aws:securityhub:eu-west-1:111122223333:finding/\(String(100_000 + index))",
                severity: severities[Int(generator.next() % 5)],
                layer: .layer(.network),
                ageDays: 30 + Int(generator.next() % 40),
                slaDays: 30
            )
        }
        var shuffled = inIdentityOrder
        shuffled.shuffle(using: &generator)
        for breaches in [inIdentityOrder, shuffled, Array(inIdentityOrder.reversed())] {
            let ordered = SLABreach.ordered(breaches)
            #expect(ordered == breaches.sorted(by: SLABreach.precedes))
            #expect(ordered.count == count)
        }
        // Equal identities (not strictly increasing) take the comparing path, and keep every copy.
        let doubled = inIdentityOrder.flatMap { [$0, $0] }
        #expect(SLABreach.ordered(doubled) == doubled.sorted(by: SLABreach.precedes))
    }

    /// Ages far apart (a day, decades, beyond 32 bits, below zero) order as `precedes` orders them too.
    @Test func agesOfEveryMagnitudeOrderAsPrecedes() {
        let ages = [0, 1, 29, 30, 31, 36_500, 1 << 31, Int(UInt32.max), Int(UInt32.max) + 1, -1]
        for extreme in [false, true] {
            let breaches = (0..<40).map { index in
                SLABreach(
                    identity: "asff|arn:aws:securityhub:us-east-1::product/aws/securityhub|f\(String(1_000 + index))",
                    severity: Severity.worstFirst[index % 5],
                    layer: .layer(.account),
                    ageDays: extreme ? ages[index % ages.count] : ages[index % 6],
                    slaDays: 1
                )
            }
            #expect(SLABreach.ordered(breaches) == breaches.sorted(by: SLABreach.precedes))
        }
    }
}
