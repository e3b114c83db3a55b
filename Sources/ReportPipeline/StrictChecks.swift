public import ReportModel
public import Scoring

/// What `--strict` refuses beyond warnings: a report of nothing, an acceptance granted for more
/// than a year, and account ids that are not 12 digits (a typo there silently matches nothing).
public enum StrictChecks {
    /// The longest acceptance term `--strict` allows, in days (a leap year included).
    public static let maximumTermDays = 366

    /// The problems, one line each, in a fixed order.
    /// - Parameters:
    ///   - report: the scored report; one with no findings and no evidence records fails.
    ///   - configuration: the acceptances and environments used.
    /// - Returns: the failures; empty when the run may pass.
    public static func failures(_ report: ScoredReport, configuration: ScoringConfiguration) -> [String] {
        var failures: [String] = []
        if report.findings.isEmpty && report.inputs.allSatisfy({ $0.evidenceRecords == 0 }) {
            failures.append("no findings or evidence in any input")
        }
        for acceptance in configuration.acceptances {
            let days = acceptance.acceptedOn.days(until: acceptance.expiresOn)
            if days > maximumTermDays {
                failures.append(
                    "\(acceptance.source): acceptance \(acceptance.id): term of \(days) days is over a year "
                        + "(acceptedOn \(acceptance.acceptedOn), expiresOn \(acceptance.expiresOn))"
                )
            }
            for account in acceptance.match.accounts where !isAccountId(account) {
                failures.append(
                    "\(acceptance.source): acceptance \(acceptance.id): account id \"\(account)\" is not 12 digits"
                )
            }
        }
        for environment in configuration.environments where !isAccountId(environment.accountId) {
            failures.append("environments: account id \"\(environment.accountId)\" is not 12 digits")
        }
        return failures
    }

    /// Whether the text is an AWS account id: exactly 12 ASCII digits.
    /// - Returns: whether it is one.
    public static func isAccountId(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
