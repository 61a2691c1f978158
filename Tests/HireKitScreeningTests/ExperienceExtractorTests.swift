import Testing
@testable import HireKitScreening

@Suite("Years of experience from date ranges")
struct ExperienceExtractorTests {
    private func ranges(_ text: String, reference: YearMonth = Fixtures.reference) -> [DateRange] {
        ExperienceExtractor.dateRanges(in: [(number: 1, text: text)], reference: reference)
    }

    private func span(_ text: String) -> (String, String, Int)? {
        ranges(text).first.map { ($0.start.description, $0.end.description, $0.months) }
    }

    @Test func monthAbbreviationToPresentRunsThroughTheReferenceMonth() {
        let range = ranges("Agent, Acme — Mar 2017 – Present").first
        #expect(range?.start == YearMonth(year: 2017, month: 3))
        #expect(range?.end == YearMonth(year: 2024, month: 7))  // exclusive: June 2024 is counted
        #expect(range?.isOngoing == true)
        #expect(range?.months == 88)
        #expect(range?.text == "Mar 2017 – Present")
    }

    @Test func fullWidthHyphensAndTheirMojibakeSeparateDates() {
        #expect(ranges("Member Services Representative 03/2015 \u{FF0D} 05/2016").first?.months == 15)
        #expect(ranges("Member Services Representative 03/2015 ï¼\u{200B} 05/2016").first?.months == 15)
        #expect(ranges("Customer Service Rep Jul 2015 â€“ Jul 2016").first?.months == 13)
    }

    @Test func fullMonthNamesIncludeTheEndMonth() {
        #expect(ranges("March 2017 - Jan 2019").first?.months == 23)
    }

    @Test func numericMonthsAreRead() {
        let range = ranges("03/2017 - 05/2019").first
        #expect(range?.start == YearMonth(year: 2017, month: 3))
        #expect(range?.months == 27)
    }

    @Test func bareYearsWithAHyphenCountWholeYearsBetween() {
        #expect(ranges("2015-2019").first?.months == 48)
    }

    @Test func bareYearsWithToCountTheSame() {
        #expect(ranges("2015 to 2019").first?.months == 48)
    }

    @Test func bareYearToCurrentStartsInJanuary() {
        let range = ranges("2017 – current").first
        #expect(range?.start == YearMonth(year: 2017, month: 1))
        #expect(range?.months == 90)
    }

    @Test func singleYearRangeIsOneYear() {
        #expect(ranges("2019 - 2019").first?.months == 12)
    }

    @Test func presentFollowsTheInjectedDate() {
        let early = ranges("Jan 2020 - Present", reference: YearMonth(year: 2021, month: 12)).first?.months
        let late = ranges("Jan 2020 - Present", reference: YearMonth(year: 2022, month: 12)).first?.months
        #expect(early == 24)
        #expect(late == 36)
    }

    @Test func datesAfterTheReferenceAreCutOff() {
        #expect(ranges("Jan 2024 - Dec 2030").first?.months == 6)
    }

    @Test func invalidMonthNumbersAreIgnored() {
        #expect(ranges("13/2017 - 05/2019").isEmpty)
    }

    @Test func overlappingJobsCountOnce() {
        let jobs = ranges("Jan 2018 - Dec 2019") + ranges("Jun 2019 - Jun 2020")
        #expect(ExperienceExtractor.totalMonths(jobs) == 30)
        #expect(ExperienceExtractor.years(jobs) == 2.5)
    }

    @Test func separateJobsAddUp() {
        let jobs = ranges("2010 - 2012") + ranges("Jan 2015 - Dec 2015")
        #expect(ExperienceExtractor.totalMonths(jobs) == 36)
    }

    @Test func rangesComeFromTheExperienceSectionOnly() {
        let cv = """
            Experience
            Agent, 2018 - 2020
            Education
            BA, 2010 - 2014
            """
        let structure = CVStructure(text: cv, reference: Fixtures.reference)
        #expect(structure.dateRanges.map(\.line) == [2])
        #expect(structure.yearsOfExperience == 2)
    }

    @Test func withoutAnExperienceSectionTheWholeCVIsReadExceptEducation() {
        let cv = """
            Agent at Acme, 2018 - 2020
            Education
            BA, 2010 - 2014
            """
        #expect(CVStructure(text: cv, reference: Fixtures.reference).dateRanges.map(\.line) == [1])
    }

    @Test func aRangeSplitOverThreeLinesIsOneRange() {
        let cv = "Experience\nJuly 2012\nto\nDecember 2013\nCompany Name City , State Cashier"
        let structure = CVStructure(text: cv, reference: Fixtures.reference)
        #expect(structure.dateRanges.map { [$0.line, $0.endLine] } == [[2, 4]])
        #expect(structure.dateRanges.first?.text == "July 2012 to December 2013")
        #expect(structure.dateRanges.first?.months == 18)
    }

    @Test func aSplitRangeMayEndInPresentOrCarryItsSeparatorOnTheFirstLine() {
        let cv = "Experience\n01/2019 -\nCurrent\nAgent"
        let range = CVStructure(text: cv, reference: Fixtures.reference).dateRanges.first
        #expect(range?.isOngoing == true)
        #expect([range?.line, range?.endLine] == [2, 3])
    }

    @Test func aLoneDateFollowedByTextIsNotARange() {
        let cv = "Experience\nDecember 2013\nCompany Name City , State Cashier\nto the store's customers 2015"
        #expect(CVStructure(text: cv, reference: Fixtures.reference).dateRanges.isEmpty)
    }
}
