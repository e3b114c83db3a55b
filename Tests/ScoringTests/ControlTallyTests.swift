import ReportModel
import Testing

@testable import Scoring

/// Control status is counted one finding at a time (`ControlTally`) so scoring keeps no per-control
/// lists of findings; it must decide exactly what Security Hub's rule, applied to the whole list, decides.
@Suite struct ControlTallyTests {
    typealias Pair = (bucket: FindingBucket, compliance: ComplianceStatus)

    /// The rule as written for a whole list: drop sample, archived and suppressed findings; nothing left →
    /// no data; FAILED ones all accepted → accepted (unknown beside a WARNING or NOT_AVAILABLE), else
    /// failed; else any not PASSED → unknown; else passed.
    static func reference(_ findings: [Pair]) -> ControlState {
        let remaining = findings.filter { ![.sample, .archived, .suppressed].contains($0.bucket) }
        if remaining.isEmpty { return .noData }
        let failing = remaining.filter { $0.compliance == .failed }
        if !failing.isEmpty {
            guard failing.allSatisfy({ $0.bucket == .accepted }) else { return .failed }
            return remaining.contains { $0.compliance != .passed && $0.compliance != .failed } ? .unknown : .accepted
        }
        return remaining.contains { $0.compliance != .passed } ? .unknown : .passed
    }

    static let pairs: [Pair] = FindingBucket.allCases.flatMap { bucket in
        ComplianceStatus.allCases.map { (bucket, $0) }
    }

    @Test func everyListOfUpToThreeFindingsInEveryOrderGetsTheRulesState() {
        var lists: [[Pair]] = [[]]
        var checked = 0
        for _ in 1...3 {
            lists = lists.flatMap { list in Self.pairs.map { list + [$0] } }
            for list in lists {
                #expect(ControlStatus.state(of: list) == Self.reference(list), "\(list)")
                checked += 1
            }
        }
        #expect(ControlStatus.state(of: []) == .noData)
        #expect(
            checked == Self.pairs.count + Self.pairs.count * Self.pairs.count + Self.pairs.count * Self.pairs.count
                * Self.pairs.count
        )
    }

    @Test func talliesCountEachControlOnce() {
        var tallies = ControlTallies()
        let observations: [(String, FindingBucket, ComplianceStatus)] = [
            ("IAM.6", .accepted, .failed), ("IAM.6", .passed, .passed), ("S3.1", .open, .failed),
            ("S3.1", .accepted, .failed), ("EC2.2", .unknown, .warning), ("KMS.4", .archived, .failed),
            ("CloudTrail.1", .passed, .passed),
        ]
        for (control, bucket, compliance) in observations { tallies.add(control: control, bucket, compliance) }
        #expect(tallies.counts == ControlCounts(passed: 1, failed: 1, unknown: 1, noData: 1, accepted: 1))
    }
}
