/// The rows of one way of dividing the applications: by sex, by race/ethnicity, or by both.
public struct AuditGrouping: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, CaseIterable, Encodable {
        case sex
        case raceEthnicity = "race_ethnicity"
        /// Every sex × race/ethnicity pair; only applications where both are known.
        case intersectional

        public var title: String {
            switch self {
            case .sex: "Sex"
            case .raceEthnicity: "Race/ethnicity"
            case .intersectional: "Sex × race/ethnicity"
            }
        }
    }

    public var kind: Kind
    /// By applications, most first, then by name: stable from run to run.
    public var rows: [AuditRow]
    /// Applications with a category in this grouping.
    public var known: Int
    /// Applications whose category is unknown or declined: in no row, but reported.
    public var unknown: Int

    public init(kind: Kind, rows: [AuditRow], known: Int, unknown: Int) {
        self.kind = kind; self.rows = rows; self.known = known; self.unknown = unknown
    }

    /// The highest rate among the categories not excluded, which impact ratios divide by.
    public func topRate(_ measure: AuditMeasure) -> Double? {
        rows.filter { !$0.excluded }.map { $0.rate(measure).rate }.max()
    }
}
