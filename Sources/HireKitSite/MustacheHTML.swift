import Mustache

/// HTML escaping for `{{name}}` in the templates, over UTF-8 bytes: `<`, `>`, `&`, `"` and `'`
/// become entities wherever they appear.
///
/// swift-mustache's own HTML content type replaces them Character by Character, so a quote that a
/// combining mark joins into one Character (`"` + U+0301) is not escaped, and in an attribute value
/// it would end the attribute: role text could then add attributes to the page. Escaping bytes has
/// no such gap (and was the largest single cost of rendering a page done the other way).
/// TemplateSet gives every template this content type (`pragma`).
struct MustacheHTML: MustacheContentType {
    static let name = "HIREKIT_HTML"
    /// Put first in each template's source: it sets the content type, and being alone on its line
    /// it leaves no trace in the output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"
    static let registered: Void = MustacheContentTypes.register(MustacheHTML(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: isSpecial) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
