import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Trimming evidence lines")
struct TrimmingWhitespaceTests {
    /// What `trimmingWhitespace` has always meant: whitespace Characters dropped from both ends.
    private func reference(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    @Test func nonASCIIEndsTrimAsCharactersDo() {
        for text in ["\u{00A0}Café ï¼\u{2003}", "Team lead\u{200B}", " \u{301}x ", "x \u{301}", "\u{2003}\u{00A0}", "ï¼ 2019 ï¼"] {
            #expect(text.trimmingWhitespace == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func randomLinesTrimAsCharactersDo() {
        var generator = SeededGenerator(seed: 7)
        let pool: [UInt32] = [0x20, 0x09, 0x0A, 0x0D, 0x61, 0x2E, 0xA0, 0x2003, 0x200B, 0x301, 0x308, 0xEF, 0xBC, 0x1F44D, 0x1F3FB, 0x200D, 0x1F1EC]
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                scalars.append(Unicode.Scalar(pool.randomElement(using: &generator)!)!)
            }
            let text = String(scalars)
            #expect(text.trimmingWhitespace == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
