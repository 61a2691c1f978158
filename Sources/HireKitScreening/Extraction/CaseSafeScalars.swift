/// Non-ASCII characters that ICU's case-insensitive matching never takes for an ASCII letter and
/// `\d` never takes for a digit: most of Latin-1 and Latin Extended, general punctuation and
/// currency signs — what normalised CV lines hold besides ASCII (mojibake, bullets, "€").
///
/// The byte-level prefilters in front of the extractors' regular expressions (`WordStartPrefilter`,
/// `AchievementExtractor`'s needles) look for ASCII literals. On a line whose non-ASCII characters
/// are all case-safe, a match must contain those literals byte for byte, so the prefilters hold; a
/// line with any other character ("ſ", "K", "ß", a non-Latin digit) still goes to the regex.
/// `CaseSafeScalarsTests` checks every character of the ranges below against Unicode's case mappings.
enum CaseSafeScalars {
    /// Characters whose case mappings hold ASCII letters (sharp s, dotted capital I, dotless i, ŉ,
    /// long s, ǰ).
    static let excluded: Set<UInt32> = [0x00DF, 0x0130, 0x0131, 0x0149, 0x017F, 0x01F0]
    /// Latin-1 Supplement and Latin Extended-A/B, general punctuation, currency symbols.
    static let ranges: [ClosedRange<UInt32>] = [0x0080...0x024F, 0x2000...0x206F, 0x20A0...0x20CF]

    static func contains(_ scalar: UInt32) -> Bool {
        !excluded.contains(scalar) && ranges.contains { $0.contains(scalar) }
    }

    /// True when every non-ASCII character of `line` is case-safe (so for every ASCII line).
    static func allNonASCIICaseSafe(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 < 0x80 } || line.unicodeScalars.allSatisfy { $0.isASCII || contains($0.value) }
    }

    /// The same for a line's bytes (valid UTF-8), decoded in place rather than made into a
    /// `String` (`CaseSafeScalarsTests` compare both).
    static func allNonASCIICaseSafe(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x80 else {
                index += 1
                continue
            }
            let (value, end) = ScalarOffsets.scalar(in: bytes, at: index)
            guard contains(value) else { return false }
            index = end
        }
        return true
    }
}
