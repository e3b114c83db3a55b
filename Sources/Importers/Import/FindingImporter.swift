public import ReportModel

/// The import stage: reads input files and returns unique findings with their ledger.
public struct FindingImporter: Sendable {
    /// How strictly inputs are read.
    public var options: ImportOptions

    /// Creates an importer.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Imports every source, in order, and de-duplicates findings across them (latest wins).
    /// - Parameter sources: the inputs, in the order given.
    /// - Returns: unique findings sorted by identity, one ledger entry per input, skipped records
    ///   and diagnostics.
    /// - Throws: `ImportError` for the first input that cannot be read or is not valid (unless
    ///   `skipInvalid` turns content errors into warnings).
    public func importFindings(from sources: [InputSource]) throws(ImportError) -> ImportedData {
        var all = FindingSet()
        var inputs: [InputFile] = []
        var skipped: [SkippedRecord] = []
        var diagnostics: [Diagnostic] = []
        // Each file's evidence, merged by key once every file is read (one sort, not one per file).
        var evidence: [FrontDoorEvidence] = []
        var carried = CrossFileState()
        var evidenceDuplicates = 0
        for source in sources {
            guard let result = try read(source, carried: carried, diagnostics: &diagnostics) else {
                var input = InputFile(path: source.path, sha256: "", bytes: 0, records: 0)
                input.unreadableReason =
                    diagnostics.last?.message ?? Message(.fileSkipped, ["reason": .text(source.path)])
                inputs.append(input)
                continue
            }
            all.merge(result.findings)
            inputs.append(result.input)
            skipped += result.skipped
            diagnostics += result.diagnostics
            evidence.append(result.frontDoor)
            carried = result.carried
            evidenceDuplicates += result.evidenceDuplicates
        }
        options.progress?(ImportProgress(stage: .imported))
        // What the splitting and decoding threads freed stays in their arenas otherwise.
        FreedMemory.release()
        diagnostics += all.conflicts.map(\.diagnostic)
        var frontDoor = FrontDoorEvidence.merging(
            images: evidence.flatMap(\.images),
            webACLs: evidence.flatMap(\.webACLs),
            traffic: evidence.flatMap(\.traffic)
        )
        evidence = []
        carried.finish(into: &frontDoor)
        return ImportedData(
            findings: all.sorted,
            inputs: inputs,
            duplicates: all.duplicates + evidenceDuplicates,
            skipped: skipped,
            diagnostics: diagnostics,
            frontDoor: frontDoor
        )
    }

    /// Reads each source on its own (no de-duplication across files) for `posture inspect`.
    /// - Returns: one inspection per input, in order; an input that cannot be read carries its `failure`.
    /// - Throws: never for one input's problem; the signature keeps room for a failure of the whole run.
    public func inspect(_ sources: [InputSource]) throws(ImportError) -> [FileInspection] {
        var inspections: [FileInspection] = []
        for source in sources {
            var diagnostics: [Diagnostic] = []
            do {
                if let result = try read(source, carried: CrossFileState(), diagnostics: &diagnostics) {
                    inspections.append(FileInspection(result))
                } else {
                    inspections.append(FileInspection(skippedFile: source.path, diagnostics: diagnostics))
                }
            } catch {
                // Every input is described: a file that cannot be read is reported and the next one is read.
                var inspection = FileInspection(skippedFile: source.path, diagnostics: diagnostics)
                inspection.failure = error
                inspections.append(inspection)
            }
        }
        return inspections
    }

    /// Reads one source; with `skipInvalid`, an unreadable file or a content error becomes a warning
    /// and `nil` (the file is still listed in the ledger); a limit is always an error.
    private func read(
        _ source: InputSource,
        carried: CrossFileState,
        diagnostics: inout [Diagnostic]
    ) throws(ImportError) -> FileResult? {
        if case .notRegular(let kind) = source.content {
            diagnostics.append(
                Diagnostic(.warning, file: source.path, Message(.notRegularFileSkipped, ["kind": .message(kind)]))
            )
            return nil
        }
        do {
            return try FileImport.run(source, options: options, carried: carried)
        } catch {
            // A limit is a resource decision the user makes with an option, never skipped quietly.
            if case .limitExceeded = error { throw error }
            guard options.skipInvalid else { throw error }
            diagnostics.append(
                Diagnostic(.warning, file: source.path, Message(.fileSkipped, ["reason": .message(error.message)]))
            )
            return nil
        }
    }
}
