/// One category of a grouping: a sex, a race/ethnicity, or (intersectional) a pair of both.
public struct AuditRow: Sendable, Equatable, Encodable {
    public var sex: String?
    public var raceEthnicity: String?
    /// Applications in the category.
    public var count: Int
    /// Under 2 % of the grouping's known applications: shown, but given no impact ratio and not
    /// eligible to set the highest rate (LL144's rules allow leaving such small categories out).
    public var excluded: Bool
    public var selection: AuditRate
    public var scoring: AuditRate

    public init(sex: String?, raceEthnicity: String?, count: Int, excluded: Bool, selection: AuditRate, scoring: AuditRate) {
        self.sex = sex; self.raceEthnicity = raceEthnicity; self.count = count; self.excluded = excluded
        self.selection = selection; self.scoring = scoring
    }

    /// "Female", "Asian" or, intersectionally, "Female × Asian".
    public var name: String { [sex, raceEthnicity].compactMap { $0 }.joined(separator: " × ") }

    public func rate(_ measure: AuditMeasure) -> AuditRate {
        switch measure {
        case .selection: selection
        case .scoring: scoring
        }
    }

    private enum CodingKeys: String, CodingKey { case category, sex, raceEthnicity, count, excluded, selection, scoring }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .category)
        try container.encode(sex, forKey: .sex)
        try container.encode(raceEthnicity, forKey: .raceEthnicity)
        try container.encode(count, forKey: .count)
        try container.encode(excluded, forKey: .excluded)
        try container.encode(selection, forKey: .selection)
        try container.encode(scoring, forKey: .scoring)
    }
}
