/// Escaping for role text placed into Markdown postings, so a `*`, `_`, `[` or `<` in HR's text
/// shows as itself instead of turning into emphasis, a link or raw HTML.
///
/// Works on the UTF-8 bytes, like `HTMLEscaping`: every character CommonMark gives meaning to is
/// ASCII, and going Character by Character would miss a `*` or `[` that a combining mark joins into
/// a larger Character (`[` + U+0301 is one Character, and a Markdown parser still sees the `[`).
enum MarkdownEscaping {
    /// Characters CommonMark gives meaning to anywhere in a line.
    private static let inlineSpecials = Set("\\`*_[]<>|~".utf8)

    static func escape(_ text: String) -> String {
        let bytes = Array(PostingText.singleLine(text).utf8)
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

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isEntityStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
