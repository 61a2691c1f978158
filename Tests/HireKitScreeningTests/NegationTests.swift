import Testing
@testable import HireKitScreening

@Suite("Negated mentions")
struct NegationTests {
    private let screener = RoleScreener(role: Fixtures.serviceRole, reference: Fixtures.reference)

    private func crmMet(_ cv: String) -> Bool? {
        screener.screen(text: cv, source: "cv.txt").requirements.first { $0.name == "CRM software" }?.met
    }

    @Test func aSkillTheCVSaysItLacksIsNotMet() {
        #expect(crmMet("No Salesforce experience yet, but a quick learner.") == false)
        #expect(crmMet("Have never used Zendesk.") == false)
        #expect(crmMet("Worked without CRM software.") == false)
    }

    @Test func theSameSkillStatedPlainlyIsMet() {
        #expect(crmMet("Salesforce experience, a quick learner.") == true)
    }

    @Test func negationEndsAtTheEndOfItsClause() {
        #expect(crmMet("No complaints, logged every case in Zendesk.") == true)
        #expect(crmMet("Not afraid of hard work. Zendesk daily.") == true)
    }

    @Test func negationReachesOnlyAFewWords() {
        #expect(crmMet("Not once in five years did I miss a Zendesk ticket deadline.") == true)
    }

    @Test func noMeaningNumberIsNotANegation() {
        #expect(crmMet("No. 1 agent for Salesforce case closures.") == true)
        #expect(crmMet("No of Salesforce cases closed: 40 a day.") == true)
    }

    @Test func negatedTokensMarkTheWordsAfterTheCue() {
        let lines = ["no crm experience at all"]
        let tokens = MatchNormalizer.tokenize(normalizedLines: lines)
        #expect(Negation.negatedTokens(tokens, normalizedLines: lines) == [false, true, true, true, false])
    }
}
