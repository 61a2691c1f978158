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
        var text = text
        // Two passes over the contiguous bytes (the size of the result, then the result written in
        // place): appending byte by byte to an array was most of the cost of a 10,000-role index.
        return text.withUTF8 { bytes -> String? in
            // Most text needs nothing: it is passed over a table look-up a byte, up to the first
            // byte that may need something.
            var index = 0
            let mayChange = Self.mayChange
            while index < bytes.count && !mayChange[Int(bytes[index])] { index += 1 }
            guard index < bytes.count else { return nil }
            var count = index, changed = false
            while index < bytes.count {
                let (written, read) = Self.step(bytes, index)
                if written != 1 || read != 1 { changed = true }
                count += written
                index += read
            }
            guard changed else { return nil }
            return String(unsafeUninitializedCapacity: count) { out in
                var index = 0, end = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let (written, read) = Self.step(bytes, index)
                    if let entity = replacement(byte) {
                        for offset in 0..<entity.utf8CodeUnitCount { out[end + offset] = entity.utf8Start[offset] }
                    } else if written == 1 {
                        out[end] = byte
                    }
                    end += written
                    index += read
                }
                return end
            }
        } ?? text
    }

    /// Per byte value, whether `step` may do anything but copy it: the five escaped characters, the
    /// control characters dropped, and 0xEF, which starts U+FFFE and U+FFFF.
    private static let mayChange: [Bool] = (0...255).map { value in
        let byte = UInt8(value)
        return replacement(byte) != nil || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
    }

    /// The entity that replaces `byte`, if it is one of the five characters HTML needs escaped.
    private static func replacement(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// For the byte at `index`: how many bytes it becomes, and how many it takes from the input
    /// (three for U+FFFE/U+FFFF, which are dropped).
    private static func step(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (written: Int, read: Int) {
        let byte = bytes[index]
        if let entity = replacement(byte) { return (entity.utf8CodeUnitCount, 1) }
        switch byte {
        case 0x09, 0x0A, 0x0D: return (1, 1)
        case ..<0x20: return (0, 1)
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
            return (0, 3)
        default: return (1, 1)
        }
    }
}
