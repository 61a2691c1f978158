/// One application as the audit sees it: the screening's score, whether it reached the selected-at
/// stage, and the candidate's self-identified categories (`nil` = unknown or declined). Built by the
/// caller from the pipeline; the audit never reads anything else about the candidate.
public struct AuditedApplication: Sendable, Equatable {
    public var applicationID: Int64
    public var roleID: String
    public var score: Double
    public var selected: Bool
    public var sex: String?
    public var raceEthnicity: String?

    public init(applicationID: Int64, roleID: String, score: Double, selected: Bool, sex: String?, raceEthnicity: String?) {
        self.applicationID = applicationID; self.roleID = roleID; self.score = score; self.selected = selected
        self.sex = sex; self.raceEthnicity = raceEthnicity
    }
}
