/// The skills a role asks for, split the way a recruiter reads them.
public struct Skills: Sendable, Equatable, Codable {
    public var required: [Skill]
    public var preferred: [Skill]
    public init(required: [Skill], preferred: [Skill] = []) {
        self.required = required; self.preferred = preferred
    }
}

/// A skill with the words candidates use for it in CVs.
public struct Skill: Sendable, Equatable, Codable {
    public var name: String
    /// Phrasings that count as evidence of the skill ("handled irate callers" for conflict resolution).
    public var synonyms: [String]
    /// When true, a CV with no evidence of this skill is knocked out (score capped) by screening.
    public var knockout: Bool
    public init(name: String, synonyms: [String] = [], knockout: Bool = false) {
        self.name = name; self.synonyms = synonyms; self.knockout = knockout
    }
    /// The name followed by every synonym: all the terms screening looks for.
    public var terms: [String] { [name] + synonyms }
}
