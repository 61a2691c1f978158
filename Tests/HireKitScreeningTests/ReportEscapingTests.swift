import Foundation
import HireKitRoles
import Testing
@testable import HireKitScreening

/// CV text is untrusted: in the HTML and Markdown reports every special character must be escaped, even one
/// that a combining mark joins into a larger Swift `Character` (`"` + U+0301 is one Character, not `"`).
@Suite("Report escaping")
struct ReportEscapingTests {
    /// Screens one CV, named and written so that its file name (the candidate label) and an evidence line carry
    /// `"`, `<` and `|` each followed by U+0301 COMBINING ACUTE ACCENT.
    static func report(_ format: ScreeningReport.Format) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-escaping-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Jane \"\u{0301} <\u{0301}b> |\u{0301} Doe.txt")
        let cv = ["Jane Doe", "EXPERIENCE",
                  "Handled customer support \"\u{0301} onmouseover=\"\u{0301}alert(1) <\u{0301}img src=x> |\u{0301} [\u{0301}x](y)",
                  "Used Salesforce and Zendesk daily", "Known for de-escalation"]
        try Data(cv.joined(separator: "\n").utf8).write(to: file)
        let outcome = ScreeningBatch(roles: [Fixtures.serviceRole], referenceDate: Date(timeIntervalSince1970: 1_717_200_000),
                                     concurrency: 1).run(files: [file])
        #expect(outcome.candidates.count == 1)
        let options = ScreeningReport.Options(roleLabel: "Customer Service \"\u{0301}", format: format, explain: true)
        return ScreeningReport(outcome: outcome, options: options).render()
    }

    static func contains(_ text: String, _ bytes: String) -> Bool {
        Data(text.utf8).range(of: Data(bytes.utf8)) != nil
    }

    @Test func quotesAndAnglesFollowedByACombiningMarkAreEscapedInTheHTMLReport() throws {
        let html = try Self.report(.html)
        // Bound to names first: `#expect` cannot quote a literal that starts with '"' + U+0301 in its message.
        let rawQuote = "\"\u{0301}", rawLess = "<\u{0301}", quote = "&quot;\u{0301}", less = "&lt;\u{0301}"
        #expect(Self.contains(html, "customer support"), "the evidence line is in the report")
        #expect(!Self.contains(html, rawQuote), "a raw quote + U+0301 from the CV reached the HTML")
        #expect(!Self.contains(html, rawLess), "a raw < + U+0301 from the CV reached the HTML")
        #expect(Self.contains(html, quote))
        #expect(Self.contains(html, less))
    }

    @Test func tableAndLinkCharactersFollowedByACombiningMarkAreEscapedInTheMarkdownReport() throws {
        let markdown = try Self.report(.markdown)
        #expect(Self.contains(markdown, "customer support"), "the evidence line is in the report")
        for special in ["|", "<", "["] {
            let raw = Array((special + "\u{0301}").utf8)
            let bytes = Array(markdown.utf8)
            let unescaped = bytes.indices.contains { index in
                bytes[index...].starts(with: raw) && (index == 0 || bytes[index - 1] != UInt8(ascii: "\\"))
            }
            #expect(!unescaped, "a raw \(special) + U+0301 from the CV reached the Markdown unescaped")
        }
    }
}
