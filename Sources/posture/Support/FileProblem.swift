import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Words a file-system error as a plain sentence: the path, what failed and why, never a Foundation error dump.
enum FileProblem {
    /// `path: cannot <action>: <reason>` from any error a file operation threw.
    /// - Parameters:
    ///   - error: what Foundation or the C library threw.
    ///   - path: the path the user gave, when the error does not carry one.
    ///   - action: what was attempted (`read`, `write`, `create the folder`).
    /// - Returns: one line, lowercase, no trailing period.
    static func describe(_ error: any Error, path: String?, action: String = "use") -> String {
        let nsError = error as NSError
        let shownPath =
            path ?? (nsError.userInfo[NSFilePathErrorKey] as? String)
            ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        var reason = Self.reason(nsError)
        if let shownPath, let blocker = Self.fileInTheWay(of: shownPath) {
            reason = "\(blocker) is a file, not a folder"
        }
        if let shownPath { return "\(shownPath): cannot \(action): \(reason)" }
        return "cannot \(action) a file: \(reason)"
    }

    /// The plain reason: the POSIX error behind a Cocoa error when there is one, else a short wording of the code.
    static func reason(_ error: NSError) -> String {
        if error.domain == NSPOSIXErrorDomain { return errnoText(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return errnoText(Int32(underlying.code))
        }
        if error.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "no space left on the device"
            case .fileWriteVolumeReadOnly: return "the file system is read-only"
            case .fileReadInapplicableStringEncoding, .fileReadCorruptFile:
                return "not UTF-8 text"
            case .fileWriteFileExists: return "a file is in the way"
            case .fileWriteUnknown:
                return "a path component is a file, not a folder, or the folder cannot be written"
            default: break
            }
        }
        return "the operation failed (code \(error.code))"
    }

    /// The first existing component of `path` (or of its parents) that is a file, not a folder.
    static func fileInTheWay(of path: String) -> String? {
        var components = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let absolute = path.hasPrefix("/")
        let relativeStart = absolute ? 0 : URL(fileURLWithPath: ".").standardizedFileURL.pathComponents.count
        while components.count > 1 {
            var isDirectory: ObjCBool = false
            let candidate = NSString.path(withComponents: components)
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) {
                guard !isDirectory.boolValue, candidate != URL(fileURLWithPath: path).standardizedFileURL.path
                else { return nil }
                return absolute
                    ? candidate : NSString.path(withComponents: Array(components.dropFirst(relativeStart)))
            }
            components.removeLast()
        }
        return nil
    }

    /// `strerror` text, lowercased as the messages are.
    static func errnoText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return "error \(code)" }
        return first.lowercased() + text.dropFirst()
    }
}
