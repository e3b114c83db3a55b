/// Choices that change how strictly inputs are read.
public struct ImportOptions: Sendable, Equatable {
    /// Skip files whose content is invalid or unrecognised (with a warning) instead of failing.
    public var skipInvalid: Bool
    /// Resource limits per file.
    public var limits: ImportLimits
    /// Called as the inputs are read (not part of the options' equality).
    public var progress: (@Sendable (ImportProgress) -> Void)?

    /// Creates options.
    /// - Parameters:
    ///   - skipInvalid: skip invalid files with a warning instead of failing.
    ///   - limits: resource limits per file.
    public init(skipInvalid: Bool = false, limits: ImportLimits = .standard) {
        self.skipInvalid = skipInvalid
        self.limits = limits
    }

    /// Whether two sets of options read inputs alike (the progress callback is not compared).
    /// - Returns: whether they are equal.
    public static func == (lhs: ImportOptions, rhs: ImportOptions) -> Bool {
        lhs.skipInvalid == rhs.skipInvalid && lhs.limits == rhs.limits
    }
}
