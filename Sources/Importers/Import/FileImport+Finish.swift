import ReportModel

extension FileImport {
    /// Checks the file as a whole and builds its result.
    /// - Parameters:
    ///   - digest: the stored bytes' digest and size.
    ///   - singleValue: whether the file held exactly one top-level value.
    /// - Returns: the result.
    /// - Throws: `ImportError.wrongShape` when records were read but none was recognised.
    func finish(digest: StoredDigest, singleValue: Bool) throws(ImportError) -> FileResult {
        if records > 0 && recognized == 0 && !options.skipInvalid, let problem = firstProblem {
            throw .wrongShape(
                file: path,
                position: problem.position,
                reason: Message(.noKnownRecord, ["first": .message(problem.reason)])
            )
        }
        var diagnostics = pending.map { entry in
            let location = FileImport.join(entry.base.rendered(singleValue: singleValue), entry.path)
            return Diagnostic(
                entry.diagnostic.level,
                file: path,
                location: location.isEmpty ? nil : location,
                entry.diagnostic.message
            )
        }
        if diagnosticsNotKept > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    file: path,
                    Message(
                        .moreRecordDiagnostics,
                        ["count": .number(diagnosticsNotKept), "kept": .number(Self.diagnosticsPerFile)]
                    )
                )
            )
        }
        diagnostics += frontDoorDiagnostics
        diagnostics += findings.conflicts.map(\.diagnostic)
        if frontDoorDiagnosticsSeen > frontDoorDiagnostics.count {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    file: path,
                    Message(
                        .moreEvidenceDiagnostics,
                        ["count": .number(frontDoorDiagnosticsSeen - frontDoorDiagnostics.count)]
                    )
                )
            )
        }
        if let first = firstTruncation {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    file: path,
                    location: "\(first)",
                    Message(
                        .stringsTruncated,
                        [
                            "count": .number(truncatedStrings), "bytes": .number(options.limits.stringBytes),
                            "marker": .text(ImportLimits.truncationMarker), "option": .text("--max-string-length"),
                        ]
                    )
                )
            )
        }
        if partial {
            diagnostics.append(
                Diagnostic(.warning, file: path, location: "NextToken", Message(.partialExportNextToken))
            )
        }
        if records == 0 {
            diagnostics.append(Diagnostic(.note, file: path, Message(.noFindings)))
        }
        var input = InputFile(
            path: path,
            sha256: digest.sha256,
            bytes: digest.bytes,
            formats: formatCounts,
            records: records,
            skipped: skipped.count,
            partial: partial
        )
        input.evidenceRecords = evidence
        input.unreadable = unreadable
        var result = FileResult(
            input: input,
            formatCounts: formatCounts,
            findings: findings,
            skipped: skipped,
            diagnostics: diagnostics,
            frontDoor: .merging(images: pendingImages, webACLs: pendingWebACLs, traffic: pendingTraffic),
            carried: carried
        )
        result.evidenceDuplicates = evidenceDuplicates
        return result
    }
}
