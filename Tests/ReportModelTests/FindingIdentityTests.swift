import Foundation
import ReportModel
import Testing

/// `FindingIdentity` stores an identity as a shared head and a tail (packed when it is a UUID or 32 hex
/// digits): it reads back as the text it was made from and compares, equals and hashes as that text does
/// as a `String`, for every pair of a corpus of real, hostile and edge-case identities.
@Suite struct FindingIdentityTests {
    static let product = "asff|arn:aws:securityhub:us-east-1::product/aws/securityhub|"
    static let control = "arn:aws:securityhub:us-east-1:123456789012:security-control/EC2.2/finding/"

    /// Identities of every shape the split and the packing treat differently.
    static let corpus: [String] = {
        var texts = [
            product + control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67",
            product + control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc68",
            product + control + "D4E67CE3-79B6-4A20-A5D8-3A7171C2DC67",  // uppercase: kept as text
            product + control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc6",  // 35 characters
            product + control + "d4e67ce379b64a20a5d83a7171c2dc67",  // 32 hex digits
            product + control + "d4e67ce379b64a20a5d83a7171c2dc6g",  // not hex
            product + control + "d4e67ce3_79b6-4a20-a5d8-3a7171c2dc67",  // a dash out of place
            product + control + "00000000-0000-0000-0000-000000000000",
            product + control + "ffffffff-ffff-ffff-ffff-ffffffffffff",
            product + control + "ffffffffffffffffffffffffffffffff",
            product + control,  // ends in a separator: kept whole
            product + control + "x",
            product + control.dropLast() + "0",  // a head that is a prefix of another's text
            product + "arn:aws:securityhub:us-east-1:123456789012:security-control/EC2.2/finding",
            product + "arn:aws:securityhub:us-east-1:123456789012:security-control/EC2.20/finding/"
                + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67",
            "inspector|arn:aws:inspector2:eu-central-1:210000000000:finding/a6b757a1782876661516791299da460d",
            "inspector|arn:aws:inspector2:eu-central-1:210000000000:finding/a6b757a1782876661516791299da460e",
            "vuln|sha256:0b2e|CVE-2024-0001|openssl",
            "short|a/b",
            "",
            "nosepratorsatalllongerthanfifteen",
            product + control + "é-🚀",  // not ASCII: kept whole
            product + control + "e\u{301}",  // decomposed é: equal to the precomposed one as a string
            product + control + "\u{e9}",
            product + control + "<script>alert(1)</script>",
            product + control + "a\u{202E}b",
            product + control + "K",
            "|", "/", "::", "a|", "|a",
        ]
        texts += texts.map { $0 + "/" }
        return texts
    }()

    /// The kept hash fits in the padding after the tail: an identity (one per finding in several tables) is 40
    /// bytes with it, as without it.
    @Test func keptHashCostsNoSpace() {
        #expect(MemoryLayout<FindingIdentity>.stride == 40)
    }

    @Test func readsBackItsText() {
        for text in Self.corpus {
            let identity = FindingIdentity(text)
            #expect(identity.text == text)
            #expect(Array(identity.text.utf8) == Array(text.utf8))
            #expect(identity.description == text)
        }
    }

    @Test func appendsTheBytesOfItsText() {
        for text in Self.corpus {
            var bytes = Array("before|".utf8)
            FindingIdentity(text).appendUTF8(to: &bytes)
            #expect(bytes == Array("before|".utf8) + Array(text.utf8), "\(text)")
        }
    }

