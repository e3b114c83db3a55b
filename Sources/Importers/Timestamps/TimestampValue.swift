import Foundation

/// A timestamp as written in an export: a JSON number or a string, kept as given.
enum TimestampValue: Decodable, Sendable, Equatable {
    case number(Double)
    case text(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            self = .number(try container.decode(Double.self))
        } catch DecodingError.typeMismatch {
            // Not a number: text, or a value that is neither (the record is then unreadable).
            self = .text(try container.decode(String.self))
        } catch {
            // A number no Double holds (`1e999`: `JSONDecoder` reports it as corrupt data; the record's JSON was
            // checked before it was decoded): an infinite epoch, refused with a warning as any number out of
            // range is (docs/formats.md §4), not a record made unreadable.
            self = .number(.infinity)
        }
    }

    /// The parsed date, or the problem.
    var date: Result<Date, TimestampParser.Problem> {
        switch self {
        case .number(let number): TimestampParser.date(fromEpoch: number)
        case .text(let text): TimestampParser.date(from: text)
        }
    }
}

/// A string member that some exports write as a number or a boolean.
struct LenientString: Decodable, Sendable, Equatable {
    var value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            value = text
        } else if let number = try? container.decode(Double.self) {
            value = Self.text(number: number)
        } else if let flag = try? container.decode(Bool.self) {
            value = String(flag)
        } else {
            throw DecodingError.typeMismatch(
                String.self,
                .init(codingPath: decoder.codingPath, debugDescription: "")
            )
        }
    }

    /// How a number is written as the string: whole numbers below 10^15 without a fraction.
    static func text(number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

/// A number member that some exports write as a string.
struct LenientNumber: Decodable, Equatable {
    var value: Double?

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
        } else if let text = try? container.decode(String.self) {
            value = Self.number(text: text)
        } else {
            value = nil
        }
    }

    /// The number a string spells, trimmed of spaces, or nil.
    static func number(text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespaces))
    }
}

/// A coding key for any member name, used to list a record's keys.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
