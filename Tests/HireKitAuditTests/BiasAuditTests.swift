@testable import HireKitAudit
import Testing

/// Applications built in bulk for audit tests.
struct Applications {
    private(set) var list: [AuditedApplication] = []

    /// `count` applications in one category, the first `selected` of them selected, all scoring `score`.
    mutating func add(_ count: Int, sex: String? = nil, race: String? = nil, selected: Int = 0, score: Double = 50) {
        for index in 0..<count { add(sex: sex, race: race, selected: index < selected, score: score) }
    }

    mutating func add(sex: String? = nil, race: String? = nil, selected: Bool = false, score: Double) {
        list.append(AuditedApplication(applicationID: Int64(list.count + 1), roleID: "cashier", score: score,
                                       selected: selected, sex: sex, raceEthnicity: race))
    }

    static let header = AuditHeader(from: "2026-01-01", to: "2026-06-30", roles: [.init(id: "cashier", digest: "sha256:ab12")],
                                    hirekitVersion: "0.1.0", selectedAt: "phone-screen")

    func audit() throws -> BiasAudit { try BiasAudit(header: Self.header, applications: list) }
}

@Suite("Bias audit")
struct BiasAuditTests {
    private func row(_ grouping: AuditGrouping, _ name: String) throws -> AuditRow {
        try #require(grouping.rows.first { $0.name == name })
    }

