import Foundation
import Testing
@testable import HireKitCV

@Suite("JSON Resume CVs")
struct JSONResumeReadingTests {
    private var text: String { (try? Fixtures.read("contact-centre-rep.json").text) ?? "" }

    @Test func sectionsComeOutAsHeadedLines() {
        expectInOrder(text, ["Hannah Lee", "Contact Centre Representative", "Summary", "Experience", "Education",
                             "Skills", "Languages"])
    }

    @Test func workEntriesReadAsPositionCompanyAndParseableDateRange() {
        #expect(text.lines.contains("Contact Centre Representative, Pennyworth Bank, 2017-03 – Present"))
        #expect(text.lines.contains("Barista and Cashier, Mill Lane Cafe, 2015-06 – 2017-02"))
        expectInOrder(text, ["Pennyworth Bank", "- Handled 80+ calls per day in Salesforce CRM", "Mill Lane Cafe"])
    }

    @Test func educationListsDegreeAreaAndInstitution() {
        #expect(text.lines.contains("BSc Business Management, University of Salford, 2012-09 – 2015-06"))
    }

    @Test func skillsListTheirKeywords() {
        #expect(text.lines.contains("Customer service: CRM, Zendesk, complaint handling"))
    }

    @Test func invalidJSONWithJSONExtensionIsReportedAsDamaged() {
        let error = #expect(throws: CVReadError.self) {
            try CVReader().read(data: Data(#"{"basics": {"name": "Hannah"#.utf8), source: "cv.json")
        }
        #expect(error == .corrupt(path: "cv.json", format: .jsonResume, detail: "not valid JSON"))
    }
}
