import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// Role text made single-line, and a page's short description, give what the Character- and
/// property-based versions give (the first as it was first written; the second is still the
/// description's path for non-ASCII text), on seeded text of every kind a role file can hold.
@Suite("Single-line text and short descriptions")
struct PostingTextTests {
    @Test func singleLineJoinsLinesAndDropsControlCharacters() {
        #expect(PostingText.singleLine("  Serve\tguests\r\n\u{7}at the\u{2028}desk.\u{A0}\n") == "Serve guests at the desk.")
    }

    @Test func seededTextIsMadeSingleLineAsBefore() {
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<4_000 {
            let text = Self.seededText(&generator)
            #expect(PostingText.singleLine(text) == Self.singleLineByProperties(text), "\(text.debugDescription)")
        }
    }

    @Test func seededTextIsShortenedAsBefore() {
        var generator = SeededGenerator(seed: 42)
        for round in 0..<4_000 {
            // Every fourth text is long, so the 200-character cut is reached too.
            var text = Self.seededText(&generator)
            if round % 4 == 0 { text = String(repeating: text + " word", count: 40) }
            let expected = SiteBuilder.shortDescription(ofLine: Self.singleLineByProperties(text))
            #expect(SiteBuilder.shortDescription(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [199, 200, 201])
    func aFirstSentenceAroundTheCutIsShortenedAsTheGeneralPathDoes(length: Int) {
        let sentence = String(String(repeating: "abcd ", count: 60).prefix(length - 1)) + "."
        #expect(sentence.count == length)
        let text = sentence + " Next sentence."
        #expect(SiteBuilder.shortDescription(text) == SiteBuilder.shortDescription(ofLine: text))
        #expect(SiteBuilder.shortDescription(text).hasSuffix("\u{2026}") == (length > 200))
    }

    private static func seededText(_ generator: inout SeededGenerator) -> String {
        let pieces = ["word", " ", "  ", ".", "!", "?", ". ", "e.g.", "\n", "\r\n", "\t", "\u{7}", "\u{7F}", "\u{85}",
                      "\u{A0}", "\u{2028}", "\u{3000}", "é", "e\u{301}", ".\u{301}", " \u{301}", "日本", "🙂", "👩‍💼", "…"]
        return (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// `PostingText.singleLine` as first written: Unicode properties asked of every scalar.
    private static func singleLineByProperties(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
