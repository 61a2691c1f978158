import Foundation

/// Text wrapped in XML CDATA sections, for feeds whose readers (job aggregators) expect CDATA.
///
/// A CDATA section ends at the first `]]>`, so text containing it is split into two sections
/// (`]]` closes one, `>` opens the next); characters XML 1.0 forbids are dropped.
public enum CDATA {
    public static func wrap(_ text: String) -> String {
        // Nearly all text has nothing to drop or split: then it is wrapped as it is.
        if !text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF || $0 == UInt8(ascii: "]") }) {
            return "<![CDATA[" + text + "]]>"
        }
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
