import Foundation
import ReportModel

/// A record decoded on its own, before its turn to be counted and mapped.
enum PreDecoded {
    /// The record's classification and content.
    case kind(ClassifiedRecord.Kind)
    /// The text is not JSON `JSONDecoder` reads.
    case notJSON
    /// The splitter marked the record unreadable; nothing was decoded.
    case problem
}

/// A splitter event with its record, if any, already decoded.
enum PreparedEvent {
    /// A record and what decoding it gave.
    case record(RawRecord, PreDecoded)
    /// Any other event, handled in its turn.
    case other(SplitEvent)
}

/// The hand-over between the thread that splits and decodes a file and the one that maps its
/// records: batches in file order, at most `capacity` waiting, then how the splitting ended.
///
/// Every field is read and written under `condition`'s lock; a batch belongs to one thread at a time.
final class PreparedBatches: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var queue: [[PreparedEvent]] = []
    private var cancelled = false
    private var ended = false
    private var outcome: Result<(digest: StoredDigest, topValues: Int), ImportError>?

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Hands a batch over, waiting while `capacity` are waiting.
    /// - Returns: false when the mapping side has stopped (the batch is dropped).
    func put(_ batch: [PreparedEvent]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch in file order, or `nil` once the splitting side has ended and every batch was taken.
    func take() -> [PreparedEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !ended { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Records how the splitting side ended: the digest and top-level value count, or its error
    /// (which follows every batch it put, as the single-threaded run meets it after those records).
    func end(_ result: Result<(digest: StoredDigest, topValues: Int), ImportError>?) {
        condition.lock()
        defer { condition.unlock() }
        outcome = result
        ended = true
        condition.broadcast()
    }

    /// Stops the splitting side (the mapping side failed) and waits until it has ended.
    func stopAndWait() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while !ended { condition.wait() }
    }

    /// Whether the mapping side has stopped.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// How the splitting side ended; read after `take()` returned `nil`.
    var result: Result<(digest: StoredDigest, topValues: Int), ImportError>? {
        condition.lock()
        defer { condition.unlock() }
        return outcome
    }
}

extension FileImport {
    /// Imports one source on two threads: a second thread reads, splits and decodes records in
    /// batches while this one counts, maps and de-duplicates them in file order — the same steps
    /// as `run` with one worker, in the same order, so the result and the first error are the same.
    /// - Parameters:
    ///   - source: a file, or stdin's bytes.
    ///   - options: limits, `--skip-invalid`, progress.
    ///   - carried: what the families carried from earlier files.
    /// - Returns: what the file yielded.
    /// - Throws: `ImportError`, the one a single-threaded run throws.
    static func runPipelined(
        _ source: InputSource,
        options: ImportOptions,
        carried: CrossFileState
    ) throws(ImportError) -> FileResult {
        let batches = PreparedBatches(capacity: 4)
        let thread = Thread { split(source, options: options, into: batches) }
        thread.stackSize = 8 << 20
        thread.start()
        defer { batches.stopAndWait() }
        var session = FileImport(path: source.path, options: options, carried: carried)
        while let batch = batches.take() {
            for event in batch { try session.handle(event) }
        }
        switch batches.result {
        case .failure(let error): throw error
        case .success(let (digest, topValues)):
            guard topValues > 0 else { throw .emptyInput(file: source.path) }
            return try session.finish(digest: digest, singleValue: topValues == 1)
        case nil: throw .emptyInput(file: source.path)
        }
    }

    /// The splitting side: reads the source, splits it and decodes each record, in batches.
    private static func split(_ source: InputSource, options: ImportOptions, into batches: PreparedBatches) {
        var splitter = JSONValueSplitter(file: source.path, limits: options.limits)
        // One captured value, as in `run`: the splitter's hot loop retains what its callback captures.
        var side = SplitSide(path: source.path, batches: batches, size: max(1, options.batchSize))
        side.reader.enabled = options.fastReaders
        var bytes = 0
        do throws(ImportError) {
            let digest = try SourceReader(limits: options.limits).read(source) { (text: [UInt8]) throws(ImportError) in
                if batches.isCancelled {
                    side.stopped = true
                    throw .emptyInput(file: source.path)
                }
                try splitter.feed(text) { (event: SplitEvent) throws(ImportError) in try side.emit(event) }
                bytes += text.count
                options.progress?(
                    ImportProgress(stage: .reading, path: source.path, bytes: bytes, records: side.records)
                )
            }
            try splitter.finish { (event: SplitEvent) throws(ImportError) in try side.emit(event) }
            if !side.batch.isEmpty { _ = batches.put(side.batch) }
            batches.end(.success((digest, splitter.topValues)))
        } catch {
            // The records split before the error are handled before it, as in a single-threaded run.
            if !side.stopped && !side.batch.isEmpty { _ = batches.put(side.batch) }
            batches.end(side.stopped ? nil : .failure(error))
        }
    }
}

/// The splitting thread's state: the batch being filled and the decoders.
private struct SplitSide {
    let path: String
    let batches: PreparedBatches
    let size: Int
    var batch: [PreparedEvent] = []
    var records = 0
    var stopped = false
    var reader = FastRecordReaders()
    let decoder = JSONDecoder()

    init(path: String, batches: PreparedBatches, size: Int) {
        self.path = path
        self.batches = batches
        self.size = size
        batch.reserveCapacity(size)
    }

    /// Decodes a record (other events pass as they are) and hands the batch over when full.
    mutating func emit(_ event: SplitEvent) throws(ImportError) {
        if case .record(let raw) = event {
            records += 1
            batch.append(.record(raw, FileImport.decode(raw, reader: &reader, decoder: decoder)))
        } else {
            batch.append(.other(event))
        }
        guard batch.count >= size else { return }
        guard batches.put(batch) else {
            stopped = true
            // Never seen: the mapping side has already failed with its own error.
            throw .emptyInput(file: path)
        }
        batch = []
        batch.reserveCapacity(size)
    }
}
