import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Telling Markdown from plain text")
struct MarkdownSniffingTests {
    /// The test as first written: lines split on "\n" Characters.
    private func reference(_ text: String) -> Bool {
        guard text.contains("#") else { return false }
        var headings = 0, bullets = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " { headings += 1 }
            if line.hasPrefix("- ") || line.hasPrefix("* ") { bullets += 1 }
        }
        return headings >= 2 || (headings >= 1 && bullets >= 1)
    }

    /// Random texts of headings, bullets, "#1"s, combining marks after "#" or "- ", and every line
    /// break: the byte split must answer as the Character split did.
    @Test func randomTextsAreSniffedAsBefore() {
        var generator = SeededGenerator(seed: 6)
        let pieces = ["# Skills", "## Experience", "#1 in sales", "####### seven", "#\u{301} x", "- item", "* item", "-item",
                      "- \u{301}x", "text", "é", "\n", "\n\n", "\r\n", "\r", " ", "#", "# ", "-", "* "]
        var markdown = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let answer = FormatDetector.looksLikeMarkdown(text)
            if answer { markdown += 1 }
            #expect(answer == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(markdown > 100)  // the pieces make Markdown often enough to test something
    }
}
