import Foundation

/// One row of `hirekit candidates list`: an application with what a recruiter scans for.
public struct ApplicationSummary: Sendable, Equatable {
    public var id: Int64
    public var candidateID: Int64
    public var contact: CandidateContact
    public var roleID: String
    public var stage: Stage
    public var score: Double
    public var appliedAt: Date
    public var stageSince: Date
    public var lastNote: String?

    public init(id: Int64, candidateID: Int64, contact: CandidateContact, roleID: String, stage: Stage, score: Double,
                appliedAt: Date, stageSince: Date, lastNote: String?) {
        self.id = id; self.candidateID = candidateID; self.contact = contact; self.roleID = roleID; self.stage = stage
        self.score = score; self.appliedAt = appliedAt; self.stageSince = stageSince; self.lastNote = lastNote
    }

    /// Whole days in the current stage at `now`.
    public func daysInStage(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(stageSince) / 86_400)) }
}
