import Foundation
import GRDB
import HireKitPipeline
import HireKitRoles
import HireKitScreening
import HireKitTestSupport
import Testing

/// What goes into the store comes back out unchanged, whatever a CV holds.
@Suite("Pipeline store round trip")
struct StoreRoundTripTests {
    static func submission(text: String, email: String? = nil, role: String = "greeter") -> Submission {
        let result = ScreeningResult(roleID: role, roleTitle: "Greeter", source: "cv.txt", score: 42.5, knockedOut: false,
                                     missingKnockouts: [], breakdown: .init(requiredSkills: 30, preferredSkills: 5, experience: 5, education: 2.5),
                                     requirements: [], yearsOfExperience: 2, educationLevel: .highSchool, relevantExperience: [],
                                     achievements: [], sections: [], blind: false)
        return Submission(source: "cv.txt", format: "text", text: text, sha256: SHA256Digest.hex(Data(text.utf8)),
                          contact: CandidateContact(name: "Robert'); DROP TABLE candidate;--", email: email, phone: nil),
                          roleID: role, roleDigest: "abc", result: result)
    }

    private func storedText(_ text: String) throws -> String {
        let folder = try TempFolder("store")
        let store = try SQLitePipelineStore(path: folder.file("p.sqlite").path)
        guard case .added(let application, _) = try store.add(Self.submission(text: text), command: "test") else {
            Issue.record("not added"); return ""
        }
        return try store.cvText(applicationID: application)
    }

    @Test func quotesAndSQLInCVTextAreStoredAsText() throws {
        let text = "O'Brien \"Bob\"\n'); DROP TABLE application;--\nRobert'); DELETE FROM cv; --"
        #expect(try storedText(text) == text)
    }

    @Test func nulBytesInCVTextSurviveTheRoundTrip() throws {
        let text = "before\u{0}after\u{0}\u{0}end"
        let stored = try storedText(text)
        #expect(Data(stored.utf8) == Data(text.utf8))
    }

    @Test func tenMegabytesOfCVTextComeBackByteIdentical() throws {
        let line = "Handled 80 calls a day; résumé ✓ – 顧客サービス\n"
        let text = String(repeating: line, count: 10 * 1024 * 1024 / line.utf8.count + 1)
        #expect(text.utf8.count > 10 * 1024 * 1024)
        #expect(try storedText(text) == text)
    }

    @Test func aNameThatLooksLikeSQLIsStoredAsAName() throws {
        let folder = try TempFolder("store")
        let store = try SQLitePipelineStore(path: folder.file("p.sqlite").path)
        try store.add(Self.submission(text: "cv"), command: "test")
        let rows = try store.applications(role: nil, stage: nil)
        #expect(rows.first?.contact.name == "Robert'); DROP TABLE candidate;--")
    }

    @Test func theHistoryCannotBeRewritten() throws {
        let folder = try TempFolder("store")
        let path = folder.file("p.sqlite").path
        let store = try SQLitePipelineStore(path: path)
        try store.add(Self.submission(text: "cv"), command: "test")
        try store.close()
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE history SET detail = 'edited'") } }
    }
}
