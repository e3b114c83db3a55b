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

/// The hand-over between the thread that splits a file, the threads that decode its records and the
/// one that maps them: batches numbered in file order as they are cut, decoded on whichever decoding
/// thread takes them (in any order), and taken for mapping strictly by number; at most `capacity`
/// batches between being cut and being taken, then how the splitting ended.
///
/// Every field is read and written under `condition`'s lock; a batch belongs to one thread at a time.
final class PreparedBatches: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    /// Cut and waiting to be decoded, oldest first, with their numbers.
    private var cut: [(number: Int, events: [SplitEvent])] = []
    /// Decoded and waiting to be mapped, by number.
    private var prepared: [Int: [PreparedEvent]] = [:]
    /// The number the next cut batch gets, and the next one the mapping side takes.
    private var nextCut = 0
    private var nextTaken = 0
    private var decoders: Int
    private var cancelled = false
    private var ended = false
    private var outcome: Result<(digest: StoredDigest, topValues: Int), ImportError>?

    /// - Parameters:
    ///   - capacity: the most batches between being cut and being taken for mapping.
    ///   - decoders: the decoding threads that will call `decoderEnded()`.
    init(capacity: Int, decoders: Int) {
        self.capacity = capacity
        self.decoders = decoders
    }

    /// Hands a cut batch over, waiting while `capacity` are on their way.
    /// - Returns: false when the mapping side has stopped (the batch is dropped).
    func put(_ batch: [SplitEvent]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while nextCut - nextTaken >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        cut.append((nextCut, batch))
        nextCut += 1
        condition.broadcast()
        return true
    }

    /// The oldest cut batch to decode, or `nil` once the splitting side has ended and none is left
    /// (or the mapping side has stopped).
    func takeCut() -> (number: Int, events: [SplitEvent])? {
        condition.lock()
        defer { condition.unlock() }
        while cut.isEmpty && !ended && !cancelled { condition.wait() }
        guard !cancelled, !cut.isEmpty else { return nil }
        return cut.removeFirst()
    }

    /// Hands a decoded batch over.
    func putPrepared(_ number: Int, _ batch: [PreparedEvent]) {
        condition.lock()
        defer { condition.unlock() }
        prepared[number] = batch
        condition.broadcast()
    }

    /// A decoding thread is done.
    func decoderEnded() {
        condition.lock()
        defer { condition.unlock() }
        decoders -= 1
        condition.broadcast()
    }

    /// The next decoded batch in file order, or `nil` once the splitting side has ended and every
    /// batch was taken.
    func take() -> [PreparedEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while prepared[nextTaken] == nil && !(ended && nextTaken == nextCut) { condition.wait() }
        guard let batch = prepared.removeValue(forKey: nextTaken) else { return nil }
        nextTaken += 1
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

    /// Stops the splitting and decoding sides (the mapping side failed, or is done) and waits until
    /// they have ended.
    func stopAndWait() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while !ended || decoders > 0 { condition.wait() }
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
    /// Imports one source on several threads: one reads and splits the file into batches of records,
    /// `options.workers - 1` decode those batches (in any order, each record on its own), and this one
    /// counts, maps and de-duplicates them in file order — the same steps as `run` with one worker, in
    /// the same order, so the result and the first error are the same.
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
        let decoders = max(1, options.workers - 1)
        let batches = PreparedBatches(capacity: 2 * decoders + 2, decoders: decoders)
        let splitting = Thread { split(source, options: options, into: batches) }
        splitting.stackSize = 8 << 20
        splitting.start()
        let fastReaders = options.fastReaders
        for _ in 0..<decoders {
            let decoding = Thread { decode(batches, path: source.path, fastReaders: fastReaders) }
            decoding.stackSize = 8 << 20
            decoding.start()
        }
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

    /// A decoding thread: decodes cut batches until none is left, each with its own readers.
    private static func decode(_ batches: PreparedBatches, path: String, fastReaders: Bool) {
        var reader = FastRecordReaders()
        reader.enabled = fastReaders
        let decoder = JSONDecoder()
        while let (number, events) = batches.takeCut() {
            var prepared: [PreparedEvent] = []
            prepared.reserveCapacity(events.count)
            for event in events {
                if case .record(let raw) = event {
                    prepared.append(.record(raw, FileImport.decode(raw, file: path, reader: &reader, decoder: decoder)))
                } else {
                    prepared.append(.other(event))
                }
            }
            batches.putPrepared(number, prepared)
        }
        batches.decoderEnded()
    }

    /// The splitting side: reads the source and splits it into batches of records.
    private static func split(_ source: InputSource, options: ImportOptions, into batches: PreparedBatches) {
        var splitter = JSONValueSplitter(file: source.path, limits: options.limits)
        // One captured value, as in `run`: the splitter's hot loop retains what its callback captures.
        var side = SplitSide(path: source.path, batches: batches, size: max(1, options.batchSize))
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

/// The splitting thread's state: the batch being filled.
private struct SplitSide {
    let path: String
    let batches: PreparedBatches
    let size: Int
    var batch: [SplitEvent] = []
    var records = 0
    var stopped = false

    init(path: String, batches: PreparedBatches, size: Int) {
        self.path = path
        self.batches = batches
        self.size = size
        batch.reserveCapacity(size)
    }

    /// Adds an event to the batch and hands the batch over when full.
    mutating func emit(_ event: SplitEvent) throws(ImportError) {
        if case .record = event { records += 1 }
        batch.append(event)
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
