import Testing

@testable import Importers

@Suite struct DistinctTextsTests {
    /// `distinctSorted()` gives what a set sorted gives, on every list of up to four texts drawn from a few that
    /// repeat, compare equal in different bytes (a composed and a decomposed "é") or differ only in case.
    @Test func distinctSortedIsTheSetSorted() {
        let pool = ["b", "a", "A", "\u{E9}", "e\u{301}", "standards/cis/v/3.0.0", ""]
        var lists: [[String]] = [[]]
        var last: [[String]] = [[]]
        for _ in 1...4 {
            last = last.flatMap { list in pool.map { list + [$0] } }
            lists += last
        }
        #expect(lists.count == 1 + 7 + 49 + 343 + 2_401)
        for texts in lists {
            #expect(texts.distinctSorted() == Set(texts).sorted(), "\(texts)")
        }
        #expect(["b", "a", "b"].distinctSorted() == ["a", "b"])
        #expect(["\u{E9}", "e\u{301}"].distinctSorted().count == 1)
    }
}
