/// Every sentence the tool writes from Importers and Scoring, by what happened.
///
/// The wording of `code` is the string-table entry `msg_<code>` (or `msg_<code>_one` / `_other`, picked by the
/// message's `count`); each case's comment shows the English entry with its placeholders.
public enum MessageCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// accepted on {date}, after the report date: not in force yet, its findings count as open
    case acceptanceAcceptedLater
    /// matches {count} of {failing} failing findings, more than a quarter: check it is as narrow as the decision behind it
    case acceptanceBroad
    /// covers {count} CRITICAL findings in prod
    case acceptanceCoversCritical
    /// covers {count} resources: consider narrowing the match
    case acceptanceCoversResources
    /// matches every severity: name controls, findings, resources or CVEs, or fewer severities
    case acceptanceEverySeverity
    /// acceptance {id} expired on {date}; {count} findings count as open again
    case acceptanceExpired
    /// expired on {date}: {count} findings count as open again since {since}
    case acceptanceExpiredOpen
    /// term of {days} days is longer than a year: review at least yearly
    case acceptanceLongTerm
    /// acceptance {id} is accepted on {date}, after the report date: not in force yet
    case acceptanceNotYetInForce
    /// acceptance {id} matches nothing in the inputs (stale)
    case acceptanceStale
    /// acceptance {id} {warning}
    case acceptanceWarning
    /// account {account} is not in the environments file
    case accountNotInEnvironments
    /// {first}; {second}
    case clauses
    /// control {control} is not in the control catalogue
    case controlNotInCatalogue
    /// control {control} sits in one layer: {layer}
    case controlOneLayer
    /// basic finding without a vulnerability name skipped
    case ecrBasicWithoutName
    /// enhanced finding without a finding ARN skipped
    case ecrEnhancedWithoutArn
    /// missing severity, counted as INFORMATIONAL
    case ecrMissingSeverity
    /// no repository or image digest: scan summary not kept
    case ecrNoImage
    /// severity {value} counted as INFORMATIONAL
    case ecrSeverityInformational
    /// unknown severity "{value}", counted as INFORMATIONAL
    case ecrUnknownSeverity
    /// unknown status "{value}", treated as ACTIVE
    case ecrUnknownStatus
    /// epoch time {value} is too large (microseconds?)
    case epochTimeTooLarge
    /// file skipped: {reason}
    case fileSkipped
    /// records at {dropped} and {kept} share the identity "{id}" but differ in {fields}; the one at {kept} is kept
    case identityConflict
    /// invalid epoch time {value}
    case invalidEpochTime
    /// missing compliance status
    case missingComplianceStatus
    /// missing required member
    case missingRequiredMember
    /// missing severity
    case missingSeverity
    /// {count} more evidence diagnostics not listed
    case moreEvidenceDiagnostics
    /// {count} more record diagnostics not listed (the first {kept} are)
    case moreRecordDiagnostics
    /// no findings
    case noFindings
    /// no resource
    case noResource
    /// no rule matched
    case noRuleMatched
    /// no rule matched → unclassified
    case noRuleMatchedUnclassified
    /// no severity label or normalized score
    case noSeverityLabel
    /// skipped: {kind}, not a regular file
    case notRegularFileSkipped
    /// partial export: more pages follow
    case partialExportMorePages
    /// partial export: NextToken present
    case partialExportNextToken
    /// {rule} ({source})
    case placedByRule
    /// {reason}
    case recordSkipped
    /// control {value}
    case ruleControl
    /// finding type {value}*
    case ruleFindingType
    /// {rule} → {layer}
    case ruleLayer
    /// product {value}
    case ruleProduct
    /// resource {value}
    case ruleResource
    /// resource type {value}
    case ruleResourceType
    /// standard control {control} ({count} findings) has no security control id in the standard control table: counted under its own id
    case standardControlUnmapped
    /// {count} strings longer than {bytes} bytes cut and marked "{marker}" (raise the limit with {option})
    case stringsTruncated
    /// {count} findings of {product} / {resourceType} matched no layer rule: shown as unclassified
    case unclassifiedFindings
    /// unknown compliance status "{value}"
    case unknownComplianceStatus
    /// unknown record state "{value}"
    case unknownRecordState
    /// unknown severity "{value}"
    case unknownSeverity
    /// unknown status "{value}"
    case unknownStatus
    /// unknown status code "{value}"
    case unknownStatusCode
    /// unknown workflow status "{value}"
    case unknownWorkflowStatus
    /// unparseable timestamp "{value}"
    case unparseableTimestamp
    /// line {line}, column {column}: record could not be read and is skipped: {reason}
    case unreadableRecordSkipped
    /// unreadable timestamp "{value}"
    case unreadableTimestamp
    /// untriaged severity counted as informational
    case untriagedSeverity
    /// {group} is in Count mode: matches are counted, not blocked ({place})
    case wafCountMode
    /// default action Allow, behind {count} enforcing managed rule groups: requests no rule blocks are allowed (the usual setup)
    case wafDefaultAllowProtected
    /// default action Allow with no enforcing managed rule group: every request no custom rule blocks is allowed
    case wafDefaultAllowUnprotected
    /// default action Block: only requests a rule allows get through
    case wafDefaultBlock
    /// default action missing or unknown: "{value}"
    case wafDefaultUnknown
    /// {group} enforces its rules ({place})
    case wafManagedEnforcing
    /// {group} is not in the web ACL
    case wafManagedMissing
    /// {group} is not in the web ACL (optional: add it when the workload runs on that system)
    case wafManagedMissingOptional
    /// missing default action
    case wafMissingDefaultAction
    /// missing request
    case wafMissingRequest
    /// missing web ACL id, counted under an empty one
    case wafMissingWebACLId
    /// missing weight, counted as 1
    case wafMissingWeight
    /// no rate-based rule: floods and brute force are not limited
    case wafNoRateRule
    /// {count} rules overridden to Count: {rules}
    case wafOverriddenToCount
    /// Firewall Manager rule group {rule}, evaluated first
    case wafPlaceFirewallManagerFirst
    /// Firewall Manager rule group {rule}, evaluated last
    case wafPlaceFirewallManagerLast
    /// rule {rule}, priority {priority}
    case wafPlaceRule
    /// {rule} is in Count mode: requests over the limit are counted, not blocked ({place})
    case wafRateCountMode
    /// {rule} applies {action} above {limit} requests per {window} s per {key} ({place})
    case wafRateEnforcing
    /// rule "{rule}" has neither Action nor OverrideAction
    case wafRuleWithoutAction
    /// only for requests matching {statement}
    case wafScopedDown
}
