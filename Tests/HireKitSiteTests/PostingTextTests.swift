import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// Role text made single-line, and a page's short description, give what the Character- and
/// property-based versions they replaced gave, on seeded text of every kind a role file can hold.
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
            #expect(SiteBuilder.shortDescription(text) == Self.shortDescriptionByCharacters(text), "\(text.debugDescription)")
        }
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

    /// `SiteBuilder.shortDescription` as first written, over Characters.
    private static func shortDescriptionByCharacters(_ text: String) -> String {
        let flat = singleLineByProperties(text)
        var end = flat.startIndex
        while let dot = flat[end...].firstIndex(where: { ".!?".contains($0) }) {
            end = flat.index(after: dot)
            if end == flat.endIndex || flat[end] == " " { break }
        }
        let sentence = end == flat.startIndex ? flat : String(flat[..<end])
        guard sentence.count > 200 else { return sentence }
        let cut = sentence.prefix(200)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "\u{2026}"
    }
}
