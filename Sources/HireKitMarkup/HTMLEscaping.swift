/// HireKitMarkup owns escaping: every piece of role or CV text HireKit writes into another language goes
/// through it. HTML and XML (pages, template `{{value}}`s, SVG, feeds, sitemap, the HTML report) through
/// `HTMLEscaping`; CDATA sections in the job feed through `CDATA`; Markdown postings and reports through
/// `MarkdownEscaping`; JSON inside a script element (JSON-LD, the search index) through `JSONEscaping`.
/// Each works on UTF-8 bytes, so that no Unicode grouping (a quote joined to a combining mark into one
/// `Character`) can hide a special character from it.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` become entities; control characters other than tab, newline and
    /// carriage return, and U+FFFE/U+FFFF, are dropped (XML 1.0 does not allow them).
    ///
    /// Works on the UTF-8 bytes: every character acted on is ASCII except U+FFFE/U+FFFF (EF BF BE/BF),
    /// and a String's UTF-8 is always valid, so this is the same as going scalar by scalar.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case ..<0x20: continue
            case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
                index += 2
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        case ..<0x20: true
        default: false
        }
    }
}
