/// How CVs are scored against a role: the visible, configurable weights (points out of 100).
public struct ScreeningPolicy: Sendable, Equatable, Codable {
    public var requiredSkillsWeight: Double
    public var preferredSkillsWeight: Double
    public var experienceWeight: Double
    public var educationWeight: Double
    /// Highest score a CV can get while missing a knockout skill.
    public var knockoutCap: Double

    public init(requiredSkillsWeight: Double = 50, preferredSkillsWeight: Double = 20,
                experienceWeight: Double = 20, educationWeight: Double = 10, knockoutCap: Double = 40) {
        self.requiredSkillsWeight = requiredSkillsWeight
        self.preferredSkillsWeight = preferredSkillsWeight
        self.experienceWeight = experienceWeight
        self.educationWeight = educationWeight
        self.knockoutCap = knockoutCap
    }

    public var totalWeight: Double {
        requiredSkillsWeight + preferredSkillsWeight + experienceWeight + educationWeight
    }
}
