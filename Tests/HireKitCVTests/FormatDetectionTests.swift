import Foundation
import Testing
@testable import HireKitCV

@Suite("Format detection by content")
struct FormatDetectionTests {
    @Test func pdfRenamedWithATextExtensionIsStillReadAsPDF() throws {
        let document = try CVReader().read(data: Fixtures.data("call-center-agent.pdf"), source: "cv.txt")
        #expect(document.format == .pdf)
        #expect(document.text.contains("Amara Okafor"))
    }

    @Test func docxRenamedAsPDFIsStillReadAsDOCX() throws {
        let document = try CVReader().read(data: Fixtures.data("team-lead-table-header-textbox.docx"), source: "cv.pdf")
        #expect(document.format == .docx)
    }

    @Test func htmlIsRecognisedWithoutAnExtension() throws {
        let document = try CVReader().read(data: Fixtures.data("customer-service-advisor.html"), source: "cv")
        #expect(document.format == .html)
    }

    @Test func jsonResumeIsRecognisedWithoutAnExtension() throws {
        let document = try CVReader().read(data: Fixtures.data("contact-centre-rep.json"), source: "resume")
        #expect(document.format == .jsonResume)
    }

    @Test func markdownIsRecognisedFromHeadingsWithoutAnExtension() throws {
        let document = try CVReader().read(data: Fixtures.data("customer-support.md"), source: "cv")
        #expect(document.format == .markdown)
    }

    @Test func plainTextWithAHashtagIsNotMistakenForMarkdown() throws {
        let text = "Jordan Ellis\n#1 agent for CSAT in 2023\nSkills: CRM"
        #expect(try CVReader().read(data: Data(text.utf8), source: "cv.txt").format == .plainText)
    }

    @Test func legacyWordDocIsRefusedWithAConversionHint() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 512))
        let error = #expect(throws: CVReadError.self) { try CVReader().read(data: ole, source: "cv.doc") }
        #expect(error?.description.hasPrefix("cv.doc: ") == true)
        #expect(error?.description.contains("legacy Word .doc") == true)
    }

    @Test func zipThatIsNotAWordDocumentIsRefused() {
        guard case .unsupportedFormat(_, let detail)? = Fixtures.error("not-a-cv.zip") else {
            Issue.record("expected unsupportedFormat")
            return
        }
        #expect(detail.contains("not a Word .docx"))
    }

    @Test func jsonThatIsNotAResumeIsRefused() {
        let json = Data(#"{"invoice": 42, "items": []}"#.utf8)
        let error = #expect(throws: CVReadError.self) { try CVReader().read(data: json, source: "data.json") }
        guard case .unsupportedFormat(let path, _)? = error else {
            Issue.record("expected unsupportedFormat, got \(String(describing: error))")
            return
        }
        #expect(path == "data.json")
    }

    @Test func imageIsRefusedAsNotText() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
        let error = #expect(throws: CVReadError.self) { try CVReader().read(data: png, source: "scan.png") }
        #expect(error?.description.contains("PNG image") == true)
    }
}
