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
        return Self.merged([self, other]) ?? self
    }

    /// Every record about one image (same ``imageKey``) merged at once, by the rules of `merged(with:)`, in one
    /// pass however many pages a scan has (merged two at a time, a scan of thousands of pages re-sorted every
    /// finding gathered so far once per page); the same value as merging them two at a time, in any order.
    /// - Parameter pieces: records about one image, in any order.
    /// - Returns: the merged evidence, `nil` for none.
    public static func merged(_ pieces: [ImageScanEvidence]) -> ImageScanEvidence? {
        // The latest scan wins outright; the records of that scan merge in the order they were read.
        guard let latest = pieces.map({ $0.scanCompletedAt ?? .distantPast }).max() else { return nil }
        let scan = pieces.filter { ($0.scanCompletedAt ?? .distantPast) == latest }.sorted {
            ($0.origin.file, $0.origin.record) < ($1.origin.file, $1.origin.record)
        }
        // Events (counts only) give way to the findings pages of the same scan.
        let pages = scan.filter { !$0.findings.isEmpty }
        let merging = pages.isEmpty ? scan : pages
        guard var result = merging.first else { return nil }
        guard merging.count > 1 else { return result }
        result.replaceFindings(merging.flatMap(\.findings))
        result.imageTags = Array(Set(merging.flatMap(\.imageTags))).sorted()
        result.region = merging.lazy.compactMap(\.region).first
        result.partial = merging.allSatisfy(\.partial)
        return result
    }
}
