/// The fast readers of the finding families (`ASFFFastReader`, `OCSFFastReader`), tried before
/// `JSONDecoder` on each record. Each answers only for a record of its own family read exactly as
/// `JSONDecoder` reads it, and the families never claim one record both, so which is tried first
/// changes nothing but the time: the family of the last record read fast goes first.
struct FastRecordReaders {
    /// The ASFF reader and its interned strings.
    var asff = ASFFFastReader()
    /// The OCSF reader and its interned strings.
    var ocsf = OCSFFastReader()
    /// Whether the last record read fast was OCSF.
    private var ocsfFirst = false

    /// The record's classification, or `nil` to use the general path.
    /// - Parameter bytes: one record's JSON text, as the splitter cut it out.
    /// - Returns: an ASFF or OCSF record, or `nil`.
    mutating func kind(_ bytes: [UInt8]) -> ClassifiedRecord.Kind? {
        if ocsfFirst, let finding = ocsf.finding(bytes) { return .ocsf(finding) }
        if let finding = asff.finding(bytes) {
            ocsfFirst = false
            return .asff(finding)
        }
        if !ocsfFirst, let finding = ocsf.finding(bytes) {
            ocsfFirst = true
            return .ocsf(finding)
        }
        return nil
    }
}
