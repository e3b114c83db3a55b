import Foundation

/// Expands command-line input arguments into input sources.
public enum InputCollector {
    /// Expands CLI arguments: a file, a folder (recursive, sorted by path, hidden files skipped),
    /// or `-` (standard input, read through the closure).
    /// - Parameters:
    ///   - arguments: the INPUT arguments, in the order given.
    ///   - readStandardInput: reads all of standard input; called at most once.
    /// - Returns: the sources, in argument order; a folder's files sorted by path.
    /// - Throws: `ImportError.unreadable` for a path that does not exist or a folder without files.
    public static func sources(
        for arguments: [String],
        readStandardInput: () -> [UInt8]
    ) throws(ImportError) -> [InputSource] {
        var sources: [InputSource] = []
        var stdinRead = false
        for argument in arguments {
            if argument == "-" {
                guard !stdinRead else { continue }
                stdinRead = true
                sources.append(InputSource(path: "-", content: .bytes(readStandardInput())))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw .unreadable(file: argument, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                let files = try folderFiles(argument)
                guard !files.isEmpty else { throw .unreadable(file: argument, reason: "folder holds no input files") }
                sources += files.map { InputSource.file($0) }
            } else {
                sources.append(.file(argument))
            }
        }
        return sources
    }

    /// Regular, non-hidden files below a folder, sorted by path.
    private static func folderFiles(_ folder: String) throws(ImportError) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            throw .unreadable(file: folder, reason: "cannot list folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
