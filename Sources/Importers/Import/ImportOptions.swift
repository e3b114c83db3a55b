/// Choices that change how strictly inputs are read.
public struct ImportOptions: Sendable, Equatable {
    /// Skip files whose content is invalid or unrecognised (with a warning) instead of failing.
    public var skipInvalid: Bool
    /// Resource limits per file.
    public var limits: ImportLimits

    /// Creates options.
    /// - Parameters:
    ///   - skipInvalid: skip invalid files with a warning instead of failing.
    ///   - limits: resource limits per file.
    public init(skipInvalid: Bool = false, limits: ImportLimits = .standard) {
        self.skipInvalid = skipInvalid
        self.limits = limits
    }
}
