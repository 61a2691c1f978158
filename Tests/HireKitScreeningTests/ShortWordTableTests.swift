import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Short words found by their packed bytes")
struct ShortWordTableTests {
    /// Pieces of words: letters, digits, joiners, a NUL, non-ASCII letters (several bytes each).
    private static let pieces = ["a", "b", "z", "0", "9", "-", "'", "+", "#", ".", "\u{0}", "caf\u{E9}", "\u{5317}", "\u{1F4DE}",
                                 "call", "serv", "ice"]

    private static func randomWord(using generator: inout SeededGenerator) -> [UInt8] {
        Array((0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
    }

    /// Words filed one at a time as `WordTable` files them (the table growing many times over),
    /// each asked before it is filed: every answer is a dictionary's, and words the table cannot
    /// hold (empty, over eight bytes, with a NUL) are refused by `pack`.
    @Test func everyLookUpGivesTheDictionarysAnswer() {
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<10 {
            var table = ShortWordTable()
            var dictionary: [[UInt8]: Int] = [:]
            for step in 0..<5_000 {
                let word = Self.randomWord(using: &generator) + (Bool.random(using: &generator) ? [] : Array(String(step % 900).utf8))
                let packed = word.withUnsafeBufferPointer(ShortWordTable.pack)
                #expect((packed != nil) == (!word.isEmpty && word.count <= 8 && !word.contains(0)), "\(word)")
                guard let packed else { continue }
                switch table.place(of: packed) {
                case .found(let value):
                    #expect(dictionary[word] == value, "\(word)")
                case .missing(let slot):
                    #expect(dictionary[word] == nil, "\(word)")
                    dictionary[word] = step
                    table.file(packed, value: step, at: slot)
                }
            }
            for (word, value) in dictionary {
                guard case .found(let found) = table.place(of: word.withUnsafeBufferPointer(ShortWordTable.pack)!) else {
                    Issue.record("\(word) lost")
                    continue
                }
                #expect(found == value, "\(word)")
            }
        }
    }

    /// Words read in place from random lines, near the start, middle and end of the line (where
    /// fewer than eight bytes remain), pack as the word's own bytes pack.
    @Test func packingInPlaceGivesThePackingOfTheWordsBytes() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...6, using: &generator)).flatMap { _ in Self.randomWord(using: &generator) }
            let start = Int.random(in: 0...line.count, using: &generator)
            let end = Int.random(in: start...min(line.count, start + 10), using: &generator)
            line.withUnsafeBufferPointer { bytes in
                #expect(ShortWordTable.pack(bytes, from: start, to: end) == ShortWordTable.pack(UnsafeBufferPointer(rebasing: bytes[start..<end])),
                        "\(line) \(start)..<\(end)")
            }
        }
    }
}
