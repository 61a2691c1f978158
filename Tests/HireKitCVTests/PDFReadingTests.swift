import Foundation
import Testing
@testable import HireKitCV

@Suite("PDF CVs")
struct PDFReadingTests {
    @Test func onePagePDFKeepsItsLinesInOrder() throws {
        let document = try Fixtures.read("call-center-agent.pdf")
        #expect(document.format == .pdf)
        #expect(document.pageCount == 1)
        expectInOrder(document.text, [
            "Amara Okafor", "Summary", "Handles 80+ calls per day with CSAT 96%", "Experience",
            "Call Centre Agent, Severn Water Services, Mar 2017 – Present",
            "Customer Service Assistant, Avon Superstores, 2015-2017", "Skills", "Education",
        ])
        #expect(document.text.lines.contains("Call Centre Agent, Severn Water Services, Mar 2017 – Present"))
    }

    @Test func twoColumnPDFReadsTheLeftColumnBeforeTheRightColumn() throws {
        let text = try Fixtures.read("two-column-accountant.pdf").text
        expectInOrder(text, [
            "Daniel Whitaker", "Chartered Accountant",
            "Contact", "daniel.whitaker@example.com", "York, UK", "Skills", "VAT returns", "Languages", "French (basic)",
            "Profile", "Chartered accountant with ten years", "Experience", "Senior Accountant, Ouse Valley Foods",
            "Apr 2018 – Present", "Education", "BSc Accounting, University of York",
        ])
    }

    @Test func twoColumnPDFDoesNotInterleaveLinesFromBothColumns() throws {
        let lines = try Fixtures.read("two-column-accountant.pdf").text.lines
        // Each column's lines come out whole, never glued to the line beside them.
        for line in ["Contact", "Profile", "York, UK", "Chartered accountant with ten years", "Sage 50 and Xero",
                     "Senior Accountant, Ouse Valley Foods"] {
            #expect(lines.contains(line), "\(line) is not a line of its own")
        }
    }

    @Test func rightAlignedDatesStayOnTheirJobLine() throws {
        let lines = try Fixtures.read("right-aligned-dates.pdf").text.lines
        #expect(lines.contains("Team Leader, Customer Contact, Riverside Telecom Mar 2017 – Present"))
        #expect(lines.contains("Weekend Cashier, Market Street Foods 2010-2012"))
    }

    @Test func passwordProtectedPDFIsReportedAsEncrypted() {
        let error = Fixtures.error("encrypted.pdf")
        #expect(error == .encrypted(path: Fixtures.url("encrypted.pdf").path))
        #expect(error?.description.contains("password-protected. Ask the candidate for a copy without a password") == true)
    }

    @Test func truncatedPDFIsReportedAsDamaged() {
        let error = Fixtures.error("truncated.pdf")
        guard case .corrupt(let path, .pdf, _)? = error else {
            Issue.record("expected corrupt PDF, got \(String(describing: error))")
            return
        }
        #expect(path == Fixtures.url("truncated.pdf").path)
    }

    @Test func pdfWithoutSelectableTextIsReportedAsScanned() {
        let error = Fixtures.error("no-text.pdf")
        #expect(error == .noText(path: Fixtures.url("no-text.pdf").path, format: .pdf))
        #expect(error?.description.contains("scanned image") == true)
    }

    @Test func pagesPastTheLimitAreNotRead() throws {
        let document = try Fixtures.read("many-pages.pdf", limits: ReaderLimits(maxPages: 3))
        #expect(document.pageCount == 70)
        #expect(document.text.contains("Page 3 of 70"))
        #expect(!document.text.contains("Page 4 of 70"))
    }

    @Test func extractionPastTheTimeLimitIsAbandonedWithTimedOut() {
        let started = Date()
        let error = Fixtures.error("many-pages.pdf", limits: ReaderLimits(timeoutSeconds: 0.001))
        #expect(error == .timedOut(path: Fixtures.url("many-pages.pdf").path, seconds: 0.001))
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
