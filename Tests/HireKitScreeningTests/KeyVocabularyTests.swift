import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Match keys found by their bytes")
struct KeyVocabularyTests {
    /// Pieces of keys: stems, a stem-collision key ("="), digits and symbols, non-ASCII letters.
    private static let pieces = ["cust", "om", "serv", "ic", "e", "=hospit", "24/7", "c++", ".net", "'", "caf\u{E9}",
                                 "\u{5317}", "s", "a", "zz", "\u{1F4DE}", "-", "crm"]

    private static func randomKey(using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Random vocabularies, empty and large, asked for their own keys and others (the empty key,
    /// prefixes and extensions of keys, keys differing in one byte): every answer is the dictionary's.
    @Test func everyLookUpGivesTheDictionarysAnswer() {
        var generator = SeededGenerator(seed: 32)
        for round in 0..<200 {
            var dictionary: [String: Int] = [:]
            for _ in 0..<Int.random(in: 0...(round % 10 == 0 ? 3_000 : 60), using: &generator) {
                dictionary[Self.randomKey(using: &generator)] = Int.random(in: -2...5_000, using: &generator)
            }
            let vocabulary = KeyVocabulary(dictionary)
            var asked = Array(dictionary.keys) + (0..<200).map { _ in Self.randomKey(using: &generator) }
            asked += dictionary.keys.prefix(50).flatMap { [String($0.dropLast()), $0 + "s", "x" + $0] }
            for key in asked {
                #expect(vocabulary[key] == dictionary[key], "\(key)")
                #expect(Array(key.utf8).withUnsafeBufferPointer { vocabulary.value(of: $0) } == dictionary[key], "\(key)")
            }
        }
    }

    /// Keys filed one at a time, as `WordTable` numbers new words' keys (the table growing many
    /// times over), answer as a dictionary read with `dictionary[key, default: value]` does, and
    /// every key filed so far is then found with its first value.
    @Test func filingGivesWhatTheDictionaryDefaultGives() {
        var generator = SeededGenerator(seed: 33)
        for _ in 0..<20 {
            var vocabulary = KeyVocabulary()
            var dictionary: [String: Int] = [:]
            for step in 0..<2_000 {
                let key = Self.randomKey(using: &generator) + (Bool.random(using: &generator) ? "" : String(step % 700))
                let expected = Self.value(of: &dictionary[key, default: step])
                #expect(vocabulary.value(of: key, filingIfMissing: step) == expected, "\(key)")
            }
            for (key, value) in dictionary { #expect(vocabulary[key] == value, "\(key)") }
            #expect(vocabulary["never filed \u{1F4DE}"] == nil)
        }
    }

    private static func value(of entry: inout Int) -> Int { entry }

    /// A key stored in a bridged or substring-built `String` is found all the same.
    @Test func keysFromSubstringsAreFound() {
        let vocabulary = KeyVocabulary(["custom": 1, "=custom": 2, "": 3])
        let line = "a =custom b"
        #expect(vocabulary[String(line.dropFirst(2).prefix(7))] == 2)
        #expect(vocabulary[String(line.dropFirst(3).prefix(6))] == 1)
        #expect(vocabulary[String(line.prefix(0))] == 3)
        #expect(vocabulary["customs"] == nil)
    }
}
