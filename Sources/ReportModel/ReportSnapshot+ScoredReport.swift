extension ReportSnapshot {
    /// Keeps what history needs of a scored report; sample findings are left out.
    public init(_ report: ScoredReport) {
        self.init(report, rows: FindingRows(report.findings, identityOrder: report.identityOrder))
    }

    /// Keeps what history needs of a scored report, its finding rows made from `rows`.
    /// - Parameters:
    ///   - report: what is kept: its scores, controls, acceptances and standards (its findings through `rows`).
    ///   - rows: the rows of `report`'s findings (`FindingRows(report.findings)`).
    public init(_ report: ScoredReport, rows: FindingRows) {
        self.init(
            asOf: report.asOf,
            inputCount: report.inputs.count,
            overall: report.overall,
            layers: report.layers.map(LayerSnapshot.init),
            environments: report.environments.map(EnvironmentSnapshot.init),
            controls: report.controls.map(ControlSnapshot.init),
            acceptances: report.acceptances.map(AcceptanceSnapshot.init),
            findings: rows.strictlyIncreasing ? [] : rows.made()
        )
        // Rows checked to be in identity order, one per identity, are kept as made, not compared again.
        if rows.strictlyIncreasing { findings = rows.made() }
        standards = report.byStandard.map {
            StandardSnapshot(standardsId: $0.standardsId, name: $0.name, controls: $0.controls)
        }
    }
}

/// A period's finding rows (the findings that are not samples), in identity order, each made when it is read
/// from the scored findings it comes from: what history writes of a report, without a row held for every
/// finding while the report is rendered (96 bytes a finding; 100k findings, 9.6 MB).
public struct FindingRows: RandomAccessCollection, Sendable {
    private let findings: [ScoredFinding]
    /// Positions in `findings`, in identity order (32 bits: a report holds far fewer than 2^31 findings).
    private let order: [Int32]
    /// Whether each row's identity was found to come after the one before it (the order given was checked; a
    /// sorted order is not, as two findings may share an identity): the rows are then sorted and unique.
    public let strictlyIncreasing: Bool

    /// Orders the findings that are not samples by identity.
    /// - Parameters:
    ///   - findings: a scored report's findings.
    ///   - identityOrder: where they are in identity order, if known (`ScoredReport.identityOrder`); used when
    ///     one pass shows it lists every position once with identities in increasing order, else they are sorted.
    public init(_ findings: [ScoredFinding], identityOrder: IdentityOrder = IdentityOrder()) {
        precondition(findings.count < Int(Int32.max), "more findings than one period's rows can order")
        if let given = identityOrder.positions, Self.ordersByIdentity(given, findings) {
            self.findings = findings
            self.order = given.filter { findings[Int($0)].bucket != .sample }
            self.strictlyIncreasing = true
            return
        }
        var order: [Int32] = []
        order.reserveCapacity(findings.count)
        for position in findings.indices where findings[position].bucket != .sample {
            order.append(Int32(truncatingIfNeeded: position))
        }
        findings.withUnsafeBufferPointer { buffer in
            order.sort { buffer[Int($0)].finding.identityKey < buffer[Int($1)].finding.identityKey }
        }
        self.findings = findings
        self.order = order
        self.strictlyIncreasing = false
    }

    /// Every row, made in two halves on two threads for a large period (each row copies a finding's texts, read
    /// from findings scattered through memory), each half in place in the one array: the same rows as `Array(self)`.
    /// - Returns: the rows, in order.
    public func made() -> [FindingSnapshot] {
        InHalves.array(count: count) { [self] in self[$0] }
    }

    /// Whether `order` holds each position of `findings` once, their identities strictly increasing (each
    /// after the one before: no position can come twice). The pairs are compared in two halves, the first on
    /// another thread: each reads findings scattered through memory, and 100k of them take a tenth of a second.
    private static func ordersByIdentity(_ order: [Int32], _ findings: [ScoredFinding]) -> Bool {
        guard order.count == findings.count else { return false }
        guard order.allSatisfy({ findings.indices.contains(Int($0)) }) else { return false }
        // Pair `i` is positions `i - 1` and `i`; every pair from 1 to the end is compared, in one half or the other.
        return InHalves.allSatisfy(1..<Swift.max(1, order.count)) { pair in
            findings[Int(order[pair - 1])].finding.identityKey < findings[Int(order[pair])].finding.identityKey
        }
    }

    /// The first position.
    public var startIndex: Int { order.startIndex }

    /// The position after the last row.
    public var endIndex: Int { order.endIndex }

    /// The row at `position`, made from its finding.
    public subscript(position: Int) -> FindingSnapshot {
        // Read where the array holds it: the finding handed on would be a copy (its references retained and
        // released, on both threads that make rows).
        let index = Int(order[position])
        return findings.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { preconditionFailure("a row of no findings") }
            return FindingSnapshot(base + index)
        }
    }
}
