/// Escaping for JSON that is placed inside an HTML `<script>` element (the role pages' JSON-LD and the
/// site's `search-index.js`): `<`, `>` and `&` are written as `\u` escapes, so no role text can close
/// the script element or start a comment, whatever the JSON holds.
///
/// Works on UTF-8 bytes in one pass: Foundation's `replacingOccurrences` on Linux converts to NSString
/// and back for each replacement, which cost more than encoding the JSON.
public enum JSONEscaping {
    /// `text` as a JSON string literal, quotes included, appended to `out`: `"`, `\` and the line
    /// breaks and tab as JSON escapes, `<`, `>` and `&` as `\u` escapes. Returns false (having
    /// written part of it) when the text holds another control character, which the caller then
    /// leaves to a general JSON encoder.
    /// With `scriptSafe: false`, `<`, `>` and `&` are written as they are, as `JSONEncoder` writes them;
    /// with `lineSeparators`, U+2028 and U+2029 are `\u` escapes too, as `scriptSafe(_:lineSeparators:)`
    /// writes them.
    public static func appendString(_ text: String, to out: inout [UInt8], scriptSafe: Bool = true,
                                    lineSeparators: Bool = false) -> Bool {
        var text = text
        // Runs of bytes that need nothing are copied at once: appending byte by byte (a uniqueness
        // and capacity check each) was most of the cost of 10,000 role pages' JSON-LD and terms.
        return text.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: StaticString
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<") where scriptSafe: escape = "\\u003c"
                case UInt8(ascii: ">") where scriptSafe: escape = "\\u003e"
                case UInt8(ascii: "&") where scriptSafe: escape = "\\u0026"
                case ..<0x20, 0x7f:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    return false
                case 0xE2 where lineSeparators:
                    guard let separator = lineSeparatorEscape(bytes, at: index) else { index += 1; continue }
                    escape = separator
                    width = 3
                default:
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                index += width
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(UInt8(ascii: "\""))
            return true
        }
    }

    /// JSON text already encoded, made safe for a script element: `<`, `>` and `&` as `\u` escapes,
    /// and with `lineSeparators` also U+2028 and U+2029 (which end a line in older JavaScript, where
    /// the JSON is a script's source rather than JSON-LD data).
    public static func scriptSafe(_ bytes: UnsafeRawBufferPointer, lineSeparators: Bool) -> [UInt8] {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + bytes.count / 16)
        // Runs between the bytes acted on are copied at once, as in `appendString`.
        var runStart = 0, index = 0
        while index < bytes.count {
            let escape: StaticString
            var width = 1
            switch bytes[index] {
            case UInt8(ascii: "<"): escape = "\\u003c"
            case UInt8(ascii: ">"): escape = "\\u003e"
            case UInt8(ascii: "&"): escape = "\\u0026"
            case 0xE2 where lineSeparators:
                guard let separator = lineSeparatorEscape(bytes, at: index) else { index += 1; continue }
                escape = separator
                width = 3
            default:
                index += 1
                continue
            }
            escaped.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
            escaped.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
            index += width
            runStart = index
        }
        escaped.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart...]))
        return escaped
    }

    /// The `\u` escape of U+2028 or U+2029 when one's UTF-8 bytes start at `index` (an 0xE2 byte).
    private static func lineSeparatorEscape<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> StaticString?
    where Bytes.Index == Int {
        guard index + 2 < bytes.endIndex, bytes[index + 1] == 0x80 else { return nil }
        switch bytes[index + 2] {
        case 0xA8: return "\\u2028"
        case 0xA9: return "\\u2029"
        default: return nil
        }
    }
}
