import Testing
@testable import HireKitScreening

@Suite("Quantified achievements")
struct AchievementExtractorTests {
    private func kinds(_ line: String) -> [AchievementKind] {
        AchievementExtractor.achievements(in: [(number: 1, text: line)]).first?.kinds ?? []
    }

    @Test func satisfactionScoreBeforeTheNumber() {
        #expect(kinds("Maintained CSAT 96% across 2023") == [.satisfaction, .percentage])
    }

    @Test func satisfactionScoreAfterTheNumber() {
        #expect(kinds("Earned 98% customer satisfaction") == [.satisfaction, .percentage])
    }

    @Test func callVolumePerDay() {
        #expect(kinds("Handled 80+ calls per day") == [.volume])
        #expect(kinds("Answered 120 inbound calls daily") == [.volume])
    }

    @Test func responseTime() {
        #expect(kinds("Replied to all e-mails within 2 hours") == [.responseTime])
    }

    @Test func handleTimeReduction() {
        #expect(kinds("Cut AHT by 15%") == [.responseTime, .percentage])
    }

    @Test func money() {
        #expect(kinds("Balanced $25,000 in daily takings") == [.money])
        #expect(kinds("Upsold plans worth 40k USD") == [.money])
    }

    @Test func linesWithoutNumbersAreNotAchievements() {
        #expect(kinds("Greeted visitors and answered phones").isEmpty)
    }

    @Test func achievementsKeepTheirLineNumbers() {
        let cv = "Summary\nHandled 80+ calls per day\nFriendly\nCSAT 4.8/5"
        #expect(CVStructure(text: cv, reference: Fixtures.reference).achievements.map(\.line) == [2, 4])
    }

    @Test func moneyInEurosOnAMojibakeLine() {
        #expect(kinds("Â· Raised €5,000 for charity") == [.money])
    }

    @Test func percentageOnAMojibakeLine() {
        #expect(kinds("â€¢ Improved first-call resolution by 12% ï¼ 2021") == [.percentage])
    }

    @Test func mojibakeDigitsAloneAreNoAchievement() {
        #expect(kinds("Customer Service ï¼ Call Centre") == [])
    }
}
