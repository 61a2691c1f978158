import Testing
import HireKitRoles
@testable import HireKitScreening

@Suite("Words the stemmer would confuse")
struct StemCollisionsTests {
    private func found(_ phrase: String, in text: String) -> Bool { Fixtures.found(phrase, in: text) }

    @Test func aHospitalIsNotHospitality() {
        #expect(!found("hospitality", in: "Registered Nurse, St. Mary's Hospital"))
        #expect(!found("hospitality", in: "Worked in two hospitals"))
        #expect(found("hospitality", in: "Hospitality and guest services"))
    }

    @Test func humanResourcesIsNotResourcefulness() {
        #expect(!found("resourcefulness", in: "Human Resources Generalist"))
        #expect(found("resourcefulness", in: "Known for resourceful problem solving"))
    }

    @Test func responsibilitiesAreNotResponseTimes() {
        #expect(!found("response time", in: "Responsible time keeping"))
        #expect(found("response time", in: "Cut email response times by half"))
    }

    @Test func aProductNameIsNotTheWordItShortens() {
        #expect(!found("Genesys", in: "Chevron - Genesis project"))
        #expect(found("Genesys", in: "Genesys Cloud and Avaya phones"))
    }

    @Test func eventsAreNotTheFrontDeskAndLuggageIsNotBagging() {
        #expect(!found("reception", in: "Planned dining, receptions and tours"))
        #expect(found("reception", in: "Covered reception and the switchboard"))
        #expect(!found("bagging", in: "Helped customers with their bags"))
        #expect(found("bagging", in: "Bagged groceries at the checkout"))
    }

    @Test func customizedIsNotCustomer() {
        #expect(!found("customer service", in: "Delivered customised service plans"))
        #expect(found("customer service", in: "Delivered customer service by phone"))
    }

    @Test func possessivesAreKeptApartToo() {
        #expect(!found("hospitality", in: "the hospital's front desk"))
    }

    @Test func wordsWithARelatedMeaningStillShareTheirStem() {
        #expect(found("customer service", in: "Customers' service requests"))
        #expect(found("organization", in: "Organized the stock room"))
    }

    @Test func aNursesHospitalJobIsNotRelevantExperienceForAHospitalityRole() {
        let role = Fixtures.role(required: [Skill(name: "Guest service", synonyms: ["hospitality"])], minimumYears: 1,
                                 title: "Concierge", backgrounds: ["hospitality"])
        let cv = "Experience\nStaff Nurse, General Hospital, Jan 2015 - Dec 2019"
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv")
        #expect(result.requirements.first { $0.kind == .experience }?.met == false)
        #expect(result.requirements.first { $0.name == "Guest service" }?.met == false)
    }
}
