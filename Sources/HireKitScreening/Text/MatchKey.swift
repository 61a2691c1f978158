import Foundation

/// The form in which CV words and role terms are compared.
public enum MatchKey {
    /// Hyphens dropped inside words ("e-mail" → "email", so it meets "email"), British spellings
    /// made American ("centre" → "center") and words stemmed ("resolved" → "resolv"), except the few
    /// the stemmer would confuse with an unrelated word (see `StemCollisions`); tokens with digits or
    /// symbols ("24/7", "c++") are kept as they are, since a stemmer would only mangle them.
    public static func key(for token: String, stemmer: Stemmer) -> String {
        if let key = asciiKey(for: token, stemmer: stemmer) { return key }
        guard token.unicodeScalars.contains(where: isAlphabetic) else { return token }
        let joined = token.utf8.contains(UInt8(ascii: "-")) ? token.replacingOccurrences(of: "-", with: "") : token
        let isWord = joined.unicodeScalars.allSatisfy { isAlphabetic($0) || $0 == "'" }
        guard isWord else { return joined }
        let american = BritishSpelling.american(joined)
        let possessive = american.hasSuffix("'s")
        return StemCollisions.key(of: possessive ? String(american.dropLast(2)) : american) ?? stemmer.stem(american)
    }

    /// `key(for:stemmer:)` of an ASCII token, from one pass over its bytes (nil for any other
    /// token): on ASCII, the general path's scalar tests are byte tests and Foundation's removal of
    /// "-" is a byte filter, and those cost as much as stemming a new word.
    static func asciiKey(for token: String, stemmer: Stemmer) -> String? {
        var token = token
        // Whether the token has a letter, has a hyphen, and is letters and "'" once hyphens are gone.
        var letter = false, hyphen = false, word = true
        let ascii = token.withUTF8 { bytes in
            for byte in bytes {
                if byte >= 0x80 { return false }
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                    letter = true
                } else if byte == UInt8(ascii: "-") {
                    hyphen = true
                } else if byte != UInt8(ascii: "'") {
                    word = false
                }
            }
            return true
        }
        guard ascii else { return nil }
        guard letter else { return token }
        let joined = hyphen ? token.withUTF8 { String(decoding: $0.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) } : token
        guard word else { return joined }
        let american = BritishSpelling.american(joined)
        let possessive = american.hasSuffix("'s")
        return StemCollisions.key(of: possessive ? String(american.dropLast(2)) : american) ?? stemmer.stem(american)
    }

    /// `key(for: text, stemmer:)` of a new word of a CV whose UTF-8 is `bytes` (`text` is the same
    /// word, already made), for `WordTable`; nil when a byte is not ASCII. A word of letters alone
    /// (nearly every new word) is turned away from the British spellings and the stem collisions
    /// by their filters on its bytes, and libstemmer reads the bytes in place: asking those lists
    /// of the `String`, and testing it for a possessive, cost half as much as stemming it. Words
    /// with other characters, or that may have a British spelling, take `asciiKey`.
    /// `MatchKeyEquivalenceTests` compare it with the general path.
    static func key(forASCII bytes: UnsafeBufferPointer<UInt8>, text: String, stemmer: Stemmer) -> String? {
        var letter = false, other = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 { letter = true } else if byte != UInt8(ascii: "'") { other = true }
        }
        // Without a letter the key is the token; with a hyphen, digit or symbol, `asciiKey` decides.
        guard letter else { return text }
        guard !other, !BritishSpelling.mayRespell(bytes, text: text) else { return asciiKey(for: text, stemmer: stemmer) }
        let possessive = bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "'") && bytes[bytes.count - 1] == UInt8(ascii: "s")
        let unpossessed = possessive ? UnsafeBufferPointer(rebasing: bytes.dropLast(2)) : bytes
        if StemCollisions.mayHaveKey(unpossessed),
           let key = StemCollisions.key(of: possessive ? String(decoding: unpossessed, as: UTF8.self) : text) {
            return key
        }
        return stemmer.stem(utf8: bytes)
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`, answered for ASCII without the property tables
    /// (nearly every scalar of every token; the look-up was most of the cost of a new word's key).
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }
}
