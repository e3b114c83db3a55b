import ReportModel
import Testing

/// `ScoredFinding` keeps its rarely set parts in a box and its age in 32 bits: what is written reads back.
@Suite struct ScoredFindingTests {
    static func scored(acceptance: String? = nil, expired: String? = nil, age: Int? = nil) -> ScoredFinding {
        ScoredFinding(
            finding: Finding(identity: "i", id: "i"),
            layer: .unclassified,
            placedBy: Message(.noRuleMatched),
            environment: "prod",
            bucket: .open,
            acceptanceId: acceptance,
            expiredAcceptanceId: expired,
            ageDays: age
        )
    }

    @Test(arguments: [nil, 0, -3, 274, Int(Int32.max)] as [Int?])
    func ageReadsBack(age: Int?) {
        var scored = Self.scored(age: age)
        #expect(scored.ageDays == age)
        scored.ageDays = 12
        #expect(scored.ageDays == 12)
        scored.ageDays = nil
        #expect(scored.ageDays == nil)
        #expect(scored == Self.scored())
    }

    @Test func agesBeyond32BitsAreClamped() {
        #expect(Self.scored(age: Int.max).ageDays == Int(Int32.max))
        #expect(Self.scored(age: Int.min).ageDays == Int(Int32.min) + 1, "never read back as no age")
    }

    @Test func acceptanceIdsReadBackAndCompareByValue() {
        var scored = Self.scored(acceptance: "RA-1")
        #expect(scored.acceptanceId == "RA-1")
        #expect(scored.expiredAcceptanceId == nil)
        let copy = scored
        scored.expiredAcceptanceId = "RA-0"
        #expect(scored.acceptanceId == "RA-1")
        #expect(scored.expiredAcceptanceId == "RA-0")
        #expect(copy.expiredAcceptanceId == nil, "copies are independent")
        #expect(scored == Self.scored(acceptance: "RA-1", expired: "RA-0"))
        scored.acceptanceId = nil
        scored.expiredAcceptanceId = nil
        #expect(scored == Self.scored(), "no box left once both are cleared")
        #expect(MemoryLayout<ScoredFinding>.stride <= 56)
    }
}
