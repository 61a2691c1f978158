import Foundation
import Testing
@testable import HireKitCV

@Suite("Batch reading")
struct ConcurrentReadingTests {
    private static let names = [
        "call-center-agent.txt", "customer-support.md", "customer-service-advisor.html", "contact-centre-rep.json",
        "call-center-agent.pdf", "two-column-accountant.pdf", "team-lead-table-header-textbox.docx", "xxe.docx",
        "windows-1252.txt", "utf16le-bom.txt",
    ]

    /// poppler and libxml2 run on several threads at once in a batch; results must not depend on that.
    @Test func readingFilesConcurrentlyGivesTheSameTextAsReadingThemOneByOne() async throws {
        let reader = CVReader()
        let sequential = try Self.names.map { try reader.read(fileAt: Fixtures.url($0)) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, CVDocument).self) { group in
            for _ in 0..<4 {
                for (index, name) in Self.names.enumerated() {
                    group.addTask { (index, try reader.read(fileAt: Fixtures.url(name))) }
                }
            }
            return try await group.reduce(into: [(Int, CVDocument)]()) { $0.append($1) }
        }
        #expect(concurrent.count == Self.names.count * 4)
        for (index, document) in concurrent {
            #expect(document == sequential[index])
        }
    }

    @Test func oneBadFileDoesNotStopTheOthersBeingRead() {
        let reader = CVReader()
        let outcomes = ["call-center-agent.txt", "encrypted.pdf", "warehouse-forklift-operator.txt"].map { name in
            Result { () throws(CVReadError) -> CVDocument in try reader.read(fileAt: Fixtures.url(name)) }
        }
        #expect((try? outcomes[0].get())?.text.contains("Jordan Ellis") == true)
        #expect(outcomes[1] == .failure(.encrypted(path: Fixtures.url("encrypted.pdf").path)))
        #expect((try? outcomes[2].get())?.text.contains("Forklift Operator") == true)
    }
}
