import Foundation
import ReportModel

/// Unique findings by identity: one copy of each wins, whatever order the records arrive in.
///
/// The latest `UpdatedAt` wins; on a tie the worse status wins (FAILED over WARNING and
/// NOT_AVAILABLE over PASSED, active over archived, open over resolved or suppressed), and a
/// remaining tie is broken by the content itself, never by file order. Copies of one identity
/// that disagree about what they are (another control or resource, or another status at the
/// same time) are kept as conflicts, so the import can name both positions.
struct FindingSet: Sendable, Equatable {
    /// The winning copy of each identity, in the order the identities were first read.
    private(set) var winners: [Finding] = []
    /// Where each identity's winner is in `winners`, by the identity's kept hash (`FindingIdentity.keptHash`): a
    /// probe compares two numbers and reads an identity only when they agree (a dictionary keyed by identity copied
    /// each key it probed, a retain and a release of its texts, and hashed every key again as it grew).
    private var positions = HashedPositions()
    /// Records superseded by a copy of the same identity.
    private(set) var duplicates = 0
    /// Pairs of copies of one identity whose content conflicts, in the order they were found.
    private(set) var conflicts: [Conflict] = []

    /// Two copies of one identity that disagree.
    struct Conflict: Sendable, Equatable {
        /// The copy kept.
        var kept: Finding
        /// The copy dropped.
        var dropped: Finding
        /// What differs: `control`, `status`, `resource`.
        var fields: [String]
    }

    /// Whether two sets hold the same winners, duplicates and conflicts (in any order of first reading).
    static func == (lhs: FindingSet, rhs: FindingSet) -> Bool {
        lhs.duplicates == rhs.duplicates && lhs.conflicts == rhs.conflicts && lhs.winners.count == rhs.winners.count
            && lhs.winners.allSatisfy { winner in
                rhs.position(of: winner.identityKey).map { rhs.winners[$0] == winner } ?? false
            }
    }

    /// The position of the winner with `identity`, if any.
    private func position(of identity: FindingIdentity) -> Int? {
        positions.first(Int(identity.keptHash)) { winners[$0].identityKey == identity }
    }

    /// Adds a record.
    mutating func insert(_ finding: Finding) {
        guard let position = position(of: finding.identityKey) else {
            positions.append(Int(finding.identityKey.keptHash))
            winners.append(finding)
            return
        }
        duplicates += 1
        let existing = winners[position]
        let wins = Self.precedes(finding, existing)
        var (kept, dropped) = wins ? (finding, existing) : (existing, finding)
        let fields = Self.conflictingFields(kept, dropped)
        if !fields.isEmpty { conflicts.append(Conflict(kept: kept, dropped: dropped, fields: fields)) }
        kept.scanners = Set(kept.scanners + dropped.scanners).sorted()
        winners[position] = kept
    }

    /// Adds every finding of another set, keeping its duplicate count (its own conflicts were reported with it).
    /// - Parameter other: findings read elsewhere in the input.
    mutating func merge(_ other: FindingSet) {
        duplicates += other.duplicates
        // Into an empty set (the first file), every finding would be inserted as it is: take the table whole,
        // shared, rather than sort its keys and build a second one.
        if winners.isEmpty {
            winners = other.winners
            positions = other.positions
            return
        }
        for finding in other.sorted { insert(finding) }
    }

    /// Removes the conflicts found so far (after they were reported).
    mutating func clearConflicts() { conflicts = [] }

    /// The unique findings sorted by identity.
    var sorted: [Finding] {
        // The keys alone are sorted with their winners' positions (moving findings copies every finding's
        // fields at each step): each half's keys made and sorted on its own thread, merged into positions in two
        // parts (one a thread), and the winners gathered in two halves; no key is looked up again.
        let winners = self.winners
        let count = winners.count
        guard count >= InHalves.from else {
            return Self.sortedKeys(winners, 0..<count).map { winners[Int($0.position)] }
        }
        let middle = count / 2
        let sortingFirst = OtherThread { Self.sortedKeys(winners, 0..<middle) }
        let second = Self.sortedKeys(winners, middle..<count)
        let order = Self.merged(sortingFirst.result(), second)
        return InHalves.array(count: count) { winners[Int(order[$0])] }
    }

    /// An identity and where its winner is.
    struct Keyed: Comparable, Sendable {
        var key: FindingIdentity
        var position: Int32

        static func < (lhs: Keyed, rhs: Keyed) -> Bool { lhs.key < rhs.key }
        static func == (lhs: Keyed, rhs: Keyed) -> Bool { lhs.key == rhs.key }
    }

    /// The keys of the winners in `range`, sorted (stable: equal keys keep their order).
    static func sortedKeys(_ winners: [Finding], _ range: Range<Int>) -> [Keyed] {
        // Positions are sorted, not the keys, and keys are compared where they are stored: a sort moves and
        // compares its elements many times, and each copy of an identity retained and released its strings
        // (heads that many findings share, on both cores at once: 4 % of a 100k-finding run).
        let keys = range.map { winners[$0].identityKey }
        var order = [Int32](0..<Int32(truncatingIfNeeded: keys.count))
        keys.withUnsafeBufferPointer { keys in
            guard let base = keys.baseAddress else { return }
            // The standard library's sort is stable, as `keys.sort()` was here before.
            order.sort { FindingIdentity.precedes(base + Int($0), base + Int($1)) }
        }
        let first = Int32(truncatingIfNeeded: range.lowerBound)
        return order.map { Keyed(key: keys[Int($0)], position: first + $0) }
    }

