import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("DOCX CVs")
struct DOCXReadingTests {
    private let document = Result { try Fixtures.read("team-lead-table-header-textbox.docx") }

    private var text: String { (try? document.get().text) ?? "" }

    @Test func docxIsReadAsDOCX() throws {
        #expect(try document.get().format == .docx)
    }

    @Test func headerTextComesFirstThenBodyThenFooter() {
        expectInOrder(text, [
            "Lena Kowalski · lena.kowalski@example.com", "Lena Kowalski", "Customer Service Team Lead", "Summary",
            "Experience", "Education", "References available on request",
        ])
    }

    @Test func tableRowsBecomeLinesWithSeparatedCells() {
        #expect(text.lines.contains("Dates | Role | Employer"))
        #expect(text.lines.contains("Mar 2017 – Present | Customer Service Team Lead | Midlands Rail Ltd"))
        #expect(text.lines.contains("2015-2017 | Customer Service Agent | Midlands Rail Ltd"))
    }

    @Test func layoutTableCellsAreReadCellByCellNotGluedTogether() {
        expectInOrder(text, ["Skills", "CRM, Zendesk, Salesforce", "Coaching, rota planning, complaint handling",
                             "Education", "BA (Hons) Business and Management, Aston University, 2011-2014"])
        #expect(text.lines.contains("CRM, Zendesk, Salesforce"))
    }

    @Test func textBoxIsReadOnceWhereItIsAnchored() {
        expectInOrder(text, ["Summary", "Key achievement: CSAT 96% for 2023", "Experience"])
        #expect(text.components(separatedBy: "Key achievement").count == 2)
    }

    @Test func runsSplitMidWordAreJoined() {
        #expect(text.contains("using Zendesk and Salesforce CRM"))
    }

    @Test func tabsAndLineBreaksArePreserved() {
        #expect(text.lines.contains("Phone\t+44 7700 900999"))
        expectInOrder(text, ["12 Canal Street\nBirmingham B1 1AA"])
    }

    @Test func trackedDeletionsAndFieldCodesAreLeftOut() {
        #expect(text.lines.contains("Reviewed quality scores weekly."))
        #expect(!text.contains("DELETED"))
        #expect(!text.contains("PAGE"))
    }

    @Test func docxWithoutMainDocumentIsReportedAsDamaged() {
        // The entry name contains "word/document.xml", so it is sniffed as DOCX, yet the real part is absent.
        let (deflated, _) = DeflatedZeros.make(atLeast: 10)
        let zip = StoredZip.archive([.deflated("word/document.xml.bak", deflated, declaredUncompressedSize: 259)])
        let error = #expect(throws: CVReadError.self) { try CVReader().read(data: zip, source: "cv.docx") }
        #expect(error == .corrupt(path: "cv.docx", format: .docx, detail: "word/document.xml is missing"))
    }
}
