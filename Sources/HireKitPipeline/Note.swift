import Foundation

/// A recruiter's note on an application.
public struct Note: Sendable, Equatable {
    public var id: Int64
    public var applicationID: Int64
    public var text: String
    public var createdAt: Date

    public init(id: Int64, applicationID: Int64, text: String, createdAt: Date) {
        self.id = id; self.applicationID = applicationID; self.text = text; self.createdAt = createdAt
    }
}
