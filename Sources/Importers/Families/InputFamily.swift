import Foundation
import ReportModel

/// One input family: a format the importers read, as one type listed once in
/// `InputFamilies.all`.
///
/// A family says which records are its own (`recognizes`), decodes one in the classifying pass
/// (`decode`) and reads it into findings or front door evidence (`read`). The file import does
/// the rest alike for every family: record counts per `format` (the report's ledger and what
/// `posture inspect` prints), de-duplication, diagnostics with their JSON paths, limits,
/// `--skip-invalid`. docs/architecture.md walks through adding one.
protocol InputFamily: SendableMetatype {
    /// What `decode` returns: the record's typed shape, or `Void` for a family that reads the bytes.
    associatedtype Record
    /// The `report.json` `inputs[].format` value the family's records count under.
    static var format: InputFormat { get }
    /// Whether a JSON object with this shape is one of the family's records (asked in registry order).
    static func recognizes(_ shape: RecordShape) -> Bool
    /// Whether an EventBridge event with this `detail-type` is, as a whole, one of the family's records.
    static func recognizesEvent(detailType: String) -> Bool
    /// Decodes a recognised record from the classifying decoder.
    /// - Throws: a `DecodingError`: the record is of this family but does not fit its shape.
    static func decode(from decoder: any Decoder) throws -> Record
    /// Reads one record into findings, evidence and diagnostics.
    /// - Throws: `RecordRejection` when the record cannot be read (no identity, wrong shape).
    static func read(
        _ record: Record,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield
    /// Reads a decoded record as far as that depends on the record alone, on the thread that decoded it
    /// (a finding family maps it to its finding): nil for a family whose reading depends on what came
    /// before (evidence, carried across records and files).
    /// - Parameters:
    ///   - record: the decoded record.
    ///   - file: the input's path.
    ///   - position: where the record starts in the file.
    /// - Returns: the record with what was read ahead, read again in its turn by `FamilyRecord.read`.
    static func readAhead(_ record: Record, file: String, position: TextPosition) -> (any FamilyRecord)?
}

extension InputFamily {
    /// Most families are never a whole EventBridge event.
    static func recognizesEvent(detailType: String) -> Bool { false }

    /// Nothing is read ahead unless the family says so.
    static func readAhead(_ record: Record, file: String, position: TextPosition) -> (any FamilyRecord)? { nil }
}

extension InputFamily where Record == Void {
    /// A family that reads the record's bytes itself decodes nothing while classifying.
    static func decode(from decoder: any Decoder) throws {}
}

/// The top-level members of a JSON object, for `InputFamily.recognizes`.
struct RecordShape {
    /// The member names.
    let keys: Set<String>
    /// The object, for reading a member's string value.
    let container: KeyedDecodingContainer<AnyCodingKey>

    /// Whether the object has a member of this name.
    func has(_ key: String) -> Bool { keys.contains(key) }

    /// A member's value when it is a string.
    func string(_ key: String) -> String? { try? container.decode(String.self, forKey: AnyCodingKey(key)) }
}

/// Where a record was read, handed to `InputFamily.read`.
struct RecordContext {
    /// The input's path.
    var file: String
    /// The record's number in the file.
    var record: Int
    /// Where the record (or the top-level value holding it) starts.
    var position: TextPosition
    /// The JSON text of the top-level value holding the record (or the log message).
    var bytes: [UInt8]

    /// The origin a finding carries: file, record number, line and column.
    var findingOrigin: RecordOrigin {
        RecordOrigin(file: file, record: record, line: position.line, column: position.column)
    }

    /// The origin evidence carries: file and record number.
    var evidenceOrigin: RecordOrigin { RecordOrigin(file: file, record: record) }
}

/// Why a record of a known family cannot be read: it is counted as unreadable (an error, or a
/// warning under `--skip-invalid`).
struct RecordRejection: Error, Sendable, Equatable {
    /// What is wrong.
    var reason: Message
}

/// State a family carries from one file to the next: WAF log lines de-duplicate across files
/// and become traffic only when every file was read.
struct CrossFileState: Sendable {
    /// The WAF log lines read so far.
    var wafLog = WAFLogAccumulator()

