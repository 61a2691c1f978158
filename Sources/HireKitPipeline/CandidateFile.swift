import Foundation
import HireKitScreening

/// Everything the pipeline holds about one candidate: `hirekit candidates show`.
public struct CandidateFile: Sendable {
    public var candidateID: Int64
    public var contact: CandidateContact
    public var createdAt: Date
    public var applications: [Application]
    /// Every history entry about the candidate, oldest first.
    public var history: [HistoryEntry]

    public init(candidateID: Int64, contact: CandidateContact, createdAt: Date, applications: [Application], history: [HistoryEntry]) {
        self.candidateID = candidateID; self.contact = contact; self.createdAt = createdAt
        self.applications = applications; self.history = history
    }

    /// One application with its screening and notes.
    public struct Application: Sendable {
        public var summary: ApplicationSummary
        public var roleDigest: String
        public var source: String
        public var cvSHA256: String
        /// The screening as stored: every requirement with its evidence lines.
        public var result: ScreeningResult
        /// The CV text the evidence line numbers refer to.
        public var cvText: String
        public var notes: [Note]

        public init(summary: ApplicationSummary, roleDigest: String, source: String, cvSHA256: String,
                    result: ScreeningResult, cvText: String, notes: [Note]) {
            self.summary = summary; self.roleDigest = roleDigest; self.source = source; self.cvSHA256 = cvSHA256
            self.result = result; self.cvText = cvText; self.notes = notes
        }
    }
}
