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
        let special = Self.special
        return text.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // One table look-up passes a byte the switch below would pass too.
                if !special[Int(byte)] {
                    index += 1
                    continue
                }
                let escape: StaticString
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case ..<0x20, 0x7f:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    return false
                // Only the bytes `scriptEscape` acts on go to it: every other byte is one test here.
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0xE2:
                    guard let found = scriptEscape(bytes, at: index, angles: scriptSafe, lineSeparators: lineSeparators) else {
                        index += 1
                        continue
                    }
                    escape = found.escape
                    width = found.width
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
            guard let (escape, width) = scriptEscape(bytes, at: index, angles: true, lineSeparators: lineSeparators) else {
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

    /// `texts` as a compact JSON array of string literals (`appendString` with these options), appended
    /// to `out`. Returns false, having written part of it, where `appendString` does.
    public static func appendStrings(_ texts: [String], to out: inout [UInt8], scriptSafe: Bool = true,
                                     lineSeparators: Bool = false) -> Bool {
        out.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            // Printable ASCII without quote, backslash, `<`, `>` or `&` (the self-check terms' keys,
            // thousands per page) needs no escape under any options: copied whole, quotes and all.
            var text = text
            let copied = text.withUTF8 { bytes -> Bool in
                for byte in bytes where byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                    || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") { return false }
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
                return true
            }
            if copied { continue }
            guard appendString(text, to: &out, scriptSafe: scriptSafe, lineSeparators: lineSeparators) else { return false }
        }
        out.append(UInt8(ascii: "]"))
        return true
    }

    /// Per byte value, whether `appendString` may write anything but the byte itself: the control
    /// characters, DEL, quote, backslash, `<`, `>`, `&`, and 0xE2, which starts U+2028 and U+2029.
    private static let special: [Bool] = (0...255).map { (value: Int) -> Bool in
        let byte = UInt8(value)
        if byte < 0x20 || byte == 0x7F || byte == 0xE2 { return true }
        return "\"\\<>&".utf8.contains(byte)
    }

    /// The escape a script element needs at `index`, and how many bytes it stands for: `<`, `>` and
    /// `&` with `angles`, U+2028 and U+2029 (three bytes from an 0xE2) with `lineSeparators`; nil
    /// for any other byte. Shared by both writers, so they cannot disagree on what is escaped.
    @inline(__always)
    private static func scriptEscape<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at index: Int, angles: Bool, lineSeparators: Bool
    ) -> (escape: StaticString, width: Int)? where Bytes.Index == Int {
        switch bytes[index] {
        case UInt8(ascii: "<") where angles: return ("\\u003c", 1)
        case UInt8(ascii: ">") where angles: return ("\\u003e", 1)
        case UInt8(ascii: "&") where angles: return ("\\u0026", 1)
        case 0xE2 where lineSeparators && index + 2 < bytes.endIndex && bytes[index + 1] == 0x80:
            switch bytes[index + 2] {
            case 0xA8: return ("\\u2028", 3)
            case 0xA9: return ("\\u2029", 3)
            default: return nil
            }
        default: return nil
        }
    }
}
