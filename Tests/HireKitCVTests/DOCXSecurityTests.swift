import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Hostile DOCX and HTML files")
struct DOCXSecurityTests {
    @Test func externalEntityInDOCXIsNeverResolved() throws {
        let text = try Fixtures.read("xxe.docx").text
        #expect(!text.contains("root:"))
        #expect(text.contains("Customer service agent"))
    }

    @Test func externalEntityInHTMLIsNeverResolved() throws {
        let text = try Fixtures.read("xxe.html").text
        #expect(!text.contains("root:"))
        #expect(text.contains("Customer service agent"))
    }

    @Test func billionLaughsDOCXIsRefusedQuicklyWithoutExpansion() {
        let started = Date()
        let error = Fixtures.error("billion-laughs.docx")
        #expect(Date().timeIntervalSince(started) < 2)
        guard case .corrupt(let path, .docx, let detail)? = error else {
            Issue.record("expected corrupt DOCX, got \(String(describing: error))")
            return
        }
        #expect(path == Fixtures.url("billion-laughs.docx").path)
        #expect(detail.contains("word/document.xml"))
    }

    @Test func zipBombIsRefusedFromItsDeclaredSizeBeforeInflating() throws {
        try Fixtures.withTemporaryFolder { folder in
            // 200 MB of zeros as word/document.xml, about 1.3 MB on disk.
            let (deflated, size) = DeflatedZeros.make(atLeast: 200 * 1024 * 1024)
            let zip = StoredZip.archive([.deflated("word/document.xml", deflated, declaredUncompressedSize: UInt32(size))])
            let url = folder.appendingPathComponent("bomb.docx")
            try zip.write(to: url)
            let started = Date()
            let error = #expect(throws: CVReadError.self) { try CVReader().read(fileAt: url) }
            #expect(error == .decompressionLimit(path: url.path, limit: 64 * 1024 * 1024))
            #expect(Date().timeIntervalSince(started) < 2)
        }
    }

    @Test func partCompressedBeyondTheRatioLimitIsRefused() {
        let (deflated, size) = DeflatedZeros.make(atLeast: 4 * 1024 * 1024)  // ~160:1
        let zip = StoredZip.archive([.deflated("word/document.xml", deflated, declaredUncompressedSize: UInt32(size))])
        let limits = ReaderLimits(maxCompressionRatio: 100)
        #expect(throws: CVReadError.decompressionLimit(path: "cv.docx", limit: limits.maxDecompressedBytes)) {
            try CVReader(limits: limits).read(data: zip, source: "cv.docx")
        }
    }

    @Test func zipBombThatLiesAboutItsSizeIsStoppedWhileInflating() {
        // Declares 1 KiB, really inflates to 8 MiB: only counting bytes during extraction catches it.
        let limits = ReaderLimits(maxDecompressedBytes: 1024 * 1024)
        let error = Fixtures.error("lying-zip-bomb.docx", limits: limits)
        #expect(error == .decompressionLimit(path: Fixtures.url("lying-zip-bomb.docx").path, limit: 1024 * 1024))
        #expect(error?.description.contains("possible zip bomb") == true)
    }
}
