import Foundation
import HireKitCV
import HireKitTestSupport
import Testing

/// Hostile and broken CV files (`BadInputs/cvs/`), each read as `hirekit screen` reads it and compared with its
/// `.expected` file: `error: <the exact message>`, `error-prefix: <its stable start>` for details worded by
/// libxml2 or poppler, or `text:` followed by the exact text extracted (for inputs that must be read, such as
/// external entities, which must come out without the entity's content).
@Suite("Bad CV files")
struct CVBadInputTests {
    static let inputs = BadInputs.files(in: "cvs").filter { !$0.hasSuffix(".expected") }

    enum Expectation: Equatable {
        case error(String)
        case errorPrefix(String)
        case text(String)

        init(_ sidecar: String) {
            if sidecar.hasPrefix("text:\n") {
                self = .text(String(sidecar.dropFirst("text:\n".count).dropLast(sidecar.hasSuffix("\n") ? 1 : 0)))
            } else if sidecar.hasPrefix("error-prefix: ") {
                self = .errorPrefix(sidecar.dropFirst("error-prefix: ".count).trimmingCharacters(in: .newlines))
            } else {
                self = .error(sidecar.dropFirst("error: ".count).trimmingCharacters(in: .newlines))
            }
        }
    }

    /// The outcome the user sees: the error message, or the text screening works on.
    static func read(_ relative: String, limits: ReaderLimits = .init()) -> Result<String, CVReadError> {
        let url = URL(fileURLWithPath: relative, relativeTo: BadInputs.root)
        return Result { () throws(CVReadError) -> String in try CVReader(limits: limits).read(fileAt: url).text }
    }

    @Test("every bad CV in the corpus gives its expected result", arguments: inputs)
    func corpusInput(_ input: String) throws {
        let expectation = Expectation(try BadInputs.text(input + ".expected"))
        let started = Date()
        let outcome = Self.read(input)
        #expect(Date().timeIntervalSince(started) < 5, "\(input) took too long")
        switch (expectation, outcome) {
        case (.error(let message), .failure(let error)):
            #expect(error.description == message)
        case (.errorPrefix(let prefix), .failure(let error)):
            #expect(error.description.hasPrefix(prefix), "\(error.description)")
        case (.text(let text), .success(let read)):
            #expect(read == text)
        default:
            Issue.record("\(input): expected \(expectation), got \(outcome)")
        }
    }

    @Test func hirekitScreenReportsEveryUnreadableCVWithItsMessageAndRanksTheRest() throws {
        let folder = try TempFolder("screen-bad")
        for input in Self.inputs {
            try folder.write(input, try BadInputs.data(input))
        }
        let result = try hirekit(["screen", "--role", "cashier", "cvs", "--format", "csv", "--roles",
                                  BadInputs.url("valid-roles").path, "--as-of", "2026-06"], in: folder.url)
        #expect(result.status == 1)
        let printed = result.stderr.split(separator: "\n").map(String.init)
        var readable = 0
        for input in Self.inputs {
            switch Expectation(try BadInputs.text(input + ".expected")) {
            case .error(let message): #expect(printed.contains(message), "\(input)")
            case .errorPrefix(let prefix): #expect(printed.contains { $0.hasPrefix(prefix) }, "\(input)")
            case .text: readable += 1
            }
        }
        #expect(printed.count == Self.inputs.count - readable)
        #expect(result.stdout.split(whereSeparator: \.isNewline).count == readable + 1)
    }

    @Test func externalEntitiesNeverReachTheText() throws {
        let hostname = try String(contentsOfFile: "/etc/hostname", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!hostname.isEmpty)
        for input in ["cvs/xxe.docx", "cvs/xxe.html"] {
            let text = try Self.read(input).get()
            #expect(!text.contains(hostname), "\(input) leaked /etc/hostname")
            #expect(text.contains("Jordan Ellis"))
        }
    }

    @Test func aHundredMegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try TempFolder("cv-100mb")
        let path = folder.file("huge.txt").path
        // Sparse: 100 MB long, no disk used.
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Jordan Ellis\n".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let started = Date()
        let outcome = Result { () throws(CVReadError) in try CVReader().read(fileAt: URL(fileURLWithPath: path)) }
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(throws: CVReadError.tooLarge(path: path, bytes: 100 * 1024 * 1024, limit: 20 * 1024 * 1024)) { try outcome.get() }
        #expect((try? outcome.get()) == nil)
        if case .failure(let error) = outcome {
            #expect(error.description == "\(path): the file is 100 MB, over the 20 MB limit for a CV. "
                + "Ask the candidate for a smaller file (for example without embedded images), or raise the limit.")
        }
    }

    @Test func aNamedPipeIsRefusedInsteadOfBlockingTheBatch() throws {
        let folder = try TempFolder("cv-fifo")
        let path = folder.file("cv.txt").path
        try #require(mkfifo(path, 0o644) == 0)
        let outcome = Result { () throws(CVReadError) in try CVReader().read(fileAt: URL(fileURLWithPath: path)) }
        #expect(throws: CVReadError.unreadable(path: path, reason: "not a regular file")) { try outcome.get() }
    }

    @Test func aFolderNamedAsACVIsRefused() throws {
        let folder = try TempFolder("cv-folder")
        let path = folder.file("cv.pdf").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let outcome = Result { () throws(CVReadError) in try CVReader().read(fileAt: URL(fileURLWithPath: path)) }
        #expect(throws: CVReadError.unreadable(path: path, reason: "it is a folder, not a file")) { try outcome.get() }
    }

    @Test func linksInsideACVFolderAreNotFollowedOutOfIt() throws {
        let folder = try TempFolder("cv-links")
        try folder.write("cvs/jordan.txt", "Jordan Ellis\nCashier, cash handling\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("cvs/passwd.txt").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: folder.file("cvs/loop").path, withDestinationPath: folder.file("cvs").path)
        let files = try CVFileCollector.collect([folder.file("cvs").path])
        #expect(files.map(\.lastPathComponent) == ["jordan.txt"])
    }
}
