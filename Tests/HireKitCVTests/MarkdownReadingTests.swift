import Foundation
import Testing
@testable import HireKitCV

@Suite("Markdown CVs")
struct MarkdownReadingTests {
    private var text: String { (try? Fixtures.read("customer-support.md").text) ?? "" }

    @Test func headingsLoseTheirHashesAndKeepTheirOrder() {
        expectInOrder(text, ["Sofia Marquez", "Summary", "Experience",
                             "Senior Customer Support Specialist — BrightLine Telecom", "Skills", "Education"])
        #expect(text.lines.first == "Sofia Marquez")
        #expect(!text.contains("#"))
    }

    @Test func emphasisMarkersAreRemoved() {
        #expect(text.lines.contains("Mar 2017 – Present"))
        #expect(text.contains("Consistently at CSAT 96% while handling 80+ calls per day."))
        #expect(!text.contains("*"))
    }

    @Test func linksKeepTheirTextAndAddress() {
        #expect(text.contains("LinkedIn (https://linkedin.example/in/sofia-marquez)"))
    }

    @Test func listItemsKeepTheirDashes() {
        #expect(text.lines.contains("- Handled 80+ inbound calls per day on billing, outages and upgrades"))
    }

    @Test func underscoresInsideWordsAreLeftAlone() throws {
        let markdown = "# Sam Doe\n\n- sam_doe_cv@example.com\n- _Team lead_"
        let text = try CVReader().read(data: Data(markdown.utf8), source: "cv.md").text
        #expect(text == "Sam Doe\n\n- sam_doe_cv@example.com\n- Team lead")
    }
}
