import Testing
import HireKitRoles
@testable import HireKitScreening

@Suite("British spellings")
struct BritishSpellingTests {
    private func found(_ phrase: String, in text: String) -> Bool { Fixtures.found(phrase, in: text) }

    @Test func britishSpellingsInACVMatchAmericanTerms() {
        #expect(found("call center", in: "Call centre agent"))
        #expect(found("customer inquiries", in: "Answered customer enquiries"))
        #expect(found("organized", in: "Organised the rota"))
        #expect(found("prioritized tasks", in: "Prioritising tasks under pressure"))
    }

    @Test func americanSpellingsInACVMatchBritishTerms() {
        #expect(found("call centre", in: "Call center agent"))
    }

    @Test func wordsThatOnlyLookBritishAreLeftAlone() {
        #expect(BritishSpelling.american("advertise") == "advertise")
        #expect(BritishSpelling.american("expertise") == "expertise")
        #expect(BritishSpelling.american("emphasis") == "emphasis")
        #expect(BritishSpelling.american("organism") == "organism")
    }

    @Test func aCallCentreJobCountsAsCallCenterExperience() {
        let role = Fixtures.role(required: [Skill(name: "Customer service")], minimumYears: 1, title: "Call Center Agent")
        let cv = """
            Experience
            Senior Call Centre Agent, Northwind Energy, Mar 2020 – Present
            - Customer service on the phones
            """
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv.txt")
        #expect(result.requirements.first { $0.kind == .experience }?.met == true)
    }
}
