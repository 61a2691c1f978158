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

    @Test func workEntriesReadAsPositionCompanyAndDateRangeWithMonthNames() {
        #expect(text.lines.contains("Contact Centre Representative, Pennyworth Bank, Mar 2017 – Present"))
        #expect(text.lines.contains("Barista and Cashier, Mill Lane Cafe, Jun 2015 – Feb 2017"))
        expectInOrder(text, ["Pennyworth Bank", "- Handled 80+ calls per day in Salesforce CRM", "Mill Lane Cafe"])
    }

    @Test func educationListsDegreeAreaAndInstitution() {
        #expect(text.lines.contains("BSc Business Management, University of Salford, Sep 2012 – Jun 2015"))
    }

    @Test func isoDatesBecomeMonthNamesAndOtherDatesStayAsWritten() {
        #expect(JSONResumeTextExtractor.displayDate("2017-03") == "Mar 2017")
        #expect(JSONResumeTextExtractor.displayDate("2017-03-15") == "Mar 2017")
        #expect(JSONResumeTextExtractor.displayDate("2017") == "2017")
        #expect(JSONResumeTextExtractor.displayDate("2017-13") == "2017-13")
        #expect(JSONResumeTextExtractor.displayDate("spring 2017") == "spring 2017")
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
