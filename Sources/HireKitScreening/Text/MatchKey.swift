import Foundation

/// The form in which CV words and role terms are compared.
public enum MatchKey {
    /// Hyphens dropped inside words ("e-mail" → "email", so it meets "email"), British spellings
    /// made American ("centre" → "center") and words stemmed ("resolved" → "resolv"), except the few
    /// the stemmer would confuse with an unrelated word (see `StemCollisions`); tokens with digits or
    /// symbols ("24/7", "c++") are kept as they are, since a stemmer would only mangle them.
    public static func key(for token: String, stemmer: Stemmer) -> String {
        guard token.unicodeScalars.contains(where: isAlphabetic) else { return token }
        let joined = token.utf8.contains(UInt8(ascii: "-")) ? token.replacingOccurrences(of: "-", with: "") : token
        let isWord = joined.unicodeScalars.allSatisfy { isAlphabetic($0) || $0 == "'" }
        guard isWord else { return joined }
        let american = BritishSpelling.american(joined)
        let possessive = american.hasSuffix("'s")
        return StemCollisions.keys[possessive ? String(american.dropLast(2)) : american] ?? stemmer.stem(american)
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`, answered for ASCII without the property tables
    /// (nearly every scalar of every token; the look-up was most of the cost of a new word's key).
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }
}