    private func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) <= 1e-9 * max(1, abs(expected))
    }

    @Test func threeCategoriesGiveHandComputedRatesRatiosAndFlags() throws {
        var applications = Applications()
        applications.add(10, sex: "Male", selected: 6)
        applications.add(10, sex: "Female", selected: 3)
        applications.add(5, sex: "Non-binary", selected: 2)
        let audit = try applications.audit()
        let male = try row(audit.sex, "Male"), female = try row(audit.sex, "Female"), other = try row(audit.sex, "Non-binary")

        #expect(male.selection.rate == 0.6 && male.selection.impactRatio == 1 && !male.selection.belowFourFifths)
        #expect(female.selection.passed == 3 && female.selection.rate == 0.3)
        #expect(close(female.selection.impactRatio, 0.5) && female.selection.belowFourFifths)
        #expect(other.selection.rate == 0.4 && close(other.selection.impactRatio, 2.0 / 3) && other.selection.belowFourFifths)
        // Female (3 of 10) against the other 15 (8 selected): scipy.stats.fisher_exact([[3, 7], [8, 7]]) = 0.4138713151164356.
        #expect(close(female.selection.pValue, 0.4138713151164356))
        // Male (6 of 10) against the other 15 (5 selected): scipy.stats.fisher_exact([[6, 4], [5, 10]]) = 0.24063130973213082.
        #expect(close(male.selection.pValue, 0.24063130973213082))
        #expect(audit.applications == 25 && audit.selected == 11)
    }

    @Test func aRatioOfExactlyFourFifthsIsNotFlagged() throws {
        var applications = Applications()
        applications.add(10, sex: "Male", selected: 5)
        applications.add(10, sex: "Female", selected: 4)
        let female = try row(try applications.audit().sex, "Female")
        #expect(close(female.selection.impactRatio, 0.8))
        #expect(!female.selection.belowFourFifths)
    }

    @Test func whenTheTopRateIsZeroRatiosAreUndefinedAndNothingIsFlagged() throws {
        var applications = Applications()
        applications.add(10, sex: "Male")
        applications.add(10, sex: "Female")
        let audit = try applications.audit()
        for row in audit.sex.rows {
            #expect(row.selection.rate == 0 && row.selection.impactRatio == nil && !row.selection.belowFourFifths)
            #expect(row.selection.pValue == 1)
        }
    }

    @Test func theScoringRateIsTheShareAboveTheMedianOfAllApplications() throws {
        var applications = Applications()
        for score in [10.0, 20, 30, 40] { applications.add(sex: "Male", score: score) }
        for score in [50.0, 60, 70, 80] { applications.add(sex: "Female", score: score) }
        applications.add(score: 45)   // unknown sex: not in a row, but part of the median
        let audit = try applications.audit()
        #expect(audit.medianScore == 45 && audit.aboveMedian == 4)
        let male = try row(audit.sex, "Male"), female = try row(audit.sex, "Female")
        #expect(male.scoring.passed == 0 && male.scoring.rate == 0 && male.scoring.impactRatio == 0 && male.scoring.belowFourFifths)
        #expect(female.scoring.passed == 4 && female.scoring.rate == 1 && female.scoring.impactRatio == 1)
        // scipy.stats.fisher_exact([[0, 4], [4, 0]]) = 0.028571428571428574 (2/70).
        #expect(close(male.scoring.pValue, 2.0 / 70))
    }

    @Test func aScoreEqualToTheMedianIsNotAbove() throws {
        var applications = Applications()
        for score in [10.0, 20, 20] { applications.add(sex: "Male", score: score) }
        for score in [20.0, 30] { applications.add(sex: "Female", score: score) }
        let audit = try applications.audit()
        #expect(audit.medianScore == 20)
        #expect(try row(audit.sex, "Male").scoring.passed == 0)
        #expect(try row(audit.sex, "Female").scoring.passed == 1)
    }

    @Test func theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws {
        var applications = Applications()
        for score in [10.0, 20, 40, 90] { applications.add(sex: "Female", score: score) }
        #expect(try applications.audit().medianScore == 30)
    }

    @Test func aCategoryWithOnePersonGetsARateAndAPValueThatShowsHowLittleItMeans() throws {
        var applications = Applications()
        applications.add(10, sex: "Male", selected: 4)
        applications.add(1, sex: "Two-spirit", selected: 1)
        let audit = try applications.audit()
        let one = try row(audit.sex, "Two-spirit"), male = try row(audit.sex, "Male")
        #expect(one.count == 1 && !one.excluded && one.selection.rate == 1 && one.selection.impactRatio == 1)
        #expect(close(male.selection.impactRatio, 0.4) && male.selection.belowFourFifths)
        // scipy.stats.fisher_exact([[1, 0], [4, 6]]) = 0.4545454545454546: one person's selection is no evidence.
        #expect(close(one.selection.pValue, 0.4545454545454546))
    }

    @Test func categoriesUnderTwoPercentAreShownButExcludedFromTheRatios() throws {
        var applications = Applications()
        applications.add(60, sex: "Male", selected: 30)
        applications.add(38, sex: "Female", selected: 15)
        applications.add(1, sex: "Intersex", selected: 1)      // 1 %: excluded although its rate is the highest
        applications.add(2, sex: "Non-binary")                 // 2 of 101 ≈ 1.98 %: excluded
        applications.add(5, race: "Asian")                      // unknown sex: not part of the sex grouping's 101
        let audit = try applications.audit()
        let intersex = try row(audit.sex, "Intersex"), nonBinary = try row(audit.sex, "Non-binary")
        #expect(audit.sex.known == 101)
        #expect(intersex.excluded && intersex.selection.rate == 1 && intersex.selection.impactRatio == nil && !intersex.selection.belowFourFifths)
        #expect(nonBinary.excluded && nonBinary.selection.impactRatio == nil && !nonBinary.selection.belowFourFifths)
        // The top is Male's 0.5, not Intersex's 1.0.
        #expect(try row(audit.sex, "Male").selection.impactRatio == 1)
        #expect(close(try row(audit.sex, "Female").selection.impactRatio, (15.0 / 38) / 0.5))
        #expect(audit.sex.topRate(.selection) == 0.5)
    }

    @Test func aCategoryOfExactlyTwoPercentIsNotExcluded() throws {
        var applications = Applications()
        applications.add(98, sex: "Male", selected: 10)
        applications.add(2, sex: "Non-binary")
        #expect(try !row(try applications.audit().sex, "Non-binary").excluded)
    }

    @Test func unknownCategoriesAreCountedNotDropped() throws {
        var applications = Applications()
        applications.add(4, sex: "Female", race: "White", selected: 1)
        applications.add(3, sex: "Male", selected: 1)
        applications.add(2, race: "Asian")
        applications.add(1, sex: "declined", race: "Prefer not to say")
        let audit = try applications.audit()
        #expect(audit.applications == 10)
        #expect((audit.sex.known, audit.sex.unknown) == (7, 3))
        #expect((audit.raceEthnicity.known, audit.raceEthnicity.unknown) == (6, 4))
        #expect((audit.intersectional.known, audit.intersectional.unknown) == (4, 6))
    }

    @Test func intersectionalRowsPairSexAndRaceWhereBothAreKnown() throws {
        var applications = Applications()
        applications.add(4, sex: "Female", race: "Asian", selected: 2)
        applications.add(6, sex: "Female", race: "White", selected: 3)
        applications.add(5, sex: "Male", race: "Asian", selected: 5)
        applications.add(3, sex: "Male")
        let audit = try applications.audit()
        #expect(audit.intersectional.rows.map(\.name) == ["Female × White", "Male × Asian", "Female × Asian"])
        let femaleAsian = try row(audit.intersectional, "Female × Asian")
        #expect(femaleAsian.sex == "Female" && femaleAsian.raceEthnicity == "Asian")
        #expect(femaleAsian.selection.rate == 0.5 && femaleAsian.selection.impactRatio == 0.5 && femaleAsian.selection.belowFourFifths)
        #expect(audit.intersectional.unknown == 3)
    }

    @Test func storedValuesAreReadAsCategoriesAgain() throws {
        var applications = Applications()
        applications.add(2, sex: "female ", race: "WHITE")
        applications.add(1, sex: "Declined", race: "unknown")
        let audit = try applications.audit()
        #expect(audit.sex.rows.map(\.name) == ["Female"] && audit.sex.unknown == 1)
        #expect(audit.raceEthnicity.rows.map(\.name) == ["White"])
    }

    @Test func aStoredRaceOutsideTheListIsRefused() {
        var applications = Applications()
        applications.add(1, sex: "Male", race: "Martian")
        #expect(throws: BiasAuditError.invalidCategory(applicationID: 1, .raceEthnicity("Martian"))) { try applications.audit() }
    }

    @Test func aScoreThatIsNotANumberIsRefused() {
        var applications = Applications()
        applications.add(sex: "Male", score: .nan)
        #expect(throws: BiasAuditError.nonFiniteScore(applicationID: 1)) { try applications.audit() }
    }

    @Test func rowsAreOrderedByCountThenName() throws {
        var applications = Applications()
        applications.add(2, sex: "Non-binary")
        applications.add(5, sex: "Male")
        applications.add(5, sex: "Female")
        applications.add(2, sex: "Agender")
        #expect(try applications.audit().sex.rows.map(\.name) == ["Female", "Male", "Agender", "Non-binary"])
    }

    @Test func anAuditOfNoApplicationsHasNoRowsAndNoMedian() throws {
        let audit = try Applications().audit()
        #expect(audit.medianScore == nil && audit.applications == 0)
        #expect(audit.groupings.allSatisfy { $0.rows.isEmpty && $0.known == 0 && $0.unknown == 0 })
    }
}
