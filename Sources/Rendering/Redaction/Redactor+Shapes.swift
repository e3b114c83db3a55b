import Foundation
import ReportModel

extension Redactor {
    func maskARN(_ arn: String) -> String {
        guard let parts = ARNParts(arn) else { return pseudonyms.name("arn", arn) }
        if parts.isPublic { return arn }
        let account =
            parts.account.isEmpty || parts.account == "aws"
            ? parts.account
            : (parts.account.allSatisfy(\.isNumber) ? pseudonyms.name("account", parts.account) : mask(parts.account))
        let names = parts.names.map { name in
            if let whole = exact[name] { return whole }
            if name.contains("*") { return maskGlob(name, service: parts.service) }
            if Self.isWholeIdentifier(name, scanner) { return mask(name) }
            return pseudonyms.name(parts.service, name)
        }
        let resource = parts.rebuild(names)
        return "arn:\(parts.partition):\(parts.service):\(parts.region):\(account):\(resource)"
    }

    /// `shop/web/*` → `ecr-3hf8a2kc/*`: the literal parts of a pattern get the pseudonyms of the
    /// names they are, so a reader still sees which repository a pattern covers.
    func maskGlob(_ glob: String, service: String) -> String {
        var result = ""
        for (index, piece) in glob.split(separator: "*", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result += "*" }
            var core = Substring(piece)
            var leading = ""
            var trailing = ""
            while let first = core.first, "/:".contains(first) {
                leading.append(first)
                core = core.dropFirst()
            }
            while let last = core.last, "/:".contains(last) {
                trailing = String(last) + trailing
                core = core.dropLast()
            }
            guard !core.isEmpty else {
                result += piece
                continue
            }
            result += leading + (exact[String(core)] ?? pseudonyms.name(service, String(core))) + trailing
        }
        return result
    }

    func maskURL(_ url: String) -> String {
        guard let schemeEnd = url.rangeOfText("://") else { return pseudonyms.name("url", url) }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        let rest = url[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
        let authority = rest[..<hostEnd]
        let host =
            (authority.split(separator: "@").last.map(String.init) ?? "")
            .split(separator: ":").first.map { $0.lowercased() } ?? ""
        var path = String(rest[hostEnd...])
        var query = ""
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let question = path.firstIndex(of: "?") {
            query = String(path[path.index(after: question)...])
            path = String(path[..<question])
        }
        let isPublic =
            Self.publicHosts.contains(host) && !authority.contains("@")
            && (host != "github.com" || path.hasPrefix("/advisories/"))
        guard isPublic else { return "\(scheme)://\(pseudonyms.name("url", url)).invalid/" }
        var masked = "\(scheme)://\(host)\(mask(path))"
        if !query.isEmpty { masked += "?\(pseudonyms.name("query", query))" }
        if !fragment.isEmpty { masked += "#\(pseudonyms.name("fragment", fragment))" }
        return masked
    }

    /// The text with every valid `%XX` sequence decoded (others stay), when the result is UTF-8.
    static func percentDecoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self) ?? text
    }
}
