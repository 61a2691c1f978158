/// Applications the audit cannot use; raised before anything is computed.
public enum BiasAuditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A score that is NaN or infinite has no place in a median.
    case nonFiniteScore(applicationID: Int64)
    /// A stored category that is not one (the data was not imported through `DemographicsCSV`).
    case invalidCategory(applicationID: Int64, DemographicCategory.Invalid)

    public var description: String {
        switch self {
        case .nonFiniteScore(let id):
            "error: application \(id) has no valid score. Screen it again before auditing"
        case .invalidCategory(let id, let invalid):
            "error: application \(id): \(invalid). Import the candidate's self-identification again"
        }
    }
}
