/// The two rates LL144 asks for: selection (for tools that select or advance candidates) and
/// scoring (for tools that score them).
public enum AuditMeasure: String, Sendable, CaseIterable, Encodable {
    case selection
    case scoring

    public var title: String {
        switch self {
        case .selection: "Selection rate"
        case .scoring: "Scoring rate"
        }
    }

    /// What `AuditRate.passed` counts.
    public var passedLabel: String {
        switch self {
        case .selection: "Selected"
        case .scoring: "Above median"
        }
    }
}
