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
