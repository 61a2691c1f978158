import HireKitRoles

/// Where in the CV a requirement was found.
public struct Evidence: Sendable, Equatable, Codable {
    /// 1-based line of the CV text that was screened.
    public var line: Int
    /// That line as written (trimmed), so a recruiter can check it without opening the CV.
    public var text: String
    /// What was recognised there: the role's term, the dates, or the degree wording.
    public var matched: String

    public init(line: Int, text: String, matched: String) {
        self.line = line; self.text = text; self.matched = matched
    }
}

/// The outcome of one requirement of the role, with the points it earned.
public struct RequirementOutcome: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case requiredSkill = "required-skill"
        case preferredSkill = "preferred-skill"
        case experience
        case education
    }

    public var kind: Kind
    /// The skill name, or "Experience" / "Education".
    public var name: String
    public var met: Bool
    /// True for a knockout skill: missing it caps the score.
    public var knockout: Bool
    /// Points earned out of 100 for the whole role, to one decimal.
    public var points: Double
    /// Points available for this requirement, to one decimal.
    public var maxPoints: Double
    /// Short reason in words ("4.5 years found; minimum 2").
    public var detail: String
    /// The first (up to three) CV lines that support the outcome.
    public var evidence: [Evidence]

    public init(kind: Kind, name: String, met: Bool, knockout: Bool = false, points: Double,
                maxPoints: Double, detail: String, evidence: [Evidence]) {
        self.kind = kind; self.name = name; self.met = met; self.knockout = knockout
        self.points = points; self.maxPoints = maxPoints; self.detail = detail; self.evidence = evidence
    }
}

/// Points per scoring category, on the 0–100 scale of the total.
public struct ScoreBreakdown: Sendable, Equatable, Codable {
    public var requiredSkills: Double
    public var preferredSkills: Double
    public var experience: Double
    public var education: Double

    public init(requiredSkills: Double, preferredSkills: Double, experience: Double, education: Double) {
        self.requiredSkills = requiredSkills; self.preferredSkills = preferredSkills
        self.experience = experience; self.education = education
    }
}

/// Everything screening concluded about one CV for one role, and why.
public struct ScreeningResult: Sendable, Equatable, Codable {
    public var roleID: String
    public var roleTitle: String
    /// Where the CV came from (a file name), as given by the caller.
    public var source: String
    /// 0–100, to one decimal.
    public var score: Double
    /// True when a knockout skill is missing; `score` is then at most the policy's knockout cap.
    public var knockedOut: Bool
    /// Names of the knockout skills the CV shows no evidence of.
    public var missingKnockouts: [String]
    public var breakdown: ScoreBreakdown
    /// Required skills, preferred skills, experience, education, in the role's order.
    public var requirements: [RequirementOutcome]
    public var yearsOfExperience: Double
    public var educationLevel: EducationLevel
    /// Lines naming the role's title, its other titles or its relevant backgrounds. Shown, not scored.
    public var relevantExperience: [Evidence]
    public var achievements: [Achievement]
    public var sections: [CVSection]
    /// True when personal details were redacted before screening; evidence then shows redacted lines.
    public var blind: Bool

    public init(roleID: String, roleTitle: String, source: String, score: Double, knockedOut: Bool,
                missingKnockouts: [String], breakdown: ScoreBreakdown, requirements: [RequirementOutcome],
                yearsOfExperience: Double, educationLevel: EducationLevel, relevantExperience: [Evidence],
                achievements: [Achievement], sections: [CVSection], blind: Bool) {
        self.roleID = roleID; self.roleTitle = roleTitle; self.source = source; self.score = score
        self.knockedOut = knockedOut; self.missingKnockouts = missingKnockouts; self.breakdown = breakdown
        self.requirements = requirements; self.yearsOfExperience = yearsOfExperience
        self.educationLevel = educationLevel; self.relevantExperience = relevantExperience
        self.achievements = achievements; self.sections = sections; self.blind = blind
    }
}
