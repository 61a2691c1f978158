import Testing
@testable import HireKitScreening

@Suite("CV sections")
struct SectionDetectorTests {
    @Test func headingsInAnyCaseAndWordingOpenSections() {
        let lines = ["Jane Doe", "PROFESSIONAL SUMMARY", "Friendly.", "Work History", "Agent", "Education & Training", "GED",
                     "Licenses and Certifications:", "CPR"]
        let sections = SectionDetector.sections(in: lines)
        #expect(sections.map(\.kind) == [.summary, .experience, .education, .certifications])
        #expect(sections.map(\.headingLine) == [2, 4, 6, 8])
        #expect(sections.map(\.lastLine) == [3, 5, 7, 9])
    }

    @Test func headingWithContentOnTheSameLineIncludesThatLine() {
        let sections = SectionDetector.sections(in: ["Skills: CRM, Zendesk", "Typing 60 WPM"])
        #expect(sections.count == 1)
        #expect(sections[0].kind == .skills)
        #expect(sections[0].firstLine == 1)
        #expect(sections[0].lastLine == 2)
    }

    @Test func letterSpacedHeadingIsRecognised() {
        #expect(SectionDetector.heading(in: "E X P E R I E N C E")?.kind == .experience)
    }

    @Test func bulletedItemIsNotAHeading() {
        #expect(SectionDetector.heading(in: "• Training") == nil)
    }

    @Test func ordinaryShortLinesAreNotHeadings() {
        #expect(SectionDetector.heading(in: "JANE DOE") == nil)
        #expect(SectionDetector.heading(in: "Customer Service") == nil)
    }

    @Test func linesBeforeTheFirstHeadingBelongToNoSection() {
        let sections = SectionDetector.sections(in: ["Jane Doe", "jane@example.com", "Skills", "CRM"])
        #expect(sections.first?.headingLine == 3)
    }
}
