import Foundation
import HireKitScreening

/// The pipeline's storage, as the commands see it. `SQLitePipelineStore` is the embedded one; a
/// store shared by a team (PostgreSQL) implements the same calls and the commands stay as they are.
///
/// Every call that changes something is one transaction and appends to the history, naming
/// `command`; nothing is half-done if the process dies in the middle.
public protocol PipelineStore: Sendable {
    /// Stores a screened CV as an application at stage `applied`, or says the candidate (same CV
    /// or same e-mail) already applied to that role.
    func add(_ submission: Submission, command: String) throws -> ImportOutcome

    /// Applications ranked by score (highest first, then oldest application first).
    func applications(role: String?, stage: Stage?) throws -> [ApplicationSummary]

    /// The candidate of application `applicationID`, with every application, note and history entry.
    func candidateFile(applicationID: Int64) throws -> CandidateFile

    /// Moves an application; returns the stage it left.
    @discardableResult
    func move(applicationID: Int64, to stage: Stage, reason: String?, command: String) throws -> Stage

    func addNote(applicationID: Int64, text: String, command: String) throws

    /// Applications to `role` not yet hired, rejected or withdrawn, with their CVs.
    func openApplications(role: String) throws -> [StoredCV]

    /// Replaces an application's screening; returns the old score. The history keeps both scores.
    @discardableResult
    func rescore(applicationID: Int64, result: ScreeningResult, roleDigest: String, command: String) throws -> Double

    /// Erases a candidate (by id or e-mail) and everything about them; returns the id erased.
    @discardableResult
    func forget(candidate: String, command: String) throws -> Int64

    /// Erases every candidate whose last activity is before `date`; returns how many.
    func purge(inactiveSince date: Date, command: String) throws -> Int

    /// The whole pipeline without CV texts: every application, its notes, and the history.
    func snapshot() throws -> PipelineSnapshot

    /// The candidate a self-identification file names, by id or e-mail; nil if there is none.
    func candidateID(matching key: String) throws -> Int64?

    /// Stores voluntary self-identification (replacing a candidate's earlier answers), all rows or
    /// none. The history records that it happened, never the answers.
    func recordSelfIdentification(_ answers: [SelfIdentification], command: String) throws

    /// Applications with their scores, stages and self-identification, for a bias audit: to
    /// `roles` (all when nil), applied between `from` and `to` (inclusive days, when given).
    func auditRows(roles: [String]?, from: Date?, to: Date?) throws -> [AuditInput]
}

/// One candidate's voluntary answers; nil is unknown or declined.
public struct SelfIdentification: Sendable, Equatable {
    public var candidateID: Int64
    public var sex: String?
    public var raceEthnicity: String?

    public init(candidateID: Int64, sex: String?, raceEthnicity: String?) {
        self.candidateID = candidateID; self.sex = sex; self.raceEthnicity = raceEthnicity
    }
}

/// One application as a bias audit sees it: no name, no CV, only what the audit counts.
public struct AuditInput: Sendable, Equatable {
    public var applicationID: Int64
    public var roleID: String
    public var roleDigest: String
    public var score: Double
    /// The furthest of applied…hired the application reached, even if it was later rejected.
    public var furthestStage: Stage
    public var appliedAt: Date
    public var sex: String?
    public var raceEthnicity: String?

    public init(applicationID: Int64, roleID: String, roleDigest: String, score: Double, furthestStage: Stage, appliedAt: Date,
                sex: String?, raceEthnicity: String?) {
        self.applicationID = applicationID; self.roleID = roleID; self.roleDigest = roleDigest; self.score = score
        self.furthestStage = furthestStage; self.appliedAt = appliedAt; self.sex = sex; self.raceEthnicity = raceEthnicity
    }

    /// True when the application reached `stage` or a later stage of the forward sequence.
    public func reached(_ stage: Stage) -> Bool {
        guard let reached = Stage.sequence.firstIndex(of: furthestStage), let wanted = Stage.sequence.firstIndex(of: stage) else {
            return false
        }
        return reached >= wanted
    }
}

/// The whole pipeline at one moment, for `export`.
public struct PipelineSnapshot: Sendable {
    public var applications: [ApplicationSummary]
    /// Notes by application id, oldest first.
    public var notes: [Int64: [Note]]
    public var history: [HistoryEntry]

    public init(applications: [ApplicationSummary], notes: [Int64: [Note]], history: [HistoryEntry]) {
        self.applications = applications; self.notes = notes; self.history = history
    }
}
