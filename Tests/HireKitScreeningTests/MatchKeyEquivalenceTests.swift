import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Match keys of ASCII words from their bytes")
struct MatchKeyEquivalenceTests {
    /// Pieces of tokens: words with British spellings and "-is-" stems and their endings, stem
    /// collisions, hyphens, apostrophes and possessives, digits and symbols, and non-ASCII letters
    /// and marks (which take the general path).
    private static let pieces = [
        "organis", "organ", "prioritis", "specialis", "customis", "custom", "summaris", "emphasis", "is", "e", "ed", "es", "ing",
        "er", "ers", "ation", "ations", "ational", "centre", "centres", "enquiries", "colour", "programme", "cancelled",
        "analyse", "tyre", "hospital", "hospitality", "busy", "business", "resolve", "resolved", "resolving", "call", "calls",
        "customer", "customers", "agent", "e", "mail", "-", "--", "'", "'s", "s", "x", "a", "24", "7", "/", "+", "#", ".",
        "caf\u{E9}", "e\u{301}", "na\u{EF}ve", "\u{3A9}", "\u{661}",
    ]

    /// On random tokens, and on every word of the repository's CVs (and the 804 eval CVs when
    /// there), a key is the one the general path gives.
    @Test func keysAreTheGeneralPathsKeys() {
        var generator = SeededGenerator(seed: 91)
        var tokens = (0..<20_000).map { _ in
            (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
        }
        let lines = RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])
        tokens += Set(MatchNormalizer.tokenize(normalizedLines: lines.map(MatchNormalizer.normalizeLine)).map(\.text))
        let stemmer = Stemmer(caching: false), reference = Stemmer(caching: false)
        var changed = 0
        for token in tokens {
            let expected = GeneralMatchKey.key(for: token, stemmer: reference)
            #expect(MatchKey.key(for: token, stemmer: stemmer) == expected, "\(token.unicodeScalars.map(\.value))")
            if expected != token { changed += 1 }
        }
        // The real words are there: a few hundred from the repository, thousands from the eval texts.
        #expect(tokens.count > (RealCVLines.evalCorpusPresent ? 25_000 : 20_100))
        #expect(changed > 5_000)
    }

    /// A new word's key made from its bytes (as `WordTable` makes it; nil for a word with a byte
    /// outside ASCII) is the general path's key, on the same random tokens and real words.
    @Test func keysFromBytesAreTheGeneralPathsKeys() {
        var generator = SeededGenerator(seed: 92)
        var tokens = (0..<20_000).map { _ in
            (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
        }
        let lines = RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])
        tokens += Set(MatchNormalizer.tokenize(normalizedLines: lines.map(MatchNormalizer.normalizeLine)).map(\.text))
        let stemmer = Stemmer(caching: false), reference = Stemmer(caching: false)
        var fromBytes = 0
        for token in tokens {
            let bytes = Array(token.utf8)
            let key = bytes.withUnsafeBufferPointer { MatchKey.key(forASCII: $0, text: token, stemmer: stemmer) }
            #expect((key == nil) == bytes.contains { $0 >= 0x80 }, "\(bytes)")
            if let key {
                fromBytes += 1
                #expect(key == GeneralMatchKey.key(for: token, stemmer: reference), "\(bytes)")
            }
        }
        // A random token with a non-ASCII piece has no key from bytes: about a fifth of them.
        #expect(fromBytes > (RealCVLines.evalCorpusPresent ? 20_000 : 15_000))
    }
}

/// The reference: `MatchKey.key(for:stemmer:)` and `BritishSpelling.american` as they were before
/// their ASCII paths, for every token.
private enum GeneralMatchKey {
    static func key(for token: String, stemmer: Stemmer) -> String {
        guard token.unicodeScalars.contains(where: \.properties.isAlphabetic) else { return token }
        let joined = token.utf8.contains(UInt8(ascii: "-")) ? token.replacingOccurrences(of: "-", with: "") : token
        let isWord = joined.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" }
        guard isWord else { return joined }
        let american = american(joined)
        let possessive = american.hasSuffix("'s")
        return StemCollisions.keys[possessive ? String(american.dropLast(2)) : american] ?? stemmer.stem(american)
    }

    static func american(_ word: String) -> String {
        if let american = BritishSpelling.words[word] { return american }
        for stem in BritishSpelling.isStems where word.hasPrefix(stem) && BritishSpelling.isEndings.contains(word.dropFirst(stem.count)) {
            return String(stem.dropLast(1)) + "z" + word.dropFirst(stem.count)
        }
        return word
    }
}
