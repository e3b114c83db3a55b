public import Foundation
public import ReportModel

extension ImageScanEvidence {
    /// Merges another record about the same image (same ``imageKey``).
    ///
    /// The later scan (by `scanCompletedAt`; a missing time is oldest) wins outright. Two pages of
    /// the same scan (equal times) keep the summary of the page read first, add their findings
    /// (one per identity) and stay partial only if every page was. Ties are broken by origin, so
    /// the result does not depend on the order of calls.
    /// - Parameter other: evidence about the same image.
    /// - Returns: the merged evidence; `self` unchanged when the keys differ.
    public func merged(with other: ImageScanEvidence) -> ImageScanEvidence {
        guard imageKey == other.imageKey else { return self }
        let mine = scanCompletedAt ?? .distantPast
        let theirs = other.scanCompletedAt ?? .distantPast
        if mine != theirs { return mine > theirs ? self : other }
        let (first, second) = Self.readOrder(self, other)
        if first.findings.isEmpty != second.findings.isEmpty {
            // An event (counts only) and a findings page of the same scan: keep the findings page.
            return first.findings.isEmpty ? second : first
        }
        var result = first
        result.replaceFindings(first.findings + second.findings)
        result.imageTags = Array(Set(first.imageTags + second.imageTags)).sorted()
        result.region = first.region ?? second.region
        result.partial = first.partial && second.partial
        return result
    }

    private static func readOrder(
        _ lhs: ImageScanEvidence,
        _ rhs: ImageScanEvidence
    ) -> (ImageScanEvidence, ImageScanEvidence) {
        (lhs.origin.file, lhs.origin.record) <= (rhs.origin.file, rhs.origin.record) ? (lhs, rhs) : (rhs, lhs)
    }
}
