/// HireKitRoles owns the role definitions: the domain model of a job (`Role` and its parts), loading
/// the YAML files in `Roles/`, and validating them so that every problem is reported at once with
/// its file, line and column and a fix HR can act on. Everything downstream (the site, postings,
/// CV screening) consumes the typed, validated `RoleCatalog` this module produces.

/// One job definition, as written by HR in `Roles/<id>.yml`.
///
/// The fields live in one shared, immutable box: a role is copied wherever it is passed around
/// (catalogs, views, worker closures, archives), and copying eighteen fields, each retained and
/// released, was about a tenth of rebuilding a 10,000-role site. Changing a field replaces the box.
public struct Role: Sendable, Equatable, Codable {
    private var box: Box

    /// URL-safe identifier; also the file name and the page name on the site.
    public var id: String {
        get { box.fields.id }
        set { change { $0.id = newValue } }
    }
    public var title: String {
        get { box.fields.title }
        set { change { $0.title = newValue } }
    }
    /// Grouping on the careers site (e.g. "Customer Service", "Technical Support").
    public var department: String {
        get { box.fields.department }
        set { change { $0.department = newValue } }
    }
    /// Career track the role belongs to (frontline, supervision, technical-support, sales, retention…).
    public var track: String {
        get { box.fields.track }
        set { change { $0.track = newValue } }
    }
    public var summary: String {
        get { box.fields.summary }
        set { change { $0.summary = newValue } }
    }
    /// Other titles people use for this job (O*NET reported/alternate titles); also screening synonyms.
    public var alsoKnownAs: [String] {
        get { box.fields.alsoKnownAs }
        set { change { $0.alsoKnownAs = newValue } }
    }
    public var industries: [String] {
        get { box.fields.industries }
        set { change { $0.industries = newValue } }
    }
    public var responsibilities: [String] {
        get { box.fields.responsibilities }
        set { change { $0.responsibilities = newValue } }
    }
    public var skills: Skills {
        get { box.fields.skills }
        set { change { $0.skills = newValue } }
    }
    public var education: Education {
        get { box.fields.education }
        set { change { $0.education = newValue } }
    }
    public var experience: Experience {
        get { box.fields.experience }
        set { change { $0.experience = newValue } }
    }
    /// Ids of the roles this one leads to.
    public var advancement: [String] {
        get { box.fields.advancement }
        set { change { $0.advancement = newValue } }
    }
    public var employment: Employment {
        get { box.fields.employment }
        set { change { $0.employment = newValue } }
    }
    public var salary: Salary? {
        get { box.fields.salary }
        set { change { $0.salary = newValue } }
    }
    public var datePosted: String? {
        get { box.fields.datePosted }
        set { change { $0.datePosted = newValue } }
    }
    public var validThrough: String? {
        get { box.fields.validThrough }
        set { change { $0.validThrough = newValue } }
    }
    /// O*NET-SOC code, published as schema.org `occupationalCategory`.
    public var onetCode: String? {
        get { box.fields.onetCode }
        set { change { $0.onetCode = newValue } }
    }
    public var screening: ScreeningPolicy {
        get { box.fields.screening }
        set { change { $0.screening = newValue } }
    }

    public init(
        id: String, title: String, department: String, track: String, summary: String,
        alsoKnownAs: [String] = [], industries: [String], responsibilities: [String], skills: Skills,
        education: Education, experience: Experience, advancement: [String] = [],
        employment: Employment, salary: Salary? = nil, datePosted: String? = nil,
        validThrough: String? = nil, onetCode: String? = nil, screening: ScreeningPolicy = .init()
    ) {
        box = Box(Fields(id: id, title: title, department: department, track: track, summary: summary, alsoKnownAs: alsoKnownAs,
                         industries: industries, responsibilities: responsibilities, skills: skills, education: education,
                         experience: experience, advancement: advancement, employment: employment, salary: salary,
                         datePosted: datePosted, validThrough: validThrough, onetCode: onetCode, screening: screening))
    }

    public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

    public static func == (lhs: Role, rhs: Role) -> Bool { lhs.box === rhs.box || lhs.box.fields == rhs.box.fields }

    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The stored fields, in the order they are encoded.
    private struct Fields: Sendable, Equatable, Codable {
        var id: String
        var title: String
        var department: String
        var track: String
        var summary: String
        var alsoKnownAs: [String]
        var industries: [String]
        var responsibilities: [String]
        var skills: Skills
        var education: Education
        var experience: Experience
        var advancement: [String]
        var employment: Employment
        var salary: Salary?
        var datePosted: String?
        var validThrough: String?
        var onetCode: String?
        var screening: ScreeningPolicy
    }
}
