/// The fast readers (`ASFFFastReader`, `OCSFFastReader`, `WAFLogFastReader`, `ECRScanFastReader`,
/// `Inspector2FastReader`), tried before
/// `JSONDecoder` on each record. Each answers only for a record of its own family read exactly as
/// `JSONDecoder` reads it, and the families never claim one record both, so which is tried first
/// changes nothing but the time: the family of the last record read fast goes first, then ASFF,
/// OCSF, WAF logs, ECR scan pages and Inspector2 in that order.
struct FastRecordReaders {
    /// The families with a fast reader.
    private enum Family: CaseIterable {
        case asff, ocsf, wafLog, ecrScan, inspector2
    }

    /// The ASFF reader and its interned strings.
    var asff = ASFFFastReader()
    /// The OCSF reader and its interned strings.
    var ocsf = OCSFFastReader()
    /// The WAF log reader and its interned strings.
    var wafLog = WAFLogFastReader()
    /// The ECR scan page reader and its interned strings.
    var ecrScan = ECRScanFastReader()
    /// The Inspector2 reader and its interned strings.
    var inspector2 = Inspector2FastReader()
    /// Whether the fast readers are tried at all (`ImportOptions.fastReaders`; off, every record
    /// takes the `JSONDecoder` path, which the differential tests compare against).
    var enabled = true
    /// The family of the last record read fast.
    private var last = Family.asff

    /// The record's classification, or `nil` to use the general path.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8 (the splitter found no problem in them).
    /// - Returns: an ASFF, OCSF, WAF log, ECR scan or Inspector2 record, or `nil`.
    mutating func kind(_ bytes: [UInt8], utf8Checked: Bool = false) -> ClassifiedRecord.Kind? {
        guard enabled else { return nil }
        if let kind = read(bytes, as: last, utf8Checked: utf8Checked) { return kind }
        for family in Family.allCases where family != last {
            if let kind = read(bytes, as: family, utf8Checked: utf8Checked) {
                last = family
                return kind
            }
        }
        return nil
    }

    private mutating func read(_ bytes: [UInt8], as family: Family, utf8Checked: Bool) -> ClassifiedRecord.Kind? {
        switch family {
        case .asff:
            guard let finding = asff.finding(bytes, utf8Checked: utf8Checked) else { return nil }
            return .asff(finding)
        case .ocsf:
            guard let finding = ocsf.finding(bytes, utf8Checked: utf8Checked) else { return nil }
            return .ocsf(finding)
        case .wafLog:
            guard let export = wafLog.record(bytes, utf8Checked: utf8Checked) else { return nil }
            return .wafLog(export)
        case .ecrScan:
            guard let export = ecrScan.page(bytes, utf8Checked: utf8Checked) else { return nil }
            return .ecrScan(export)
        case .inspector2:
            guard let finding = inspector2.finding(bytes, utf8Checked: utf8Checked) else { return nil }
            return .inspector2(finding)
        }
    }
}
