import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Literals turned away by their first two bytes")
struct LiteralStartsTests {
    private static let literals: [StaticString] = ["csat", "net promoter", "in", "in under", "a", "/", "e-mails", "qa score", "x1"]
    private static let pieces = ["cs", "c", "n", "ne", "net", "in", "i", "a", "/", "e-", "e", "qa", "QA", "q", "x1", "x", "1", " ",
                                 "\t", "-", "$", "ix", "zz"]

    /// At every position of random lines (and one past either end), `mayStart` is true exactly when
    /// some literal's first two bytes (its one byte, for a literal of one) are there in either case,
    /// and so whenever a literal itself is there.
    @Test func mayStartIsTrueExactlyWhereALiteralsFirstTwoBytesAre() {
        var generator = SeededGenerator(seed: 51)
        let starts = LiteralStarts(Array(Self.literals.prefix(4)), Array(Self.literals.dropFirst(4)))
        let lowered = Self.literals.map { literal in
            Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)).map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
        }
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            var text2 = text
            text2.withUTF8 { bytes in
                guard let line = ASCIIPatternLine(bytes) else { return }
                for index in -1...(line.count) {
                    let expected = lowered.contains { literal in
                        literal.prefix(2).enumerated().allSatisfy { line.lower(index + $0.offset) == $0.element }
                    }
                    let literalThere = Self.literals.contains { line.end(of: $0, at: index) != nil }
                    #expect(starts.mayStart(at: index, in: line) == expected, "\(text) at \(index)")
                    #expect(!literalThere || starts.mayStart(at: index, in: line), "\(text) at \(index)")
                }
            }
        }
    }
}
