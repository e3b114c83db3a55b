extension Sequence {
    /// The first `limit` elements in the order a stable sort by `precedes` puts them in (equal elements in their order
    /// here), found without sorting every element: a page lists the first few of tens of thousands of findings, and
    /// most of them are compared once, with the last of those kept so far.
    /// - Parameters:
    ///   - limit: how many to keep.
    ///   - precedes: a strict weak order, as `sorted(by:)` takes.
    /// - Returns: `sorted(by: precedes).prefix(limit)`, as an array.
    func firstInOrder(_ limit: Int, by precedes: (Element, Element) -> Bool) -> [Element] {
        guard limit > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(Swift.min(limit, underestimatedCount))
        for element in self {
            // Kept elements came earlier: an equal one stays before this one, so it goes in only before the first
            // kept element it strictly precedes, and once `limit` are kept, only when it precedes the last.
            if kept.count == limit {
                guard let last = kept.last, precedes(element, last) else { continue }
                kept.removeLast()
            }
            var low = 0
            var high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(element, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(element, at: low)
        }
        return kept
    }
}
