import Foundation
import ReportModel

extension FileImport {
    /// Reads a record of a registered family and takes what it yields.
    ///
    /// Record accounting, the same for every family: each finding is a record, each evidence record
    /// and each duplicate is one; the family's format counts them all.
    mutating func acceptRecord(
        _ record: any FamilyRecord,
        bytes: [UInt8],
        base: RecordPath,
        path: String,
        position: TextPosition
    ) throws(ImportError) {
        let context = RecordContext(file: self.path, record: records, position: position, bytes: bytes)
        var yield: RecordYield
        do {
            yield = try record.read(at: context, carried: &carried)
        } catch {
            return try unreadable(error.reason, base: base, path: path, position: position)
        }
        // Evidence is merged by key when the file is finished (one sort, not one per record).
        pendingImages += yield.images
        pendingWebACLs += yield.webACLs
        pendingTraffic += yield.traffic
        keepFrontDoor(yield.evidenceDiagnostics)
        for index in yield.findings.indices { sharing.share(&yield.findings[index]) }
        for finding in yield.findings { findings.insert(finding) }
        for diagnostic in yield.fieldDiagnostics {
            keep((base, Self.join(path, diagnostic.path), diagnostic))
        }
        let counted = yield.findings.count + yield.evidenceRecords + yield.duplicates
        records += counted
        recognized += 1
        evidence += yield.evidenceRecords
        formatCounts[record.format, default: 0] += counted
        evidenceDuplicates += yield.duplicates
    }

    /// Keeps evidence diagnostics up to the per-file cap (one more, so the summary can tell).
    private mutating func keepFrontDoor(_ new: [Diagnostic]) {
        let room = Self.diagnosticsPerFile - frontDoorDiagnostics.count
        if room > 0 { frontDoorDiagnostics += new.prefix(room) }
        frontDoorDiagnosticsSeen += new.count
    }
}
