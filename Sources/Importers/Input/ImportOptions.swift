/// Choices that change how strictly inputs are read.
public struct ImportOptions: Sendable, Equatable {
    /// Skip files whose content is invalid or unrecognised (with a warning) instead of failing.
    public var skipInvalid: Bool

    /// Creates options.
    /// - Parameter skipInvalid: skip invalid files with a warning instead of failing.
    public init(skipInvalid: Bool = false) {
        self.skipInvalid = skipInvalid
    }
}
