/// What storing one submission did.
public enum ImportOutcome: Sendable, Equatable {
    case added(application: Int64, candidate: Int64)
    /// The candidate had already applied to this role: nothing was stored.
    case duplicate(application: Int64, candidate: Int64, reason: DuplicateReason)

    public enum DuplicateReason: String, Sendable, Equatable {
        case sameCV = "the same CV file"
        case sameEmail = "the same e-mail address"
    }
}
