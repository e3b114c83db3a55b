import Foundation
import ReportModel

/// A family whose record is one finding: decoded with its `Decodable` shape and mapped by its
/// importer. A record the importer finds no identity in is rejected, naming `identityMember`.
protocol FindingFamily: InputFamily where Record: Decodable {
    /// The member that holds the finding's identity (`Id`, `uid`, `findingArn`), named when it is missing.
    static var identityMember: String { get }
    /// Maps one record to a finding, collecting member diagnostics in `report`; `nil` without an identity.
    static func finding(from record: Record, origin: RecordOrigin, report: inout FieldReport) -> Finding?
}

extension FindingFamily {
    static func decode(from decoder: any Decoder) throws -> Record {
        try Record(from: decoder)
    }

    static func read(
        _ record: Record,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.finding(at: context, missingIdentity: missingIdentity) {
            finding(from: record, origin: $0, report: &$1)
        }
    }

    /// Why a record without an identity is rejected.
    static var missingIdentity: Message {
        Message(.findingWithoutId, ["format": .text(format.rawValue), "member": .text(identityMember)])
    }

    /// A finding depends on its record alone, and on where the record is (its origin): it is mapped ahead.
    static func readAhead(_ record: Record, file: String, position: TextPosition) -> (any FamilyRecord)? {
        var report = FieldReport()
        let origin = RecordOrigin(file: file, record: 0, line: position.line, column: position.column)
        var finding = finding(from: record, origin: origin, report: &report)
        finding?.keepProfileHash()
        return MappedRecord<Self>(finding: finding, diagnostics: report.diagnostics)
    }
}

/// A finding family's record mapped ahead, on the thread that decoded it (`FindingFamily.readAhead`), before its
/// number among the file's records was known. Read in its turn, it gives the finding with its number and the place
/// it is read at (a finding depends on its record alone and on its origin, so this is the finding a read there
/// maps). The decoded record is not kept: it is freed on the thread that decoded it, which made the strings it
/// shares, rather than on the importing thread. A class, so the finding moves out of it when read: a finding held
/// twice is copied by the first change made to it (its number, then what `FindingSharing` shares). Read once:
/// `FileImport.acceptRecord` reads each record once.
final class MappedRecord<Family: FindingFamily>: FamilyRecord {
    /// The finding (record number 0), nil without an identity, and the member diagnostics.
    private var finding: Finding?
    private var diagnostics: [FieldDiagnostic]
    /// Whether the mapped finding was handed out.
    private var used = false

    init(finding: Finding?, diagnostics: [FieldDiagnostic]) {
        self.finding = finding
        self.diagnostics = diagnostics
    }

    var format: InputFormat { Family.format }

    func read(at context: RecordContext, carried: inout CrossFileState) throws(RecordRejection) -> RecordYield {
        precondition(!used)  // read once: `FileImport.acceptRecord` reads each record once
        used = true
        guard var finding = finding.take() else { throw RecordRejection(reason: Family.missingIdentity) }
        let origin = context.findingOrigin
        if finding.origin != origin { finding.origin = origin }
        let diagnostics = self.diagnostics
        self.diagnostics = []
        return RecordYield(findings: [finding], fieldDiagnostics: diagnostics)
    }
}

/// A front door family: its importer reads the record's bytes into evidence (and, for ECR scan
/// pages, findings); the importer's errors reject the record naming the family's format.
protocol EvidenceFamily: InputFamily where Record == Void {
    /// Reads one record's bytes; `carried` holds what the family keeps from one record and file to the next.
    /// - Throws: `FrontDoorImportError` when the record does not fit the format.
    static func evidence(
        from bytes: Data,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield
}

extension EvidenceFamily {
    static func read(
        _ record: Void,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            try evidence(from: Data(context.bytes), origin: context.evidenceOrigin, carried: &carried)
        }
    }
}

/// A front door family whose records come by the hundred thousand (WAF log lines, ECR scan pages): the record is
/// decoded once, on the splitting thread, from the parse its classification already made, and its importer reads
/// the decoded value; a record that does not decode is rejected as `FrontDoorJSON.decode` rejects it.
protocol DecodedEvidenceFamily: InputFamily where Record == DecodedExport<Export> {
    /// The record's shape.
    associatedtype Export: Decodable & Sendable
    /// Reads a decoded record into evidence.
    /// - Parameters:
    ///   - export: the decoded record.
    ///   - origin: where it was read.
    ///   - carried: what the family carries from file to file.
    /// - Returns: what the record yields.
    /// - Throws: `FrontDoorImportError` for a record the importer refuses.
    static func evidence(
        from export: Export,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield
}

/// A record decoded on the splitting thread, or why it did not decode.
enum DecodedExport<Export: Sendable>: Sendable {
    case decoded(Export)
    case failed(FrontDoorFailure)
}

extension DecodedEvidenceFamily {
    static func decode(from decoder: any Decoder) throws -> Record {
        do {
            return .decoded(try Export(from: decoder))
        } catch {
            return .failed(FrontDoorJSON.failure(error))
        }
    }

    static func read(
        _ record: Record,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            switch record {
            case .decoded(let export):
                return try evidence(from: export, origin: context.evidenceOrigin, carried: &carried)
            case .failed(let failure):
                throw failure.error(at: context.evidenceOrigin)
            }
        }
    }
}
