import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Lines split over bytes")
struct MatchNormalizerLinesTests {
    /// Line breaks of every kind, the multi-byte characters that share their first or last bytes
    /// ("Å" is C3 85, "‧" E2 80 A7, "₨" E2 82 A8), and ASCII runs of several lengths, so that breaks
    /// and their bytes fall anywhere in and across the eight-byte words the break test reads.
    private static let pieces = [
        "\n", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{C5}", "\u{2027}", "\u{20A8}",
        "\u{C2}", "\u{E9}", "\u{20AC}", "\t", " ", "a", "ab", "abc", "Customer service", "call center agent, 2019",
        "\u{1F4DE}",
    ]

    /// Random texts split into the lines `split(whereSeparator: \.isNewline)` gives.
    @Test func randomTextsSplitAsCharactersSplitThem() {
        var generator = SeededGenerator(seed: 111)
        var byteSplits = 0
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                Self.pieces[Int.random(in: 0..<6, using: &generator) == 0 ? Int.random(in: 0..<Self.pieces.count, using: &generator)
                                                                          : Int.random(in: 13..<Self.pieces.count, using: &generator)]
            }.joined(separator: Int.random(in: 0..<3, using: &generator) == 0 ? "\n" : "")
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            #expect(MatchNormalizer.lines(of: text) == expected, "\(text.unicodeScalars.map(\.value))")
            if !text.unicodeScalars.contains(where: { [0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }) { byteSplits += 1 }
        }
        #expect(byteSplits > 3_000)
    }
}
