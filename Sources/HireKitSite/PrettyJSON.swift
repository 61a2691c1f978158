import HireKitMarkup

/// JSON text for the JSON-LD, byte for byte as Foundation's `JSONSerialization` writes it with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` (two-space indent, `"key" : value`),
/// followed by the script-safe escaping of `<`, `>` and `&` (strings are written by HireKitMarkup's
/// `JSONEscaping.appendString`).
///
/// JSONSerialization sorts every dictionary through `AnyHashable` and bridges each value, which made
/// it the largest single cost of rendering a role page. This writer handles what the JSON-LD holds —
/// strings, integers, finite doubles, booleans, non-empty arrays and objects with ASCII keys — and
/// returns nil for anything else, which the caller then gives to JSONSerialization.
enum PrettyJSON {
    static func encode(_ value: JSONValue) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        guard write(value, level: 0, into: &out) else { return nil }
        return out
    }

    private static func write(_ value: JSONValue, level: Int, into out: inout [UInt8]) -> Bool {
        switch value {
        case let .string(text):
            return JSONEscaping.appendString(text, to: &out)
        case let .bool(flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case let .int(number):
            out.append(contentsOf: String(number).utf8)
        case let .number(number):
            return appendNumber(number, to: &out)
        case let .array(array):
            guard !array.isEmpty else { return false }
            out.append(contentsOf: "[\n".utf8)
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                indent(level + 1, into: &out)
                guard write(element, level: level + 1, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "\n"))
            indent(level, into: &out)
            out.append(UInt8(ascii: "]"))
        case let .object(object):
            guard !object.isEmpty else { return false }
            let keys = object.keys.sorted()
            // Plain code-point order is JSONSerialization's order only for keys of letters and '@'
            // in one case pattern; the JSON-LD's keys are all like that, anything else falls back.
            guard keys.allSatisfy({ $0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7a) || ($0 >= 0x41 && $0 <= 0x5a) || $0 == 0x40 } }),
                  zip(keys, keys.dropFirst()).allSatisfy({ caseFoldedLess($0, $1) }) else { return false }
            out.append(contentsOf: "{\n".utf8)
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                indent(level + 1, into: &out)
                guard JSONEscaping.appendString(key, to: &out) else { return false }
                out.append(contentsOf: " : ".utf8)
                guard write(object[key]!, level: level + 1, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "\n"))
            indent(level, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        return true
    }

    /// `a.lowercased() < b.lowercased()` for keys of ASCII letters and '@', without making strings.
    private static func caseFoldedLess(_ a: String, _ b: String) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte }
        return a.utf8.lazy.map(folded).lexicographicallyPrecedes(b.utf8.lazy.map(folded))
    }

    /// A finite double as Foundation's JSON writers print it: whole numbers without a fraction ("40"),
    /// others as Swift prints them ("12.5"). Returns false, writing nothing, for anything else (an
    /// exponent, infinity), which the caller leaves to a general encoder.
    static func appendNumber(_ number: Double, to out: inout [UInt8]) -> Bool {
        guard number.isFinite else { return false }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return false }
        out.append(contentsOf: text.utf8)
        return true
    }

    private static func indent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
