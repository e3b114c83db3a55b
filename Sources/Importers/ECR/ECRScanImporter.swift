public import Foundation
public import ReportModel

/// Reads ECR image-scan records: `describe-image-scan-findings` pages (basic and enhanced
/// scanning) and the EventBridge "ECR Image Scan" event. One already-split JSON record per call.
public struct ECRScanImporter: Sendable {
    /// The region to put in basic findings' image ARNs; `describe-image-scan-findings` does not say.
    public var region: String?

    /// Creates an importer.
    /// - Parameter region: the region the scans were exported from, if known.
    public init(region: String? = nil) {
        self.region = region
    }

    /// Reads one `describe-image-scan-findings` page.
    /// - Parameters:
    ///   - data: the record's JSON bytes.
    ///   - origin: where the record was read.
    /// - Returns: the findings, the image's scan evidence and diagnostics.
    /// - Throws: `FrontDoorImportError` when the bytes are not JSON of this shape.
    public func importScanFindings(
        from data: Data,
        origin: RecordOrigin
    ) throws(FrontDoorImportError) -> ECRScanImport {
        importScanFindings(try FrontDoorJSON.decode(ECRScanExport.self, from: data, origin: origin), origin: origin)
    }

    /// Reads one decoded `describe-image-scan-findings` page (the import decodes pages on its splitting thread).
    /// - Parameters:
    ///   - export: the decoded page.
    ///   - origin: where it was read.
    /// - Returns: what `importScanFindings(from:origin:)` returns for the page's bytes.
    func importScanFindings(_ export: ECRScanExport, origin: RecordOrigin) -> ECRScanImport {
        var context = ECRScanContext(export: export, region: region, origin: origin)
        var findings: [Finding] = []
        var summaries: [ImageScanFinding] = []
        for (index, basic) in (export.imageScanFindings?.findings ?? []).enumerated() {
            guard let (finding, summary) = context.basicFinding(basic, index: index) else { continue }
            findings.append(finding)
            summaries.append(summary)
        }
        for (index, enhanced) in (export.imageScanFindings?.enhancedFindings ?? []).enumerated() {
            guard let (finding, summary) = context.enhancedFinding(enhanced, index: index) else { continue }
            findings.append(finding)
            summaries.append(summary)
        }
        let image = context.imageEvidence(findings: summaries)
        findings.sort { left, right in
            if left.severity.rank != right.severity.rank { return left.severity.rank > right.severity.rank }
            return left.identityKey < right.identityKey
        }
        return ECRScanImport(findings: findings, image: image, diagnostics: Diagnostic.ordered(context.diagnostics))
    }

    /// Reads the EventBridge "ECR Image Scan" event, or its `detail` object alone.
    /// - Parameters:
    ///   - data: the record's JSON bytes.
    ///   - origin: where the record was read.
    /// - Returns: the image's scan evidence (reported counts only) and diagnostics; no findings.
    /// - Throws: `FrontDoorImportError` when the bytes are not JSON of this shape, or the event
    ///   names no repository or image digest.
    public func importScanEvent(
        from data: Data,
        origin: RecordOrigin
    ) throws(FrontDoorImportError) -> ECRScanImport {
        let event = try FrontDoorJSON.decode(ECRScanEventExport.self, from: data, origin: origin)
        let detail: ECRScanEventExport.Detail
        let prefix: String
        if let wrapped = event.detail {
            detail = wrapped
            prefix = "detail."
        } else {
            detail = try FrontDoorJSON.decode(ECRScanEventExport.Detail.self, from: data, origin: origin)
            prefix = ""
        }
        guard let repository = detail.repositoryName else {
            throw .missingField(origin: origin, path: prefix + "repository-name")
        }
        guard let digest = detail.imageDigest else {
            throw .missingField(origin: origin, path: prefix + "image-digest")
        }
        var diagnostics: [Diagnostic] = []
        let resourceARN = event.resources?.first { $0.hasPrefix("arn:") }
        let arnParts = resourceARN?.split(separator: ":", omittingEmptySubsequences: false) ?? []
        let account = event.account ?? (arnParts.count > 4 ? String(arnParts[4]) : "")
        let regionName = event.region ?? (arnParts.count > 3 ? String(arnParts[3]) : region)
        if let time = event.time, time.date == nil {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    file: origin.file,
                    location: "record \(origin.record): time",
                    Message(.unreadableTimestamp, ["value": .text(time.raw)])
                )
            )
        }
        let image = ImageScanEvidence(
            registryId: account,
            region: regionName,
            repository: repository,
            imageDigest: digest,
            imageTags: detail.imageTags ?? [],
            scanType: .basic,
            scanStatus: detail.scanStatus,
            scanCompletedAt: event.time?.date,
            reportedSeverityCounts: (detail.findingSeverityCounts ?? [:]).mapValues(\.value),
            origin: origin
        )
        return ECRScanImport(image: image, diagnostics: diagnostics)
    }
}
