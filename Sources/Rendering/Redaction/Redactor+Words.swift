extension Redactor {
    /// Masks known names where they stand as words: runs of name characters are split at `/ . : = +`
    /// and the longest known name at each place is replaced.
    func maskWords(_ text: String, only checked: Bool = false) -> String {
        let words = checked ? checkedWords : words
        guard !words.isEmpty else { return text }
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
