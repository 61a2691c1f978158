/// HireKitRoles owns the role definitions: the domain model of a job (`Role` and its parts), loading
/// the YAML files in `Roles/`, and validating them so that every problem is reported at once with
/// its file, line and column and a fix HR can act on. Everything downstream (the site, postings,
/// CV screening) consumes the typed, validated `RoleCatalog` this module produces.

/// One job definition, as written by HR in `Roles/<id>.yml`.
public struct Role: Sendable, Equatable, Codable {
    /// URL-safe identifier; also the file name and the page name on the site.
    public var id: String
    public var title: String
    /// Grouping on the careers site (e.g. "Customer Service", "Technical Support").
    public var department: String
    /// Career track the role belongs to (frontline, supervision, technical-support, sales, retention…).
    public var track: String
    public var summary: String
    /// Other titles people use for this job (O*NET reported/alternate titles); also screening synonyms.
    public var alsoKnownAs: [String]
    public var industries: [String]
    public var responsibilities: [String]
    public var skills: Skills
    public var education: Education
    public var experience: Experience
    /// Ids of the roles this one leads to.
    public var advancement: [String]
    public var employment: Employment
    public var salary: Salary?
    public var datePosted: String?
    public var validThrough: String?
    /// O*NET-SOC code, published as schema.org `occupationalCategory`.
    public var onetCode: String?
    public var screening: ScreeningPolicy

    public init(
        id: String, title: String, department: String, track: String, summary: String,
        alsoKnownAs: [String] = [], industries: [String], responsibilities: [String], skills: Skills,
        education: Education, experience: Experience, advancement: [String] = [],
        employment: Employment, salary: Salary? = nil, datePosted: String? = nil,
        validThrough: String? = nil, onetCode: String? = nil, screening: ScreeningPolicy = .init()
    ) {
        self.id = id; self.title = title; self.department = department; self.track = track
        self.summary = summary; self.alsoKnownAs = alsoKnownAs; self.industries = industries
        self.responsibilities = responsibilities; self.skills = skills; self.education = education
        self.experience = experience; self.advancement = advancement; self.employment = employment
        self.salary = salary; self.datePosted = datePosted; self.validThrough = validThrough
        self.onetCode = onetCode; self.screening = screening
    }
}
