/// schema.org `employmentType` values.
public enum EmploymentType: String, Sendable, Codable, CaseIterable {
    case fullTime = "FULL_TIME"
    case partTime = "PART_TIME"
    case contractor = "CONTRACTOR"
    case temporary = "TEMPORARY"
    case intern = "INTERN"
    case volunteer = "VOLUNTEER"
    case perDiem = "PER_DIEM"
    case other = "OTHER"

    public var displayName: String {
        switch self {
        case .fullTime: "Full-time"
        case .partTime: "Part-time"
        case .contractor: "Contractor"
        case .temporary: "Temporary"
        case .intern: "Internship"
        case .volunteer: "Volunteer"
        case .perDiem: "Per diem"
        case .other: "Other"
        }
    }
}

public struct Location: Sendable, Equatable, Codable {
    public var city: String
    public var region: String
    public var country: String
    public var postalCode: String?
    public var street: String?
    public init(city: String, region: String, country: String, postalCode: String? = nil, street: String? = nil) {
        self.city = city; self.region = region; self.country = country
        self.postalCode = postalCode; self.street = street
    }
    public var displayName: String { "\(city), \(region)" }
}

public struct Employment: Sendable, Equatable, Codable {
    public var types: [EmploymentType]
    public var locations: [Location]
    /// True when the job can be done fully remotely (schema.org `jobLocationType: TELECOMMUTE`).
    public var remote: Bool
    /// Shift pattern in words ("rotating shifts incl. weekends"); the seeds stress shift work.
    public var schedule: String?
    public init(types: [EmploymentType], locations: [Location], remote: Bool = false, schedule: String? = nil) {
        self.types = types; self.locations = locations; self.remote = remote; self.schedule = schedule
    }
}

public struct Salary: Sendable, Equatable, Codable {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case hour = "HOUR", day = "DAY", week = "WEEK", month = "MONTH", year = "YEAR"
    }
    public var currency: String
    public var minimum: Double
    public var maximum: Double
    public var unit: Unit
    public init(currency: String, minimum: Double, maximum: Double, unit: Unit) {
        self.currency = currency; self.minimum = minimum; self.maximum = maximum; self.unit = unit
    }
}
