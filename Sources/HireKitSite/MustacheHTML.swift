import Mustache

/// HTML escaping for `{{name}}` in the templates: the same result as swift-mustache's own HTML
/// content type (which replaces `<`, `>`, `&`, `"` and `'` character by character through a
/// dictionary, the largest single cost of rendering a page), computed over the UTF-8 bytes.
///
/// TemplateSet gives every template this content type (`pragma`). A byte-level replacement differs
/// from the Character-level one only where one of the five characters is joined to a neighbour
/// into one Character (a combining mark after it, a prepended mark before it); such text is left to
/// the Character-level loop.
struct MustacheHTML: MustacheContentType {
    static let name = "HIREKIT_HTML"
    /// Put first in each template's source: it sets the content type, and being alone on its line
    /// it leaves no trace in the output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"
    static let registered: Void = MustacheContentTypes.register(MustacheHTML(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    private enum Outcome { case unchanged, escaped(String), characterLevel }

    static func escape(_ text: String) -> String {
        var text = text
        let outcome = text.withUTF8 { bytes -> Outcome in
            guard let first = bytes.firstIndex(where: isSpecial) else { return .unchanged }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[..<first])
            for index in first..<bytes.count {
                let byte = bytes[index]
                guard isSpecial(byte) else { out.append(byte); continue }
                if index > 0, bytes[index - 1] >= 0x80 { return .characterLevel }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return .characterLevel }
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                default: out.append(contentsOf: "&#39;".utf8)
                }
            }
            return .escaped(String(decoding: out, as: UTF8.self))
        }
        switch outcome {
        case .unchanged: return text
        case .escaped(let escaped): return escaped
        case .characterLevel: return characterLevel(text)
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static let replacements: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    /// swift-mustache's algorithm, for text where a special character may be part of a larger Character.
    static func characterLevel(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if let replacement = replacements[character] { escaped += replacement } else { escaped.append(character) }
        }
        return escaped
    }
}
