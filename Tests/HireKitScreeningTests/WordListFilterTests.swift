import Testing
@testable import HireKitScreening

@Suite("Word lists turned away by first byte and length")
struct WordListFilterTests {
    /// Every listed word and its neighbours (a byte dropped, added, changed, upper-cased, a
    /// possessive, a non-ASCII letter) are looked up as the dictionaries have them.
    @Test func listedWordsAndTheirNeighboursAreLookedUpAsBefore() {
        let listed = Set(BritishSpelling.words.keys).union(StemCollisions.keys.keys)
        var words: Set<String> = ["", "a", "é", "centr\u{E9}", String(repeating: "c", count: 70)]
        for word in listed {
            words.formUnion([word, String(word.dropFirst()), String(word.dropLast()), word + "s", "x" + word, word + "'s",
                             word.uppercased(), word.capitalized, word + "\u{301}", "\u{E9}" + word])
            for index in word.indices { words.insert(word.replacingCharacters(in: index...index, with: "a")) }
        }
        var found = 0
        for word in words {
            let spelling = BritishSpelling.words[word] ?? Self.stemSpelling(word)
            #expect(BritishSpelling.american(word) == spelling, "\(word)")
            #expect(StemCollisions.key(of: word) == StemCollisions.keys[word], "\(word)")
            if spelling != word || StemCollisions.keys[word] != nil { found += 1 }
        }
        #expect(found >= listed.count)
    }

    /// A filter says "maybe" for every word of its list, however long, and "no" for others often.
    @Test func aFilterNeverTurnsAwayAListedWord() {
        let list = ["centre", "a", "", String(repeating: "x", count: 63), String(repeating: "y", count: 200), "\u{E9}t\u{E9}"]
        let filter = WordListFilter(list)
        for word in list where !word.isEmpty { #expect(filter.mayContain(word), "\(word)") }
        #expect(!filter.mayContain("centres") && !filter.mayContain("b") && !filter.mayContain("") && !filter.mayContain("ete"))
        #expect(filter.mayContain(String(repeating: "y", count: 300)))  // lengths of 63 and more share a bit
    }

    /// A word's bytes get the answer its String gets.
    @Test func bytesAreFilteredAsTheirStrings() {
        let filter = WordListFilter(["skills", "work", "experience", "a", "\u{E9}t\u{E9}"])
        for word in ["skills", "skulls", "skill", "work", "worm", "works", "a", "b", "", "\u{E9}t\u{E9}", "\u{E9}t\u{E8}", "experience"] {
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer(filter.mayContain) == filter.mayContain(word), "\(word)")
        }
    }

    /// `BritishSpelling.american`'s "-is-" stems, as first written.
    private static func stemSpelling(_ word: String) -> String {
        for stem in BritishSpelling.isStems where word.hasPrefix(stem) && BritishSpelling.isEndings.contains(word.dropFirst(stem.count)) {
            return String(stem.dropLast(1)) + "z" + word.dropFirst(stem.count)
        }
        return word
    }
}
