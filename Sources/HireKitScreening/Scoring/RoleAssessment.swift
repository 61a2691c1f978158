/// One role's score for one CV and the numbers it was made from (`RoleScreener.assess`): what a
/// batch needs to rank a CV's roles, without the words and evidence of a `ScreeningResult`, which
/// `RoleScreener.result(of:in:source:)` adds only for the results a report prints.
struct RoleAssessment: Sendable {
    var roleID: String
    /// The role's matches the CV does not negate, in text order, by the role's term numbers.
    var matches: [PhraseMatcher<RoleScreener.Target>.TermMatch]
    /// Per required and preferred skill (role order), the number of CV lines showing it.
    var requiredLines: [Int]
    var preferredLines: [Int]
    /// The CV's dated jobs whose headings name the role, its other titles or its backgrounds.
    var relevantRanges: [DateRange]
    var relevantYears: Double
    var recentYears: Double
    var recentRelevantYears: Double
    var experienceFraction: Double
    var educationFraction: Double
    /// Unrounded points per category.
    var breakdown: ScoreBreakdown
    /// Names of the knockout skills the CV shows no evidence of, required then preferred.
    var missingKnockouts: [String]
    /// 0–100, to one decimal.
    var score: Double

    var knockedOut: Bool { !missingKnockouts.isEmpty }
}
