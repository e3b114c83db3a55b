/// The members of one OCSF finding (Security Hub v2 classes 2002/2003/2004, Prowler 2004) that
/// the importer reads. `resources[].data` and `unmapped` are not modelled.
struct OCSFFinding: Decodable, Equatable {
    struct Product: Decodable, Equatable {
        var name: String?
        var uid: String?
        var vendorName: String?
        enum CodingKeys: String, CodingKey { case name, uid, vendorName = "vendor_name" }
    }

    struct Metadata: Decodable, Equatable {
        var uid: String?
        var eventCode: String?
        var product: Product?
        enum CodingKeys: String, CodingKey { case uid, eventCode = "event_code", product }
    }

    struct Account: Decodable, Equatable {
        var uid: LenientString?
    }

    struct Cloud: Decodable, Equatable {
        var account: Account?
        var region: String?
    }

    struct Analytic: Decodable, Equatable {
        var uid: String?
        var name: String?
    }

    struct FindingInfo: Decodable, Equatable {
        var uid: String?
        var title: String?
        var desc: String?
        var types: [String]?
        var analytic: Analytic?
        var createdTime: TimestampValue?
        var createdTimeDt: TimestampValue?
        var firstSeenTime: TimestampValue?
        var firstSeenTimeDt: TimestampValue?
        var lastSeenTime: TimestampValue?
        var lastSeenTimeDt: TimestampValue?
        var modifiedTime: TimestampValue?
        var modifiedTimeDt: TimestampValue?
        enum CodingKeys: String, CodingKey {
            case uid, title, desc, types, analytic
            case createdTime = "created_time", createdTimeDt = "created_time_dt"
            case firstSeenTime = "first_seen_time", firstSeenTimeDt = "first_seen_time_dt"
            case lastSeenTime = "last_seen_time", lastSeenTimeDt = "last_seen_time_dt"
            case modifiedTime = "modified_time", modifiedTimeDt = "modified_time_dt"
        }
    }

    struct Compliance: Decodable, Equatable {
        var control: String?
        var status: String?
        var statusId: LenientNumber?
        var standards: [String]?
        var requirements: [String]?
        enum CodingKeys: String, CodingKey { case control, status, statusId = "status_id", standards, requirements }
    }

    /// Prowler's free-form `unmapped` object: only `compliance` is read, and a shape other than
    /// framework → list of requirements is ignored (it is evidence, not what the finding is).
    struct Unmapped: Decodable, Equatable {
        var compliance: [String: [String]]?
        enum CodingKeys: String, CodingKey { case compliance }

        init(from decoder: any Decoder) throws {
            let container = try? decoder.container(keyedBy: CodingKeys.self)
            compliance = try? container?.decodeIfPresent([String: [String]].self, forKey: .compliance)
        }
    }

    struct Remediation: Decodable, Equatable {
        var desc: String?
        var references: [String]?
    }

    struct Tag: Decodable, Equatable {
        var name: String?
        var value: LenientString?
    }

    struct ResourceBlock: Decodable, Equatable {
        var uid: String?
        var uidAlt: String?
        var type: String?
        var region: String?
        var tags: [Tag]?
        enum CodingKeys: String, CodingKey { case uid, uidAlt = "uid_alt", type, region, tags }
    }

    struct CVE: Decodable, Equatable {
        var uid: String?
    }

    struct Vulnerability: Decodable, Equatable {
        var cve: CVE?
        var affectedPackages: PackageNames?
        enum CodingKeys: String, CodingKey { case cve, affectedPackages = "affected_packages" }
    }

    var classUid: LenientNumber?
    var activityId: LenientNumber?
    var severity: String?
    var severityId: LenientNumber?
    var status: String?
    var statusId: LenientNumber?
    var statusCode: String?
    var message: String?
    var comment: String?
    var metadata: Metadata?
    var cloud: Cloud?
    var findingInfo: FindingInfo?
    var compliance: Compliance?
    /// Prowler's `unmapped.compliance`: framework → requirements.
    var unmapped: Unmapped?
    var remediation: Remediation?
    var resources: [ResourceBlock]?
    var vulnerabilities: [Vulnerability]?
    var time: TimestampValue?
    var timeDt: TimestampValue?

    enum CodingKeys: String, CodingKey {
        case classUid = "class_uid", activityId = "activity_id", severity, severityId = "severity_id"
        case status, statusId = "status_id", statusCode = "status_code", message, comment, metadata, cloud
        case findingInfo = "finding_info", compliance, remediation, resources, vulnerabilities, unmapped
        case time, timeDt = "time_dt"
    }
}
