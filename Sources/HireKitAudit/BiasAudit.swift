/// HireKitAudit owns the bias audit of HireKit's screening, without any storage: reading voluntary
/// self-identification CSVs into EEO-1 categories (`DemographicsCSV`, `DemographicCategory`),
/// computing from a list of audited applications the selection and scoring rates, impact ratios,
/// four-fifths flags and Fisher exact p-values per sex, race/ethnicity and intersectional category
/// (`BiasAudit`, `FisherExactTest`), and rendering them as a table, JSON or one self-contained HTML
/// file (`AuditReport`). The pipeline stores the data and the CLI wires the two together; nothing
/// here reads a database or the file system except `DemographicsCSV.read(path:)`.
///
/// The definitions follow New York City's Local Law 144 rules (6 RCNY §5-300, §5-301): selection
/// rate = selected ÷ applications of the category; scoring rate = share of the category scoring
/// above the median score of all audited applications; impact ratio = a category's rate ÷ the
/// highest category's rate; categories under 2 % of the data may be excluded from the ratios. The
/// 0.8 threshold is the EEOC's four-fifths rule (29 CFR §1607.4(D)).
public struct BiasAudit: Sendable, Equatable, Encodable {
    /// The four-fifths rule: an impact ratio below this suggests adverse impact.
    public static let fourFifths = 0.8
    /// Categories with fewer than this share of a grouping's known applications are excluded.
    public static let exclusionShare = 0.02

    public var header: AuditHeader
    public var applications: Int
    public var selected: Int
    /// The median score of every audited application, unknown categories included; `nil` when
    /// there are none.
    public var medianScore: Double?
    /// Applications scoring strictly above `medianScore`.
    public var aboveMedian: Int
    public var sex: AuditGrouping
    public var raceEthnicity: AuditGrouping
    public var intersectional: AuditGrouping

    public var groupings: [AuditGrouping] { [sex, raceEthnicity, intersectional] }

    /// Computes the audit. Category values are put through `DemographicCategory` again, so that a
    /// stored "female" or "Declined" counts as Female or unknown rather than a category of its own.
    public init(header: AuditHeader, applications input: [AuditedApplication]) throws(BiasAuditError) {
        var applications: [AuditedApplication] = []
        applications.reserveCapacity(input.count)
        for var application in input {
            guard application.score.isFinite else { throw .nonFiniteScore(applicationID: application.applicationID) }
            do {
                application.sex = try application.sex.flatMap(DemographicCategory.sex)
                application.raceEthnicity = try application.raceEthnicity.flatMap(DemographicCategory.raceEthnicity)
            } catch {
                throw .invalidCategory(applicationID: application.applicationID, error)
            }
            applications.append(application)
        }

        let median = Self.median(applications.map(\.score))
        let above: (AuditedApplication) -> Bool = { application in median.map { application.score > $0 } ?? false }
        self.header = header
        self.applications = applications.count
        self.selected = applications.count(where: \.selected)
        self.medianScore = median
        self.aboveMedian = applications.count(where: above)
        self.sex = Self.grouping(.sex, applications, above: above) { application in
            application.sex.map { Category(sex: $0, raceEthnicity: nil) }
        }
        self.raceEthnicity = Self.grouping(.raceEthnicity, applications, above: above) { application in
            application.raceEthnicity.map { Category(sex: nil, raceEthnicity: $0) }
        }
        self.intersectional = Self.grouping(.intersectional, applications, above: above) { application in
            guard let sex = application.sex, let race = application.raceEthnicity else { return nil }
            return Category(sex: sex, raceEthnicity: race)
        }
    }

    /// The middle score, or the mean of the two middle ones for an even count.
    static func median(_ scores: [Double]) -> Double? {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    struct Category: Hashable {
        var sex: String?
        var raceEthnicity: String?
    }

    /// Counts of one category: applications and how many passed each measure.
    struct Tally {
        var count = 0
        var passed: [AuditMeasure: Int] = [:]
    }

    static func grouping(_ kind: AuditGrouping.Kind, _ applications: [AuditedApplication],
                         above: (AuditedApplication) -> Bool,
                         category: (AuditedApplication) -> Category?) -> AuditGrouping {
        var tallies: [Category: Tally] = [:]
        for application in applications {
            guard let key = category(application) else { continue }
            tallies[key, default: Tally()].count += 1
            if application.selected { tallies[key, default: Tally()].passed[.selection, default: 0] += 1 }
            if above(application) { tallies[key, default: Tally()].passed[.scoring, default: 0] += 1 }
        }
        let known = tallies.values.reduce(0) { $0 + $1.count }
        // count / known < 2 %, in integers so a category at exactly 2 % is never excluded by rounding.
        let isExcluded: (Tally) -> Bool = { $0.count * 50 < known }

        var rates: [Category: [AuditMeasure: AuditRate]] = [:]
        for measure in AuditMeasure.allCases {
            let passedKnown = tallies.values.reduce(0) { $0 + $1.passed[measure, default: 0] }
            // The highest rate as a fraction, so the four-fifths comparison below is exact: a ratio
            // of exactly 0.8 must not be flagged because 0.8 has no exact binary representation.
            let top = tallies.values.filter { !isExcluded($0) }
                .map { (passed: $0.passed[measure, default: 0], count: $0.count) }
                .max { $0.passed * $1.count < $1.passed * $0.count }
            for (key, tally) in tallies {
                let passed = tally.passed[measure, default: 0]
                let rate = Double(passed) / Double(tally.count)
                var ratio: Double?, flagged = false
                if let top, top.passed > 0, !isExcluded(tally) {
                    ratio = rate / (Double(top.passed) / Double(top.count))
                    flagged = 5 * passed * top.count < 4 * tally.count * top.passed
                }
                let p = FisherExactTest.twoSided(a: passed, b: tally.count - passed,
                                                 c: passedKnown - passed, d: (known - tally.count) - (passedKnown - passed))
                rates[key, default: [:]][measure] = AuditRate(passed: passed, rate: rate, impactRatio: ratio, belowFourFifths: flagged, pValue: p)
            }
        }

        let rows = tallies.map { key, tally in
            AuditRow(sex: key.sex, raceEthnicity: key.raceEthnicity, count: tally.count, excluded: isExcluded(tally),
                     selection: rates[key]![.selection]!, scoring: rates[key]![.scoring]!)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        return AuditGrouping(kind: kind, rows: rows, known: known, unknown: applications.count - known)
    }

    private enum CodingKeys: String, CodingKey {
        case header, applications, selected, medianScore, aboveMedian, groupings, fourFifths, exclusionShare
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        try container.encode(applications, forKey: .applications)
        try container.encode(selected, forKey: .selected)
        try container.encode(medianScore, forKey: .medianScore)
        try container.encode(aboveMedian, forKey: .aboveMedian)
        try container.encode(groupings, forKey: .groupings)
        try container.encode(Self.fourFifths, forKey: .fourFifths)
        try container.encode(Self.exclusionShare, forKey: .exclusionShare)
    }
}
