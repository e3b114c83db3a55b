extension ImageScanEvidence {
    /// Orders images by repository, registry and digest: a total order for listings.
    /// - Returns: whether `lhs` sorts first.
    public static func reportOrder(_ lhs: ImageScanEvidence, _ rhs: ImageScanEvidence) -> Bool {
        (lhs.repository, lhs.registryId, lhs.imageDigest) < (rhs.repository, rhs.registryId, rhs.imageDigest)
    }
}