    /// The positions of two sorted key lists merged, a key of `first` before an equal one of `second` (a stable
    /// merge): the merged list's first half and second half are merged on two threads, each from where the
    /// other stops (found by bisection, as a merge path's diagonal is).
    /// - Returns: the positions, in merged order.
    static func merged(_ first: [Keyed], _ second: [Keyed]) -> [Int32] {
        let total = first.count + second.count
        let half = total / 2
        let fromFirst = taken(half, first, second)
        return [Int32](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else {
                initialized = 0
                return
            }
            let target = InHalves.Shared(base)
            let upper = OtherThread {
                merge(first[fromFirst...], second[(half - fromFirst)...], into: target.value + half)
                return true
            }
            merge(first[..<fromFirst], second[..<(half - fromFirst)], into: base)
            _ = upper.result()
            initialized = total
        }
    }

    /// How many of `first`'s keys the stable merge takes among its first `count` (the fewest `i` for which the
    /// `count - i` keys of `second` taken all come before `first[i]`).
    static func taken(_ count: Int, _ first: [Keyed], _ second: [Keyed]) -> Int {
        var low = max(0, count - second.count)
        var high = min(count, first.count)
        while low < high {
            let candidate = (low + high) / 2
            let fromSecond = count - candidate
            if fromSecond == 0 || candidate == first.count || second[fromSecond - 1] < first[candidate] {
                high = candidate
            } else {
                low = candidate + 1
            }
        }
        return low
    }

    /// Merges two sorted runs' positions into `target`, a key of `first` before an equal one of `second`.
    private static func merge(
        _ first: ArraySlice<Keyed>,
        _ second: ArraySlice<Keyed>,
        into target: UnsafeMutablePointer<Int32>
    ) {
        var left = first.startIndex
        var right = second.startIndex
        var out = target
        while left < first.endIndex, right < second.endIndex {
            if second[right] < first[left] {
                out.initialize(to: second[right].position)
                right += 1
            } else {
                out.initialize(to: first[left].position)
                left += 1
            }
            out += 1
        }
        for index in left..<first.endIndex {
            out.initialize(to: first[index].position)
            out += 1
        }
        for index in right..<second.endIndex {
            out.initialize(to: second[index].position)
            out += 1
        }
    }

    /// The number of unique findings.
    var count: Int { winners.count }

    /// Whether `lhs` wins over `rhs`, a copy of the same identity: a total order on content.
    static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.updatedAt ?? .distantPast, badness(lhs))
        let right = (rhs.updatedAt ?? .distantPast, badness(rhs))
        if left.0 != right.0 { return left.0 > right.0 }
        if left.1 != right.1 { return left.1.lexicographicallyPrecedes(right.1) == false }
        // Identical copies (pagination overlap): keep the one already held, without encoding either.
        var same = lhs
        same.origin = rhs.origin
        same.scanners = rhs.scanners
        if same == rhs { return false }
        return fingerprint(lhs) > fingerprint(rhs)
    }

    /// How bad a copy's state is, for ties: compliance first (FAILED, WARNING, NOT_AVAILABLE, an
    /// unrecognised value, none, PASSED), then record state, workflow, severity.
    static func badness(_ finding: Finding) -> [Int] {
        let compliance =
            switch finding.compliance {
            case .failed: 6
            case .warning: 5
            case .notAvailable: 4
            case .unrecognized: 3
            case nil: 2
            case .passed: 1
            }
        let active = finding.recordState == .active ? 1 : 0
        let workflow =
            switch finding.workflow {
            case .new: 3
            case .notified: 2
            case .resolved: 1
            case .suppressed: 0
            }
        return [compliance, active, workflow, finding.severity.rank]
    }

    /// The whole content but the position, as sorted-key JSON: decides a tie left after time and
    /// state, so the same records give the same winner in any order.
    static func fingerprint(_ finding: Finding) -> String {
        var copy = finding
        copy.origin = RecordOrigin(file: "", record: 0)
        copy.scanners = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(copy)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// What makes two copies of one identity disagree: another control or resource at any time, or
    /// another status with the same `UpdatedAt`.
    static func conflictingFields(_ kept: Finding, _ dropped: Finding) -> [String] {
        var fields: [String] = []
        if kept.controlId != dropped.controlId { fields.append("control") }
        if kept.updatedAt == dropped.updatedAt
            && (kept.compliance != dropped.compliance || kept.recordState != dropped.recordState
                || kept.workflow != dropped.workflow)
        {
            fields.append("status")
        }
        // One image vulnerability from two scanners names the image in two ways: not a conflict.
        if !kept.identity.hasPrefix("vuln|"), Set(kept.resources.map(\.id)) != Set(dropped.resources.map(\.id)) {
            fields.append("resource")
        }
        return fields
    }
}

extension FindingSet.Conflict {
    /// The warning naming both positions.
    var diagnostic: Diagnostic {
        Diagnostic(
            .warning,
            file: dropped.origin.file,
            Message(
                .identityConflict,
                [
                    "dropped": .text("\(dropped.origin.position)"), "kept": .text("\(kept.origin.position)"),
                    "id": .text(kept.id), "fields": .list(fields),
                ]
            )
        )
    }
}
