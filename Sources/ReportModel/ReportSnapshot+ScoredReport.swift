extension ReportSnapshot {
    /// Keeps what history needs of a scored report; sample findings are left out.
    public init(_ report: ScoredReport) {
        self.init(report, rows: FindingRows(report.findings))
    }

    /// Keeps what history needs of a scored report, its finding rows made from `rows`.
    /// - Parameters:
    ///   - report: the scored report.
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
            findings: Array(rows)
        )
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

    /// Orders the findings that are not samples by identity.
    /// - Parameter findings: a scored report's findings.
    public init(_ findings: [ScoredFinding]) {
        precondition(findings.count < Int(Int32.max), "more findings than one period's rows can order")
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
    }

    /// The first position.
    public var startIndex: Int { order.startIndex }

    /// The position after the last row.
    public var endIndex: Int { order.endIndex }

    /// The row at `position`, made from its finding.
    public subscript(position: Int) -> FindingSnapshot {
        // Read in parts: the finding handed on whole would be a copy (its references retained and released).
        let index = Int(order[position])
        return FindingSnapshot(
            findings[index].finding,
            status: findings[index].bucket,
            layer: findings[index].layer,
            environment: findings[index].environment
        )
    }
}
