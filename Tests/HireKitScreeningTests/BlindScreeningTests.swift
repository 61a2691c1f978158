import Foundation
import Testing
@testable import HireKitScreening

/// Screening must not depend on who the candidate is.
@Suite("Blind screening")
struct BlindScreeningTests {
    /// The fixture CV without its personal-detail lines (name, contact, address).
    private let anonymousCV = MatchNormalizer.lines(of: Fixtures.cv).dropFirst(3).joined(separator: "\n")

    /// The same CV with different and more personal details added.
    private static let personalHeaders = [
        "Jane Doe\njane.doe@example.com | +1 (614) 555-0147\n41 South High Street, Columbus, OH 43215",
        "Mohammed Al-Rashid\nmo.rashid@example.org | 07700 900123\n[photo: headshot]\nDate of birth: 02/02/1961",
        "Curriculum Vitae\nName: Siobhán Ní Bhriain\nBorn 4 July 1999 in Cork\nNationality: Irish\nlinkedin.com/in/siobhan",
    ]

    /// Everything that decides a candidate's outcome, without the line numbers and line text of the evidence.
    private func outcome(_ result: ScreeningResult) -> [String] {
        ["score \(result.score)", "knocked out \(result.knockedOut)", "years \(result.yearsOfExperience)",
         "education \(result.educationLevel)"]
            + result.requirements.map { "\($0.kind) \($0.name) met \($0.met) points \($0.points)" }
    }

    @Test(arguments: personalHeaders)
    func addingPersonalDetailsDoesNotChangeTheOutcome(header: String) {
        let screener = Fixtures.screener()
        let without = screener.screen(text: anonymousCV, source: "cv")
        let with = screener.screen(text: header + "\n" + anonymousCV, source: "cv")
        #expect(outcome(with) == outcome(without))
    }

    @Test(arguments: personalHeaders)
    func blindScreeningGivesTheSameOutcomeAsOpenScreening(header: String) {
        let screener = Fixtures.screener()
        let cv = header + "\n" + anonymousCV
        #expect(outcome(screener.screen(text: cv, source: "cv", blind: true)) == outcome(screener.screen(text: cv, source: "cv")))
    }

    @Test func blindResultContainsNoPersonalDetails() throws {
        let result = Fixtures.screener().screen(text: Fixtures.cv, source: "cv", blind: true)
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        for detail in ["Jane", "Doe", "jane.doe@example.com", "555-0147", "South High Street"] {
            #expect(!json.contains(detail), "\(detail)")
        }
        #expect(result.blind)
    }

    @Test func blindEvidenceKeepsTheOriginalLineNumbers() {
        let screener = Fixtures.screener()
        let open = screener.screen(text: Fixtures.cv, source: "cv")
        let blind = screener.screen(text: Fixtures.cv, source: "cv", blind: true)
        #expect(blind.requirements.map { $0.evidence.map(\.line) } == open.requirements.map { $0.evidence.map(\.line) })
    }
}
