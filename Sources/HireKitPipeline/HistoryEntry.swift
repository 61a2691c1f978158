import Foundation

/// One line of the append-only history: what changed, when, and which command changed it.
public struct HistoryEntry: Sendable, Equatable {
    public enum Action: String, Sendable, Codable {
        case applied, duplicate, moved, noted, rescreened, erased, purged
        case selfIdentified = "self-identified"
    }

    public var id: Int64
    public var at: Date
    /// The command that made the change ("candidates move"), so a history can be audited.
    public var command: String
    public var action: Action
    public var candidateID: Int64?
    public var applicationID: Int64?
    public var detail: String

    public init(id: Int64, at: Date, command: String, action: Action, candidateID: Int64?, applicationID: Int64?, detail: String) {
        self.id = id; self.at = at; self.command = command; self.action = action
        self.candidateID = candidateID; self.applicationID = applicationID; self.detail = detail
    }
}