    /// The evidence that is complete only after the last file: WAF log traffic.
    func finish(into evidence: inout FrontDoorEvidence) {
        for traffic in wafLog.finalize() { evidence.add(traffic) }
    }
}

/// What one record yields.
struct RecordYield {
    /// Findings (a finding family's one, or an image scan's vulnerabilities).
    var findings: [Finding] = []
    /// Diagnostics about members, with paths inside the record.
    var fieldDiagnostics: [FieldDiagnostic] = []
    /// Image scans.
    var images: [ImageScanEvidence] = []
    /// Web ACL configurations.
    var webACLs: [WebACLEvidence] = []
    /// WAF traffic.
    var traffic: [WAFTrafficEvidence] = []
    /// Diagnostics the front door importers positioned themselves.
    var evidenceDiagnostics: [Diagnostic] = []
    /// Records counted as evidence (a web ACL, each sampled request, a log line, a scan without findings).
    var evidenceRecords = 0
    /// Records counted as copies of one already read (not evidence again).
    var duplicates = 0

    /// The yield of a finding family's record: one finding and its member diagnostics.
    /// - Parameters:
    ///   - context: where the record was read.
    ///   - missingIdentity: the reason when `map` finds no identity.
    ///   - map: the family's mapping: origin in, diagnostics collected, `nil` without an identity.
    /// - Returns: the yield.
    /// - Throws: `RecordRejection` with `missingIdentity` when the record has no identity.
    static func finding(
        at context: RecordContext,
        missingIdentity: Message,
        _ map: (RecordOrigin, inout FieldReport) -> Finding?
    ) throws(RecordRejection) -> RecordYield {
        var report = FieldReport()
        guard let finding = map(context.findingOrigin, &report) else {
            throw RecordRejection(reason: missingIdentity)
        }
        return RecordYield(findings: [finding], fieldDiagnostics: report.diagnostics)
    }

    /// Runs a front door importer, turning its error into a rejection naming the format.
    /// - Parameters:
    ///   - format: the format the rejection names.
    ///   - body: the front door importer call; its error becomes the rejection's reason.
    /// - Returns: what `body` yielded.
    /// - Throws: `RecordRejection` `invalid <format> record: <reason>`.
    static func evidence(
        _ format: InputFormat,
        _ body: () throws(FrontDoorImportError) -> RecordYield
    ) throws(RecordRejection) -> RecordYield {
        do {
            return try body()
        } catch {
            throw RecordRejection(
                reason: Message(.invalidRecordOf, ["format": .text(format.rawValue), "reason": .message(error.reason)])
            )
        }
    }
}

/// A record of a registered family, decoded: what `ClassifiedRecord.Kind.record` carries.
protocol FamilyRecord {
    /// The family's format.
    var format: InputFormat { get }
    /// Reads the record with its family.
    func read(at context: RecordContext, carried: inout CrossFileState) throws(RecordRejection) -> RecordYield
    /// The record with what its family reads ahead (`InputFamily.readAhead`), or itself.
    /// - Parameters:
    ///   - file: the input's path.
    ///   - position: where the record starts in the file.
    /// - Returns: a record that reads as this one does.
    func readAhead(file: String, position: TextPosition) -> any FamilyRecord
}

extension FamilyRecord {
    func readAhead(file: String, position: TextPosition) -> any FamilyRecord { self }
}

/// A decoded record and the family that reads it.
struct DecodedRecord<Family: InputFamily>: FamilyRecord {
    /// The decoded record.
    var record: Family.Record

    var format: InputFormat { Family.format }

    func read(at context: RecordContext, carried: inout CrossFileState) throws(RecordRejection) -> RecordYield {
        try Family.read(record, at: context, carried: &carried)
    }

    func readAhead(file: String, position: TextPosition) -> any FamilyRecord {
        Family.readAhead(record, file: file, position: position) ?? self
    }
}
