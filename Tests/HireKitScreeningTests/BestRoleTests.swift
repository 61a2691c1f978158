import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("A CV's best role found in one pass")
struct BestRoleTests {
    private static func assessment(_ roleID: String, score: Double) -> RoleAssessment {
        RoleAssessment(roleID: roleID, matches: [], requiredLines: [], preferredLines: [], relevantRanges: [], relevantYears: 0,
                       recentYears: 0, recentRelevantYears: 0, experienceFraction: 0, educationFraction: 0,
                       breakdown: ScoreBreakdown(requiredSkills: 0, preferredSkills: 0, experience: 0, education: 0),
                       missingKnockouts: [], score: score)
    }

    /// Random sets of up to 20 roles, scores drawn from a few values so that they tie often, IDs
    /// sometimes repeated, now and then a score that is not a number: the role found is the one the
    /// sort puts first.
    @Test func randomAssessmentsGiveTheSortsFirst() {
        var generator = SeededGenerator(seed: 111)
        let ids = ["call-center-agent", "cashier", "barista", "nurse", "b", "a", "caf\u{E9}", "cafe\u{301}"]
        for _ in 0..<20_000 {
            let assessed = (0..<Int.random(in: 0...20, using: &generator)).map { index in
                let score = Int.random(in: 0..<200, using: &generator) == 0 ? Double.nan : Double(Int.random(in: 0...8, using: &generator)) * 12.5
                return (index: index, assessment: Self.assessment(ids.randomElement(using: &generator)!, score: score))
            }
            let found = ScreeningBatch.best(of: assessed), sorted = Array(ScreeningBatch.ranked(assessed).prefix(1))
            #expect(found.map(\.index) == sorted.map(\.index))
        }
    }
}
