import HireKitCV
import HireKitRoles

/// What a report keeps of one screened CV while the rest of the batch is screened: enough to rank
/// it and print its one-line row, a few hundred bytes. The CV's full results (every role's
/// requirements and evidence) are not kept; what a format prints of them is rendered when the CV
/// is screened and parked in a `DetailSpill` (see `ReportCollector`).
public struct CandidateSummary: Sendable, Equatable {
    /// Position of the file in the batch: the last tie-break, so ranking is a total order.
    public var order: Int
    public var source: String
    public var format: CVFormat
    /// The best-fitting role's result, in brief.
    public var score: Double
    public var roleID: String
    public var roleTitle: String
    public var knockedOut: Bool
    public var missingKnockouts: [String]
    public var requiredMet: Int, requiredTotal: Int
    public var preferredMet: Int, preferredTotal: Int
    public var yearsOfExperience: Double
    public var educationLevel: EducationLevel
    /// Where this candidate's rendered details are in the report's spill, if the format has any.
    var details: DetailSpill.Slice?

    init(order: Int, candidate: ScreeningBatch.Candidate, details: DetailSpill.Slice? = nil) {
        let best = candidate.best
        let required = ScreeningReport.met(best, .requiredSkill), preferred = ScreeningReport.met(best, .preferredSkill)
        self.order = order
        self.source = candidate.source
        self.format = candidate.format
        self.score = best.score
        self.roleID = best.roleID
        self.roleTitle = best.roleTitle
        self.knockedOut = best.knockedOut
        self.missingKnockouts = best.missingKnockouts
        self.requiredMet = required.met; self.requiredTotal = required.total
        self.preferredMet = preferred.met; self.preferredTotal = preferred.total
        self.yearsOfExperience = best.yearsOfExperience
        self.educationLevel = best.educationLevel
        self.details = details
    }

    /// Best score first, then by file path (as `ScreeningBatch.ranked`), then batch order.
    static func ranksBefore(_ a: Self, _ b: Self) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.source != b.source { return a.source < b.source }
        return a.order < b.order
    }
}
