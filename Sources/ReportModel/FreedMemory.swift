#if canImport(Glibc)
    import CMalloc
    import Glibc
#endif

/// Hands memory freed on a worker thread back to the system.
///
/// The `posture` executable allocates with mimalloc (Package.swift), which keeps a heap per thread and
/// returns freed pages after a delay; `mi_collect(true)` returns what the finished stage's threads freed
/// at once. Without mimalloc (the test bundles, a build elsewhere), glibc's allocator gives each thread
/// an arena of its own and keeps what a thread frees in its arena; the memory a finished stage held on a
/// worker thread (the import's splitting and decoding threads, the history's writing thread) is then
/// neither reused by the threads that render nor returned, and adds to the run's peak. `malloc_trim`
/// returns the free pages of every arena.
public enum FreedMemory {
    /// Returns the free pages of every allocator heap or arena to the system (mimalloc, glibc); nothing elsewhere.
    public static func release() {
        #if canImport(Glibc)
            if let collect = mimallocCollect { collect(true) }
            _ = malloc_trim(0)
        #endif
    }

    #if canImport(Glibc)
        /// mimalloc's `mi_collect`, when the process was linked with it (looked up, not linked: the library
        /// that holds `FreedMemory` is also linked into test bundles without mimalloc).
        private static let mimallocCollect: (@convention(c) (Bool) -> Void)? = {
            guard let symbol = dlsym(nil, "mi_collect") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Bool) -> Void).self)
        }()
    #endif
}
