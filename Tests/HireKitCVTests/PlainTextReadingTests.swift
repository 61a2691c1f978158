import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Plain-text CVs")
struct PlainTextReadingTests {
    @Test func textCVKeepsItsSectionsAndLinesInOrder() throws {
        let document = try Fixtures.read("call-center-agent.txt")
        #expect(document.format == .plainText)
        #expect(document.pageCount == nil)
        expectInOrder(document.text, [
            "Jordan Ellis", "Summary", "Experience",
            "Senior Call Centre Agent, Northwind Energy, Mar 2017 – Present",
            "- Handle 80+ inbound calls per day", "Customer Service Assistant, Harbour Retail Group, 2015-2017",
            "Skills", "CRM (Salesforce, Zendesk)", "Education",
        ])
    }

    @Test func documentSourceIsThePathAsGiven() throws {
        let url = Fixtures.url("call-center-agent.txt")
        let document = try CVReader().read(fileAt: url)
        #expect(document.source == url.path)
    }

    @Test func windowsLineEndingsSpacesAndBlankRunsAreNormalised() throws {
        let raw = "  Jordan   Ellis \r\n\r\n\r\n\r\nCall\u{00A0}\u{00A0}Centre Agent\r\nSkills:\t\t CRM  \r\n\r\n"
        let document = try CVReader().read(data: Data(raw.utf8), source: "jordan.txt")
        #expect(document.text == "Jordan Ellis\n\nCall Centre Agent\nSkills:\tCRM")
    }

    @Test func utf16LittleEndianWithBOMIsDecoded() throws {
        let document = try Fixtures.read("utf16le-bom.txt")
        expectInOrder(document.text, ["Zoë Müller", "Customer Service Agent, Großhandel Nord GmbH, 2018 – Present"])
    }

    @Test func utf8ByteOrderMarkIsNotPartOfTheText() throws {
        let document = try Fixtures.read("utf8-bom.txt")
        #expect(document.text.hasPrefix("José Álvarez\n"))
    }

    @Test func windows1252TextFallsBackToWindowsCharacters() throws {
        let document = try Fixtures.read("windows-1252.txt")
        expectInOrder(document.text, [
            "Renée Côté", "“Friendly, patient and fast” – handled 80+ calls",
            "Café Lumière, 2015 – 2019", "refunds up to €500",
        ])
    }

    @Test func utf16WithoutBOMIsStillDecoded() throws {
        var data = Data()
        for unit in "Amélie Dubois\nCustomer Service".utf16 { data.appendLE(unit) }
        let document = try CVReader().read(data: data, source: "amelie.txt")
        #expect(document.text == "Amélie Dubois\nCustomer Service")
    }

    @Test func binaryJunkIsRejectedAsNotADocument() {
        let error = Fixtures.error("binary-junk.bin")
        guard case .unsupportedFormat(let path, let detail)? = error else {
            Issue.record("expected unsupportedFormat, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("binary-junk.bin"))
        #expect(detail.contains("binary"))
    }

    @Test func emptyFileIsReportedAsEmpty() {
        let error = Fixtures.error("empty.txt")
        #expect(error == .empty(path: Fixtures.url("empty.txt").path))
    }

    @Test func whitespaceOnlyContentIsReportedAsEmpty() {
        #expect(throws: CVReadError.empty(path: "blank.txt")) {
            try CVReader().read(data: Data(" \n\t\r\n  ".utf8), source: "blank.txt")
        }
    }

    @Test func fileOverTheSizeLimitIsRejected() throws {
        try Fixtures.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("big.txt")
            try Data(repeating: 0x41, count: 4096).write(to: url)
            let limits = ReaderLimits(maxFileBytes: 1024)
            #expect(throws: CVReadError.tooLarge(path: url.path, bytes: 4096, limit: 1024)) {
                try CVReader(limits: limits).read(fileAt: url)
            }
        }
    }

    @Test func hugeFileIsRejectedWithoutBeingRead() throws {
        try Fixtures.withTemporaryFolder { folder in
            // A sparse 8 GiB file: reading it would take ages or exhaust memory, checking its size doesn't.
            let url = folder.appendingPathComponent("huge.pdf")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 8 << 30)
            try handle.close()
            let started = Date()
            let error = #expect(throws: CVReadError.self) { try CVReader().read(fileAt: url) }
            #expect(error == .tooLarge(path: url.path, bytes: 8 << 30, limit: 20 * 1024 * 1024))
            #expect(Date().timeIntervalSince(started) < 1)
        }
    }

    @Test func inMemoryDataOverTheSizeLimitIsRejected() {
        #expect(throws: CVReadError.tooLarge(path: "upload.txt", bytes: 2048, limit: 1024)) {
            try CVReader(limits: ReaderLimits(maxFileBytes: 1024)).read(data: Data(count: 2048), source: "upload.txt")
        }
    }

    @Test func missingFileIsReportedAsUnreadable() {
        let url = URL(fileURLWithPath: "/nonexistent/hirekit/cv.pdf")
        #expect(throws: CVReadError.unreadable(path: url.path, reason: "no such file")) {
            try CVReader().read(fileAt: url)
        }
    }

    @Test func folderGivenAsAFileIsReportedAsUnreadable() throws {
        try Fixtures.withTemporaryFolder { folder in
            let error = #expect(throws: CVReadError.self) { try CVReader().read(fileAt: folder) }
            guard case .unreadable(_, let reason)? = error else {
                Issue.record("expected unreadable, got \(String(describing: error))")
                return
            }
            #expect(reason.contains("folder"))
        }
    }
}
