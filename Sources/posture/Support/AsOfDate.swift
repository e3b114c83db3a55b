import Foundation
import ReportModel

/// The report date: `--as-of`, else `SOURCE_DATE_EPOCH`, else today (UTC). The only place the clock is read.
enum AsOfDate {
    static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> ReportDate
    {
        if let option {
            guard let date = ReportDate(option) else {
                throw CLIError.usage("--as-of: not a real date in YYYY-MM-DD form: \"\(option)\"")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Double(epoch) else {
                throw CLIError.usage("SOURCE_DATE_EPOCH: not a number of seconds: \"\(epoch)\"")
            }
            return ReportDate(Date(timeIntervalSince1970: seconds))
        }
        return ReportDate(Date())
    }
}
