import ArgumentParser
import Foundation
import ReportModel

/// `--sla critical=15,high=30,medium=90,low=180`: days an open finding may stay open per severity.
/// Severities left out keep their default; `none` removes the SLA for a severity.
struct SLAOption: ExpressibleByArgument {
    let policy: SLAPolicy

    init?(argument: String) {
        var days = SLAPolicy.standard.days
        for part in argument.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, let severity = Severity(rawValue: pair[0].uppercased()) else { return nil }
            if pair[1].lowercased() == "none" {
                days[severity] = nil
            } else if let value = Int(pair[1]), value > 0 {
                days[severity] = value
            } else {
                return nil
            }
        }
        policy = SLAPolicy(days: days)
    }

    static var defaultValueDescription: String { "critical=15,high=30,medium=90,low=180" }
}
