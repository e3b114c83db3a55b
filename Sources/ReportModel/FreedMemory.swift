#if canImport(Glibc)
    import CMalloc
#endif

/// Hands memory freed on a worker thread back to the system.
///
/// glibc's allocator gives each thread an arena of its own and keeps what a thread frees in its
/// arena; the memory a finished stage held on a worker thread (the import's splitting and decoding
/// threads, the history's writing thread) is then neither reused by the threads that render nor
/// returned, and adds to the run's peak. `malloc_trim` returns the free pages of every arena.
public enum FreedMemory {
    /// Returns the free pages of every allocator arena to the system (glibc); nothing elsewhere.
    public static func release() {
        #if canImport(Glibc)
            _ = malloc_trim(0)
        #endif
    }
}
