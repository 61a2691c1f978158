import HireKitMarkup
import HireKitScreening

/// A role's `SelfCheckTerms` as compact JSON with sorted keys, byte for byte as `JSONEncoder` writes
/// it with `[.sortedKeys, .withoutEscapingSlashes]` and then made script-safe (`<`, `>`, `&`, U+2028
/// and U+2029 as `\u` escapes).
///
/// Every role page holds one, and `JSONEncoder` (boxing each value, sorting keys through a
/// dictionary) was the largest single cost of making a role page's context. This writer knows the
/// type's fields; it returns nil for anything it does not write exactly as the encoder would (a
/// control character in a string, a number it cannot print the encoder's way), and the caller then
/// uses the encoder.
enum SelfCheckTermsJSON {
    static func encode(_ terms: SelfCheckTerms) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        // Keys in code-point order, as `.sortedKeys` gives for these ASCII names.
        out.append(contentsOf: #"{"experience":"#.utf8)
        guard strings(terms.experience, &out) else { return nil }
        out.append(contentsOf: #","minimumEducation":"#.utf8)
        guard string(terms.minimumEducation, &out) else { return nil }
        out.append(contentsOf: #","minimumYears":"#.utf8)
        guard PrettyJSON.appendNumber(terms.minimumYears, to: &out) else { return nil }
        out.append(contentsOf: #","requirements":["#.utf8)
        for (index, requirement) in terms.requirements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"keys":"#.utf8)
            guard strings(requirement.keys, &out) else { return nil }
            out.append(contentsOf: #","knockout":"#.utf8)
            out.append(contentsOf: (requirement.knockout ? "true" : "false").utf8)
            out.append(contentsOf: #","name":"#.utf8)
            guard string(requirement.name, &out) else { return nil }
            out.append(contentsOf: #","required":"#.utf8)
            out.append(contentsOf: (requirement.required ? "true" : "false").utf8)
            out.append(contentsOf: #","synonyms":"#.utf8)
            guard strings(requirement.synonyms, &out) else { return nil }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: #"],"track":"#.utf8)
        guard string(terms.track, &out) else { return nil }
        out.append(contentsOf: #","weighs":"#.utf8)
        guard string(terms.weighs, &out) else { return nil }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A string literal escaped as the encoder escapes it plus the script-safe escapes (`<`, `>`, `&`,
    /// U+2028 and U+2029), which `JSONEscaping.appendString` writes.
    private static func string(_ text: String, _ out: inout [UInt8]) -> Bool {
        JSONEscaping.appendString(text, to: &out, lineSeparators: true)
    }

    private static func strings(_ texts: [String], _ out: inout [UInt8]) -> Bool {
        JSONEscaping.appendStrings(texts, to: &out, lineSeparators: true)
    }
}
