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
            // Whole seconds between 1970 and 9999-12-31 (reproducible-builds.org): nan, inf or 1e300 is an error.
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)), (0...253_402_300_799).contains(seconds)
            else {
                throw CLIError.usage("SOURCE_DATE_EPOCH: not a number of seconds since 1970: \"\(epoch)\"")
            }
            return ReportDate(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return ReportDate(Date())
    }
}
