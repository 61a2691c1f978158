/// The first bytes and lengths of the words of a fixed list (`BritishSpelling.words`,
/// `StemCollisions.keys`, `Negation.cues`, the first words of section headings): a word whose first byte and length no listed word has is not in the
/// list, and is turned away without being hashed. Nearly every new word of a CV is, and hashing
/// it to look it up cost more than the rest of its spelling check.
struct WordListFilter: Sendable {
    /// By first byte: bit n set when a listed word of n bytes (63 for 63 or more) starts with it.
    private let lengths: [UInt64]

    init(_ words: some Sequence<String>) {
        var lengths = [UInt64](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            lengths[Int(first)] |= 1 << min(word.utf8.count, 63)
        }
        self.lengths = lengths
    }

    /// False when `word` is certainly not in the list.
    func mayContain(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return lengths[Int(first)] & (1 << min(word.utf8.count, 63)) != 0
    }

    /// The same for a word's UTF-8, before a `String` of it is made.
    func mayContain(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first else { return false }
        return lengths[Int(first)] & (1 << min(word.count, 63)) != 0
    }
}
