/// Escaping for text placed into Markdown, so a `*`, `_`, `[` or `<` in role or CV text shows as
/// itself instead of turning into emphasis, a link or raw HTML.
///
/// Two forms, because the places differ: `escapeLine` for a posting's paragraphs, list items and
/// headings (the text may begin a line, so a leading `#`, `-` or `1.` is escaped too), and
/// `escapeInline` for text inside a report's table cells and list items (a line break would end the
/// row, so it becomes a space; `|`, `#`, `!` and brackets are always escaped).
///
/// Both work on the UTF-8 bytes, like `HTMLEscaping`: every character CommonMark gives meaning to is
/// ASCII, and going Character by Character would miss a `*`, `|` or `[` that a combining mark joins
/// into a larger Character (`[` + U+0301 is one Character, and a Markdown parser still sees the `[`),
/// or the one Character "\r\n".
public enum MarkdownEscaping {
    /// Characters CommonMark gives meaning to anywhere in a line.
    private static let inlineSpecials = Set("\\`*_[]<>|~".utf8)

    /// Text that makes up a whole line of a posting. Expects one line (the posting joins role text
    /// onto one line first); also escapes an `&` that would start an entity and a start that would
    /// make a heading, list item or numbered list.
    public static func escapeLine(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            // `&amp;` would otherwise turn into an entity (entity names are ASCII).
            if inlineSpecials.contains(byte) || (byte == UInt8(ascii: "&") && next.map(isEntityStart) == true) {
                result.append(UInt8(ascii: "\\"))
            }
            result.append(byte)
        }
        // Text starting like a heading, list item or numbered list would change the structure.
        if let first = result.first, Set("#+-=".utf8).contains(first) {
            result.insert(UInt8(ascii: "\\"), at: 0)
        } else if let marker = result.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") }),
                  marker != 0, result[..<marker].allSatisfy(isDigit) {
            result.insert(UInt8(ascii: "\\"), at: marker)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Characters escaped inside a report's table cells and list items.
    private static let cellSpecials = Set("\\`*_{}[]()<>#|!".utf8)

    /// Text inside a table cell or after a list marker: a backslash before every character Markdown
    /// gives meaning to, and line breaks become spaces so a table row stays on one line.
    public static func escapeInline(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(UInt8(ascii: " "))
            case _ where cellSpecials.contains(byte): out.append(UInt8(ascii: "\\")); out.append(byte)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isEntityStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
