/// The one list of input families: a new format is one `InputFamily` type added here.
///
/// Order matters only where two families could claim one record; the first that recognises it
/// reads it. Envelopes (EventBridge events, CloudWatch Logs events, `Findings` pages) are not
/// families: `ClassifiedRecord` opens them and classifies what they hold.
enum InputFamilies {
    /// Every family, in the order records are offered to them.
    static let all: [any InputFamily.Type] = [
        ASFFFamily.self,
        OCSFFamily.self,
        Inspector2Family.self,
        ECRScanFamily.self,
        ECRScanEventFamily.self,
        WebACLFamily.self,
        SampledRequestsFamily.self,
        WAFLogFamily.self,
    ]
}
