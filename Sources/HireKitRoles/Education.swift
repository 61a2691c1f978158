/// Formal education, ordered so levels compare (`.bachelor > .associate`).
public enum EducationLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case none
    case highSchool = "high-school"
    case certificate
    case associate
    case bachelor
    case master
    case doctorate

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Wording for postings and schema.org `educationRequirements`.
    public var displayName: String {
        switch self {
        case .none: "No formal education required"
        case .highSchool: "High school diploma or equivalent (GED)"
        case .certificate: "Post-secondary certificate"
        case .associate: "Associate degree"
        case .bachelor: "Bachelor's degree"
        case .master: "Master's degree"
        case .doctorate: "Doctoral degree"
        }
    }

    /// schema.org `EducationalOccupationalCredential.credentialCategory` values.
    public var credentialCategory: String? {
        switch self {
        case .none: nil
        case .highSchool: "high school"
        case .certificate: "professional certificate"
        case .associate: "associate degree"
        case .bachelor: "bachelor degree"
        case .master, .doctorate: "postgraduate degree"
        }
    }
}

public struct Education: Sendable, Equatable, Codable {
    public var minimum: EducationLevel
    public var preferred: EducationLevel?
    /// Fields of study that help ("communications", "business administration").
    public var fields: [String]
    public init(minimum: EducationLevel, preferred: EducationLevel? = nil, fields: [String] = []) {
        self.minimum = minimum; self.preferred = preferred; self.fields = fields
    }
}

public struct Experience: Sendable, Equatable, Codable {
    public var minimumYears: Double
    /// Backgrounds that count as relevant experience ("retail", "hospitality front desk").
    public var backgrounds: [String]
    public init(minimumYears: Double, backgrounds: [String] = []) {
        self.minimumYears = minimumYears; self.backgrounds = backgrounds
    }
}
