extension Redactor {
    /// Masks known names where they stand as words: runs of name characters are split at `/ . : = +`
    /// and the longest known name at each place is replaced.
    func maskWords(_ text: String, only checked: Bool = false) -> String {
        let words = checked ? checkedWords : words
        guard !words.isEmpty else { return text }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return maskASCIIWords(text, words) }
        var result = ""
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            result += maskRun(run, words)
            run = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || "_-./:=+".contains(character) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// `maskWords` for a text of ASCII only, by its bytes: the same runs (letters, digits, `_-./:=+`), each
    /// masked by `maskRun`, with the text between them copied as it is.
    private func maskASCIIWords(_ text: String, _ words: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var start = text.startIndex
        var inRun = false
        func close(at end: String.Index) {
            guard start < end else { return }
            if inRun {
                result += maskRun(String(text[start..<end]), words)
            } else {
                result += text[start..<end]
            }
        }
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            let lower = byte | 0x20
            let isName =
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "+")
            guard isName != inRun else { continue }
            close(at: index)
            start = index
            inRun = isName
        }
        close(at: text.endIndex)
        return result
    }

    private func maskRun(_ run: String, _ words: [String: String]) -> String {
        if let whole = words[run] { return whole }
        var pieces: [String] = [""]
        for character in run {
            if "/.:=+".contains(character) {
                pieces.append(String(character))
                pieces.append("")
            } else {
                pieces[pieces.count - 1].append(character)
            }
        }
        var result = ""
        var index = 0
        while index < pieces.count {
            var matched = false
            if index % 2 == 0 {
                var end = min(pieces.count - 1, index + 16)
                while end >= index {
                    let candidate = pieces[index...end].joined()
                    if let pseudonym = words[candidate] {
                        result += pseudonym
                        index = end + 1
                        matched = true
                        break
                    }
                    end -= 2
                }
            }
            if !matched {
                result += pieces[index]
                index += 1
            }
        }
        return result
    }

    /// Words that name things in prose and in control titles; a resource called `default` is masked
    /// in its own field but not wherever the word occurs.
    private static let commonWords: Set<String> = [
        "default", "defaults", "primary", "secondary", "private", "public", "internal", "external", "production",
        "staging", "development", "testing", "service", "services", "security", "network", "account", "accounts",
        "backup", "backups", "logging", "logs", "monitoring", "database", "storage", "bucket", "buckets", "access",
        "admin", "administrator", "administrators", "readonly", "billing", "support", "platform", "application",
        "frontend", "backend", "website", "latest", "stable", "release", "master", "main",
    ]

    /// A name that is masked as a word in free text: four characters or more with a digit or one of
    /// `- _ / . :`, or six letters or more that are not a common word.
    static func isDistinctive(_ name: String) -> Bool {
        guard name.count >= 4, !name.allSatisfy(\.isNumber) else { return false }
        if name.contains(where: { $0.isNumber || "-_/.:".contains($0) }) { return true }
        return name.count >= 6 && !commonWords.contains(name.lowercased())
    }
}
