import Foundation

/// A timestamp as exported, with the original text kept for diagnostics and the instant parsed by
/// the one `TimestampParser` (docs/formats.md §4). `date` is `nil` when unreadable; the importer reports it.
struct FrontDoorTimestamp: Decodable, Sendable, Equatable {
    /// The value as written.
    let raw: String
    /// The instant, when the value could be read.
    let date: Date?

    init(from decoder: any Decoder) throws {
        self.init(try TimestampValue(from: decoder))
    }

    /// The timestamp of a value read as a number or a string (by `JSONDecoder` or a fast reader).
    init(_ value: TimestampValue) {
        switch value {
        case .number(let number):
            raw = number.rounded() == number && abs(number) < 9e18 ? String(Int64(number)) : String(number)
        case .text(let text):
            raw = text
        }
        date = try? value.date.get()
    }
}
