public import History
public import Importers
public import Rendering
public import ReportModel

/// An error that stopped the pipeline, with the stage it happened in.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    /// Reading or decoding an input failed.
    case importing(ImportError)
    /// `--strict`: warnings were found; each is listed.
    case strict([String])
    /// The history database failed.
    case history(HistoryError)
    /// Rendering failed (template, strings, or invalid HTML).
    case rendering(RenderError)
    /// Delivering the rendered files failed (the history is left as it was).
    case delivering(String)
    /// A backfill folder is not named after its month.
    case badPeriod(String)

    /// `stage: message` with import and configuration errors worded by a phrasebook (the terminal's is English).
    /// - Returns: the line.
    public func text(in phrasebook: Phrasebook) -> String {
        switch self {
        case .importing(let error): "import: \(error.text(in: phrasebook))"
        default: description
        }
    }

    /// `stage: message`, messages as codes; `text(in:)` words them.
    public var description: String {
        switch self {
        case .importing(let error): "import: \(error)"
        case .strict(let warnings):
            "strict: \(warnings.count) warning\(warnings.count == 1 ? "" : "s"):\n  "
                + warnings.joined(separator: "\n  ")
        case .history(let error): "history: \(error)"
        case .rendering(let error): "render: \(error)"
        case .delivering(let message): "write: \(message)"
        case .badPeriod(let name): "backfill: \(name): a folder must be named after its month, YYYY-MM"
        }
    }
}
