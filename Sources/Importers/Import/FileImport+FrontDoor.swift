import Foundation
import ReportModel

extension FileImport {
    /// Maps an ECR or WAF record with its front door importer.
    ///
    /// Record accounting: each ECR vulnerability is a finding record (enhanced ones merge with the
    /// same Inspector finding from other exports); a scan with no findings, a scan event, a web ACL,
    /// each sampled request and each log line are evidence records.
    mutating func acceptFrontDoor(
        _ format: InputFormat,
        event: Bool,
        bytes: [UInt8],
        base: RecordPath,
        path: String,
        position: TextPosition
    ) throws(ImportError) {
        let origin = RecordOrigin(file: self.path, record: records)
        let data = Data(bytes)
        do throws(FrontDoorImportError) {
            switch format {
            case .ecr:
                let importer = ECRScanImporter()
                let result =
                    event
                    ? try importer.importScanEvent(from: data, origin: origin)
                    : try importer.importScanFindings(from: data, origin: origin)
                if let image = result.image { frontDoor.add(image) }
                keepFrontDoor(result.diagnostics)
                for finding in result.findings { findings.insert(finding) }
                count(format, findings: result.findings.count, evidence: result.findings.isEmpty ? 1 : 0)
            case .wafWebACL:
                let result = try WebACLImporter().importWebACL(from: data, origin: origin)
                frontDoor.add(result.webACL)
                keepFrontDoor(result.diagnostics)
                count(format, findings: 0, evidence: 1)
            case .wafSampled:
                let result = try SampledRequestsImporter().importSampledRequests(from: data, origin: origin)
                frontDoor.add(result.traffic)
                keepFrontDoor(result.diagnostics)
                count(format, findings: 0, evidence: max(1, result.traffic.records))
            case .wafLog:
                let before = wafLog.duplicates
                keepFrontDoor(try wafLog.add(record: data, origin: origin))
                if wafLog.duplicates > before {
                    count(format, findings: 0, evidence: 0)
                    records += 1
                    formatCounts[format, default: 0] += 1
                    wafDuplicates += 1
                } else {
                    count(format, findings: 0, evidence: 1)
                }
            case .asff, .ocsf, .inspector2:
                skip(
                    Message(.findingAsEvidence, ["format": .text(format.rawValue)]),
                    base: base,
                    path: path,
                    position: position,
                    level: .warning
                )
            }
        } catch {
            try unreadable(
                Message(.invalidRecordOf, ["format": .text(format.rawValue), "reason": .message(error.reason)]),
                base: base,
                path: path,
                position: position
            )
        }
    }

    /// Keeps evidence diagnostics up to the per-file cap (one more, so the summary can tell).
    private mutating func keepFrontDoor(_ new: [Diagnostic]) {
        let room = Self.diagnosticsPerFile - frontDoorDiagnostics.count
        if room > 0 { frontDoorDiagnostics += new.prefix(room) }
        frontDoorDiagnosticsSeen += new.count
    }

    private mutating func count(_ format: InputFormat, findings found: Int, evidence evidenceCount: Int) {
        records += found + evidenceCount
        recognized += 1
        evidence += evidenceCount
        formatCounts[format, default: 0] += found + evidenceCount
    }
}
