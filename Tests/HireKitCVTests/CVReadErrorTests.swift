import Testing
@testable import HireKitCV

@Suite("Error messages a recruiter can act on")
struct CVReadErrorTests {
    private let all: [CVReadError] = [
        .unreadable(path: "cvs/a.pdf", reason: "permission denied"),
        .tooLarge(path: "cvs/a.pdf", bytes: 26_214_400, limit: 20_971_520),
        .empty(path: "cvs/a.pdf"),
        .unsupportedFormat(path: "cvs/a.pdf", detail: "a PNG image"),
        .corrupt(path: "cvs/a.pdf", format: .pdf, detail: "PDF document is damaged"),
        .encrypted(path: "cvs/a.pdf"),
        .timedOut(path: "cvs/a.pdf", seconds: 15),
        .decompressionLimit(path: "cvs/a.pdf", limit: 67_108_864),
        .noText(path: "cvs/a.pdf", format: .pdf),
    ]

    @Test func everyMessageStartsWithThePathAndEndsWithWhatToDo() {
        for error in all {
            #expect(error.description.hasPrefix("cvs/a.pdf: "))
            #expect(error.description.hasSuffix("."))
            #expect(error.description.split(separator: ". ").count >= 2, "no advice in: \(error)")
            #expect(error.path == "cvs/a.pdf")
        }
    }

    @Test func sizesAreShownInMegabytes() {
        #expect(all[1].description == "cvs/a.pdf: the file is 25 MB, over the 20 MB limit for a CV. "
            + "Ask the candidate for a smaller file (for example without embedded images), or raise the limit.")
    }

    @Test func timeoutNamesTheLimit() {
        #expect(all[6].description.hasPrefix("cvs/a.pdf: reading the file took longer than 15 s and was stopped"))
    }
}
