import TestSupport
import Testing

extension Trait where Self == ConditionTrait {
    /// Runs a test or suite only when `../shared/fixtures` is usable; otherwise it is skipped with the reason.
    static var needsSharedFixtures: Self {
        .enabled(if: RepositoryPaths.sharedAvailable, Comment(rawValue: RepositoryPaths.sharedAbsentReason))
    }
}
