import Foundation
import ReportModel

/// The state of reading one `describe-image-scan-findings` page: the image it is about and
/// the diagnostics collected so far.
struct ECRScanContext {
    let export: ECRScanExport
    let region: String?
    let origin: RecordOrigin
    var diagnostics: [Diagnostic] = []

    init(export: ECRScanExport, region: String?, origin: RecordOrigin) {
        self.export = export
        self.origin = origin
        let firstImage = export.imageScanFindings?.enhancedFindings?.lazy
            .compactMap { $0.findingArn }.first
        self.region = region ?? firstImage.flatMap(Self.region(fromARN:))
        if !(export.nextToken ?? "").isEmpty {
            note(.note, at: "nextToken", Message(.partialExportMorePages))
        }
    }

    /// The image digest: `imageId.imageDigest`, else the first enhanced finding's image hash.
    var imageDigest: String? {
        export.imageId?.imageDigest ?? firstContainerImage?.imageHash
    }

    /// The repository name, from the page or the first enhanced finding's image.
    var repository: String? {
        export.repositoryName ?? firstContainerImage?.repositoryName
    }

    /// The registry id, from the page or the first enhanced finding.
    var registryId: String? {
        export.registryId ?? firstContainerImage?.registry
            ?? export.imageScanFindings?.enhancedFindings?.first?.awsAccountId
    }

    private var firstContainerImage: ECRScanExport.ResourceExport.ContainerImage? {
        export.imageScanFindings?.enhancedFindings?.lazy
            .compactMap { $0.resources?.first?.details?.awsEcrContainerImage }.first
    }

    /// `arn:aws:ecr:<region>:<registry>:repository/<repo>/<digest>`; the region is empty when unknown.
    var imageARN: String {
        "arn:aws:ecr:\(region ?? ""):\(registryId ?? ""):repository/\(repository ?? "")/\(imageDigest ?? "")"
    }

    /// Records a diagnostic at a JSON path of this record.
    mutating func note(_ level: Diagnostic.Level, at path: String, _ message: Message) {
        diagnostics.append(Diagnostic(level, file: origin.file, location: "record \(origin.record): \(path)", message))
    }

    /// The date of a timestamp, reporting unreadable ones.
    mutating func date(_ timestamp: FrontDoorTimestamp?, at path: String) -> Date? {
        guard let timestamp else { return nil }
        if timestamp.date == nil {
            note(.warning, at: path, Message(.unreadableTimestamp, ["value": .text(timestamp.raw)]))
        }
        return timestamp.date
    }

    /// The normalised severity: the five labels as they are; UNDEFINED and UNTRIAGED become
    /// informational with a note; anything else informational with a warning.
    mutating func severity(_ word: String?, at path: String) -> Severity {
        let label = (word ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        if let severity = Severity(rawValue: label) { return severity }
        switch label {
        case "UNDEFINED", "UNTRIAGED":
            note(.note, at: path, Message(.ecrSeverityInformational, ["value": .text(label)]))
        case "":
            note(.warning, at: path, Message(.ecrMissingSeverity))
        default:
            note(.warning, at: path, Message(.ecrUnknownSeverity, ["value": .text(word ?? "")]))
        }
        return .informational
    }

    /// The image's scan evidence for this page, or `nil` (with a warning) when it names no image.
    mutating func imageEvidence(findings: [ImageScanFinding]) -> ImageScanEvidence? {
        guard let repository, let imageDigest else {
            note(.warning, at: "imageId", Message(.ecrNoImage))
            return nil
        }
        let scanFindings = export.imageScanFindings
        let status = export.imageScanStatus?.status
        let enhancedStatuses: Set<String> = ["ACTIVE", "PENDING", "SCAN_ELIGIBILITY_EXPIRED", "FINDINGS_UNAVAILABLE"]
        let isEnhanced =
            scanFindings?.enhancedFindings != nil
            || (scanFindings?.findings == nil && enhancedStatuses.contains(status ?? ""))
        let tags =
            [export.imageId?.imageTag].compactMap { $0 }
            + (scanFindings?.enhancedFindings ?? []).flatMap {
                $0.resources?.first?.details?.awsEcrContainerImage?.imageTags ?? []
            }
        return ImageScanEvidence(
            registryId: registryId ?? "",
            region: region,
            repository: repository,
            imageDigest: imageDigest,
            imageTags: tags,
            scanType: isEnhanced ? .enhanced : .basic,
            scanStatus: status,
            scanStatusDescription: export.imageScanStatus?.description,
            scanCompletedAt: date(scanFindings?.imageScanCompletedAt, at: "imageScanFindings.imageScanCompletedAt"),
            vulnerabilitySourceUpdatedAt: date(
                scanFindings?.vulnerabilitySourceUpdatedAt,
                at: "imageScanFindings.vulnerabilitySourceUpdatedAt"
            ),
            reportedSeverityCounts: (scanFindings?.findingSeverityCounts ?? [:]).mapValues(\.value),
            findings: findings,
            partial: !(export.nextToken ?? "").isEmpty,
            origin: origin
        )
    }

    /// The region in an ARN `arn:aws:<service>:<region>:…`.
    static func region(fromARN arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 3, parts[0] == "arn", !parts[3].isEmpty else { return nil }
        return String(parts[3])
    }
}
