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
    /// With `scriptSafe: false`, `<`, `>` and `&` are written as they are, as `JSONEncoder` writes them.
    public static func appendString(_ text: String, to out: inout [UInt8], scriptSafe: Bool = true) -> Bool {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<") where scriptSafe: out.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">") where scriptSafe: out.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&") where scriptSafe: out.append(contentsOf: "\\u0026".utf8)
            case ..<0x20, 0x7f: return false
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return true
    }

    /// JSON text already encoded, made safe for a script element: `<`, `>` and `&` as `\u` escapes,
    /// and with `lineSeparators` also U+2028 and U+2029 (which end a line in older JavaScript, where
    /// the JSON is a script's source rather than JSON-LD data).
    public static func scriptSafe(_ bytes: UnsafeRawBufferPointer, lineSeparators: Bool) -> [UInt8] {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + bytes.count / 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"): escaped.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): escaped.append(contentsOf: "\\u0026".utf8)
            case 0xE2 where lineSeparators && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                escaped.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: escaped.append(byte)
            }
            index += 1
        }
        return escaped
    }
}
