// The decoder spike (docs/BENCHMARKS.md): extracts Id, UpdatedAt, Severity.Label,
// Compliance.Status/SecurityControlId and every Resources[].Id from an ASFF get-findings file
// in one of several ways and prints a tally, so the ways can be timed and checked against
// each other on the same file.
//
//     posture-decoder-spike MODE FILE
//
// MODE: split (the importers' splitter alone), foundation (splitter + JSONDecoder, today's path),
// swift (splitter + byte-level Swift reader), simdjson (splitter + simdjson per record),
// simdjson-file (simdjson over the whole file, no splitter), fastsplit (a minimal splitter:
// strings, escapes and depth only, with SHA-256 of the chunks), fastsplit-swift (that splitter +
// the byte-level Swift reader), read (1 MiB chunks and SHA-256 only).
import Foundation
import Importers

/// What every mode counts, to check that they agree.
struct Tally {
    var records = 0
    var findings = 0
    var bySeverity: [String: Int] = [:]
    var failed = 0
    var controls = 0
    var resources = 0
    var bytes = 0

    mutating func add(
        id: String?,
        updatedAt: String?,
        label: String?,
        status: String?,
        control: String?,
        resourceIds: [String]
    ) {
        findings += 1
        bySeverity[label ?? "-", default: 0] += 1
        if status == "FAILED" { failed += 1 }
        if control != nil { controls += 1 }
        resources += resourceIds.count
        bytes += (id?.utf8.count ?? 0) + (updatedAt?.utf8.count ?? 0) + resourceIds.reduce(0) { $0 + $1.utf8.count }
    }

    var line: String {
        let severities = bySeverity.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "findings=\(findings) \(severities) failed=\(failed) controls=\(controls) resources=\(resources) "
            + "bytes=\(bytes)"
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: posture-decoder-spike MODE FILE (see the source for the modes)")
    exit(2)
}
let mode = arguments[1]
let source = InputSource.file(arguments[2])
var tally = Tally()
switch mode {
case "split":
    tally.records = try RecordStream.read(source, decoding: .none) { bytes, _ in tally.bytes += bytes.count }
case "foundation":
    tally.records = try RecordStream.read(source, decoding: .foundation) { _, fields in
        guard let fields else { return }
        tally.add(
            id: fields.id,
            updatedAt: fields.updatedAt,
            label: fields.severityLabel,
            status: fields.complianceStatus,
            control: fields.securityControlId,
            resourceIds: fields.resourceIds
        )
    }
case "swift":
    tally.records = try RecordStream.read(source, decoding: .none) { bytes, _ in
        guard let fields = try? bytes.withUnsafeBufferPointer({ try ASFFByteReader.fields($0) }) else { return }
        tally.add(
            id: fields.id,
            updatedAt: fields.updatedAt,
            label: fields.severityLabel,
            status: fields.complianceStatus,
            control: fields.securityControlId,
            resourceIds: fields.resourceIds
        )
    }
case "read":
    tally.records = FastSplitter.split(path: arguments[2], hash: true, scan: false) { _ in }
case "fastsplit":
    tally.records = FastSplitter.split(path: arguments[2], hash: true) { bytes in tally.bytes += bytes.count }
case "fastsplit-swift":
    tally.records = FastSplitter.split(path: arguments[2], hash: true) { bytes in
        guard let fields = try? ASFFByteReader.fields(bytes) else { return }
        tally.add(
            id: fields.id,
            updatedAt: fields.updatedAt,
            label: fields.severityLabel,
            status: fields.complianceStatus,
            control: fields.securityControlId,
            resourceIds: fields.resourceIds
        )
    }
default:
    guard try runSimdjson(mode: mode, path: arguments[2], source: source, tally: &tally) else {
        print("unknown mode \(mode) (the simdjson modes need POSTURE_SIMDJSON_SPIKE=1 at build time)")
        exit(2)
    }
}
print("\(mode): records=\(tally.records) \(tally.line)")
