import Foundation
import Testing
@testable import HireKitCV

@Suite("HTML CVs")
struct HTMLReadingTests {
    private var text: String { (try? Fixtures.read("customer-service-advisor.html").text) ?? "" }

    @Test func visibleTextIsReadInOrderWithBlocksAsLines() {
        expectInOrder(text, [
            "Marcus Reid", "Customer Service Advisor", "marcus.reid@example.com · +44 7700 900321", "Summary",
            "Experience", "Customer Service Advisor, Brightwater Insurance, Jan 2019 – Present",
            "- Handle 70+ inbound calls per day", "Sales Assistant, Hillside Garden Centre, 2015-2019", "Skills",
            "Education", "A-Levels: English, Business & Psychology",
        ])
        #expect(text.lines.contains("Customer Service Advisor, Brightwater Insurance, Jan 2019 – Present"))
    }

    @Test func headScriptsStylesAndNoscriptAreSkipped() {
        #expect(!text.contains("must not appear"))
        #expect(!text.contains("font-family"))
    }

    @Test func tableCellsAreSeparated() {
        #expect(text.lines.contains("CRM | Dynamics, Zendesk"))
    }

    @Test func usefulImageAltTextIsKeptAsItsOwnBracketedLine() {
        #expect(text.lines.contains("[photo: Marcus Reid headshot]"))
        #expect(text.components(separatedBy: "[photo:").count == 2)  // the empty alt is dropped
    }

    @Test func paragraphTextIsReflowedOntoOneLine() {
        #expect(text.lines.contains(
            "Retail and contact-centre customer service advisor: cash handling, POS and resolved complaints with a CSAT of 94%."))
    }

    @Test func staleMetaCharsetDoesNotGarbleDecodedText() throws {
        let html = #"<html><head><meta charset="windows-1252"></head><body><p>Renée – Zoë</p></body></html>"#
        let document = try CVReader().read(data: Data(html.utf8), source: "cv.html")
        #expect(document.text == "Renée – Zoë")
    }
}
