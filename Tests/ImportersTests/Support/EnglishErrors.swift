import Importers
import TestSupport

/// The English text of the `ImportError` that `body` throws (as the terminal shows it), or `nil` when it
/// returns; another error is shown as its description.
func englishImportError(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as ImportError {
        return error.text(in: English.phrasebook)
    } catch {
        return "\(error)"
    }
}
