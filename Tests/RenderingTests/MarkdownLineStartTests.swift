import Testing

@testable import Rendering

/// A value can land at the start of a line in report.md (a list item's text, a paragraph): what Markdown reads
/// there is defused, and text that only looks alike elsewhere is left as it is.
@Suite struct MarkdownLineStartTests {
    @Test(
        arguments: [
            ("    code block", "code block"),  // four spaces: an indented code block
            ("\t\tcode block", "code block"),  // tabs are folded into spaces, then dropped
            ("\n  # heading", "\\# heading"),
            ("1. ordered list", "1\\. ordered list"),
            ("1) ordered list", "1\\) ordered list"),
            ("123456789. nine digits", "123456789\\. nine digits"),
            ("1.", "1\\."),
            ("   2) indented", "2\\) indented"),
            ("- bullet", "\\- bullet"),
            ("+ bullet", "\\+ bullet"),
            ("* bullet", "\\* bullet"),
            ("> quote", "&gt; quote"),
            ("=== underline", "\\=== underline"),
            ("![image](http://x)", "\\!\\[image\\](http://x)"),
            ("   ", ""),
            // Only alike: left as it is.
            ("1234567890. ten digits", "1234567890. ten digits"),
            ("1.10 Ensure MFA is enabled", "1.10 Ensure MFA is enabled"),
            ("2.1.3", "2.1.3"),
            ("v1. release", "v1. release"),
            ("IAM.6 root hardware MFA", "IAM.6 root hardware MFA"),
            ("a    b", "a    b"),
        ]
    )
    func lineStartSyntaxIsDefused(text: String, shown: String) {
        #expect(TextEscaper.markdown(text) == shown)
    }
}
