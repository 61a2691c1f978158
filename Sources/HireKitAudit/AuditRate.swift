/// One category's result on one measure: the selection rate (reached the selected-at stage) or the
/// scoring rate (scored above the median of all audited applications).
public struct AuditRate: Sendable, Equatable, Encodable {
    /// Applications in the category that were selected, or that scored above the median.
    public var passed: Int
    /// `passed` ÷ the category's applications.
    public var rate: Double
    /// `rate` ÷ the highest rate among the categories not excluded; `nil` when the category is
    /// excluded (under 2 %) or the highest rate is 0 (a ratio to 0 means nothing).
    public var impactRatio: Double?
    /// The four-fifths rule: the impact ratio is below 0.8.
    public var belowFourFifths: Bool
    /// Two-sided Fisher exact test of this category against the rest of the grouping's known
    /// applications: how likely a split at least this uneven is by chance alone.
    public var pValue: Double

    /// Below four-fifths *and* unlikely to be chance (p < 0.05). With a few hundred candidates
    /// spread over many categories, ratios under 0.8 turn up by chance alone; this marks the ones
    /// that do not look like chance.
    public var significant: Bool { belowFourFifths && pValue < Self.significanceLevel }
    public static let significanceLevel = 0.05

    public init(passed: Int, rate: Double, impactRatio: Double?, belowFourFifths: Bool, pValue: Double) {
        self.passed = passed; self.rate = rate; self.impactRatio = impactRatio
        self.belowFourFifths = belowFourFifths; self.pValue = pValue
    }

    private enum CodingKeys: String, CodingKey { case passed, rate, impactRatio, belowFourFifths, pValue, significant }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(passed, forKey: .passed)
        try container.encode(rate, forKey: .rate)
        try container.encode(impactRatio, forKey: .impactRatio)
        try container.encode(belowFourFifths, forKey: .belowFourFifths)
        try container.encode(pValue, forKey: .pValue)
        try container.encode(significant, forKey: .significant)
    }
}