    @Test func comparesAndEqualsAsItsText() {
        let identities = Self.corpus.map(FindingIdentity.init)
        for (left, leftText) in zip(identities, Self.corpus) {
            for (right, rightText) in zip(identities, Self.corpus) {
                #expect((left < right) == (leftText < rightText), "\(leftText) < \(rightText)")
                #expect(Self.precedes(left, right) == (leftText < rightText), "\(leftText) precedes \(rightText)")
                #expect((left == right) == (leftText == rightText), "\(leftText) == \(rightText)")
                if left == right { #expect(left.hashValue == right.hashValue) }
            }
        }
    }

    @Test func splitsAsciiIdentitiesAfterTheirLastSeparator() {
        let identity = FindingIdentity(Self.product + Self.control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67")
        #expect(identity.isSplit)
        #expect(identity.head == Self.product + Self.control)
        #expect(!FindingIdentity(Self.product + Self.control + "é").isSplit)
        #expect(!FindingIdentity("short|a/b").isSplit)
        #expect(!FindingIdentity(Self.product + Self.control).isSplit)
    }

    @Test func suffixesAreThoseOfTheText() {
        for text in Self.corpus {
            let identity = FindingIdentity(text)
            let bytes = Array(text.utf8)
            for count in [0, 1, 5, 31, 32, 36, 37, 60, bytes.count - 1, bytes.count]
            where count >= 0 && count <= bytes.count {
                let suffix = Array(bytes.suffix(count))
                // An id is a whole string: a suffix that starts inside a character is not one.
                if let first = suffix.first, first & 0xC0 == 0x80 { continue }
                #expect(Array(identity.suffix(utf8: count).utf8) == suffix)
                #expect(identity.hasSuffix(utf8: suffix))
                var other = suffix
                if !other.isEmpty {
                    other[0] ^= 1
                    #expect(!identity.hasSuffix(utf8: other))
                }
            }
            #expect(!identity.hasSuffix(utf8: [UInt8(ascii: "x")] + bytes))
        }
    }

    @Test func sharedHeadsReadTheSame() {
        var table = StringTable()
        var first = FindingIdentity(Self.product + Self.control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67")
        var second = FindingIdentity(Self.product + Self.control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc68")
        first.shareHead(in: &table)
        second.shareParts(in: &table)
        #expect(first.text == Self.product + Self.control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67")
        #expect(second.text == Self.product + Self.control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc68")
        #expect(first < second)
        #expect(first != second)
    }

    /// `FindingIdentity.precedes` on copies of two identities.
    static func precedes(_ left: FindingIdentity, _ right: FindingIdentity) -> Bool {
        withUnsafePointer(to: left) { left in withUnsafePointer(to: right) { FindingIdentity.precedes(left, $0) } }
    }

    /// Sorting by the identity gives the order sorting by its text gives, over a shuffled generated mix.
    @Test func sortsAsTheTexts() {
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = []
        for account in ["123456789012", "210000000000"] {
            for control in ["EC2.2", "EC2.20", "S3.1"] {
                for _ in 0..<40 {
                    let uuid = UUID().uuidString.lowercased()
                    let hex = uuid.replacingOccurrences(of: "-", with: "")
                    texts.append(
                        "\(Self.product)arn:aws:securityhub:us-east-1:\(account):security-control/\(control)/finding/\(uuid)"
                    )
                    texts.append("inspector|arn:aws:inspector2:us-east-1:\(account):finding/\(hex)")
                }
            }
        }
        texts += Self.corpus
        texts.shuffle(using: &generator)
        let sorted = texts.map(FindingIdentity.init).sorted().map(\.text)
        #expect(sorted == texts.sorted())
        // Compared where they are stored (`precedes`), with heads shared as the import shares them.
        var table = StringTable()
        let shared = texts.map { text in
            var identity = FindingIdentity(text)
            identity.shareHead(in: &table)
            return identity
        }
        #expect(shared.sorted { Self.precedes($0, $1) }.map(\.text) == texts.sorted())
        #expect(Set(texts.map(FindingIdentity.init)).count == Set(texts).count)
    }

    /// The JSON forms that hold an identity keep it as one string.
    @Test func jsonFormsKeepTheText() throws {
        let text = Self.product + Self.control + "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67"
        let snapshot = FindingSnapshot(identity: text, status: .open, severity: .high, layer: .layer(.network))
        let breach = SLABreach(identity: text, severity: .high, layer: .layer(.network), ageDays: 40, slaDays: 30)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let snapshotJSON = String(decoding: try encoder.encode(snapshot), as: UTF8.self)
        let breachJSON = String(decoding: try encoder.encode(breach), as: UTF8.self)
        #expect(snapshotJSON.contains("\"identity\":\"\(text)\""))
        #expect(breachJSON.contains("\"identity\":\"\(text)\""))
        #expect(try JSONDecoder().decode(FindingSnapshot.self, from: Data(snapshotJSON.utf8)) == snapshot)
        #expect(try JSONDecoder().decode(SLABreach.self, from: Data(breachJSON.utf8)) == breach)
        var delta = FindingDelta([snapshot])
        #expect(delta.identities == [text])
        delta.identities = ["x", text]
        #expect(delta.identityKeys.map { $0.text } == ["x", text])
        let deltaJSON = try encoder.encode(delta)
        #expect(try JSONDecoder().decode(FindingDelta.self, from: deltaJSON) == delta)
    }
}
