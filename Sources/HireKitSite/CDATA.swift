/// Text wrapped in XML CDATA sections, for feeds whose readers (job aggregators) expect CDATA.
///
/// A CDATA section ends at the first `]]>`, so text containing it is split into two sections
/// (`]]` closes one, `>` opens the next); characters XML 1.0 forbids are dropped.
enum CDATA {
    static func wrap(_ text: String) -> String {
        var clean = ""
        clean.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: clean.unicodeScalars.append(scalar)
            }
        }
        return "<![CDATA[" + clean.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }
}
