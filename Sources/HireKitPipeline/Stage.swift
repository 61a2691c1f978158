/// Where an application stands in the hiring round.
///
/// Open stages run in one direction, `applied` to `offer`; an application can jump ahead (a strong
/// candidate may skip the phone screen) but never go back, and from any open stage it can end as
/// `rejected` (with a reason) or `withdrawn`. `hired`, `rejected` and `withdrawn` are final.
public enum Stage: String, Sendable, CaseIterable, Codable {
    case applied
    case screened
    case phoneScreen = "phone-screen"
    case interview
    case offer
    case hired
    case rejected
    case withdrawn

    /// The forward sequence, in order.
    public static let sequence: [Stage] = [.applied, .screened, .phoneScreen, .interview, .offer, .hired]

    public var isOpen: Bool { ![.hired, .rejected, .withdrawn].contains(self) }

    /// Stages a move from here may go to, in the order a recruiter would read them.
    public var allowedNext: [Stage] {
        guard isOpen, let index = Self.sequence.firstIndex(of: self) else { return [] }
        return Array(Self.sequence[(index + 1)...]) + [.rejected, .withdrawn]
    }

    public func canMove(to stage: Stage) -> Bool { allowedNext.contains(stage) }

    /// Every stage name, for error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
