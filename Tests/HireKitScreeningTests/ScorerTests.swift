import HireKitRoles
import Testing
@testable import HireKitScreening

@Suite("Scoring")
struct ScorerTests {
    /// Two required and two preferred skills, two years, a bachelor's degree; default weights 50/20/20/10.
    private let role = Fixtures.role(
        required: [Skill(name: "Zendesk"), Skill(name: "Salesforce")],
        preferred: [Skill(name: "Spanish"), Skill(name: "Excel")],
        minimumYears: 2, education: .bachelor)

    @Test func eachCategoryEarnsItsShareOfItsWeight() {
        // Half the required (25), half the preferred (10), one of two years (10), associate = one level short (5).
        let cv = "Zendesk and Spanish\nExperience\nAgent, Jan 2020 - Dec 2020\nEducation\nAssociate degree in Business"
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv.txt")
        #expect(result.breakdown == ScoreBreakdown(requiredSkills: 25, preferredSkills: 10, experience: 10, education: 5))
        #expect(result.score == 50)
    }

    @Test func meetingEverythingScoresOneHundred() {
        let cv = "Zendesk, Salesforce, Spanish, Excel\nExperience\n2015 - 2020\nEducation\nBachelor of Arts"
        #expect(RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv.txt").score == 100)
    }

    @Test func noMinimumExperienceGivesFullExperienceMarks() {
        #expect(Scorer.experienceFraction(years: 0, minimumYears: 0) == 1)
    }

    @Test func experienceBeyondTheMinimumEarnsNoExtra() {
        #expect(Scorer.experienceFraction(years: 10, minimumYears: 2) == 1)
        #expect(Scorer.experienceFraction(years: 1.5, minimumYears: 2) == 0.75)
    }

    @Test func educationHalvesForEachLevelShort() {
        #expect(Scorer.educationFraction(found: .master, minimum: .bachelor) == 1)
        #expect(Scorer.educationFraction(found: .bachelor, minimum: .bachelor) == 1)
        #expect(Scorer.educationFraction(found: .associate, minimum: .bachelor) == 0.5)
        #expect(Scorer.educationFraction(found: .certificate, minimum: .bachelor) == 0.25)
        #expect(Scorer.educationFraction(found: .none, minimum: .highSchool) == 0.5)
    }

    @Test func emptySkillListIsFullyMet() {
        #expect(Scorer.skillFraction(met: 0, of: 0) == 1)
    }

    @Test func customWeightsAreUsed() {
        let policy = ScreeningPolicy(requiredSkillsWeight: 30, preferredSkillsWeight: 0, experienceWeight: 10,
                                     educationWeight: 0, knockoutCap: 40)
        let role = Fixtures.role(required: [Skill(name: "Zendesk")], minimumYears: 4, policy: policy)
        let result = RoleScreener(role: role, reference: Fixtures.reference)
            .screen(text: "Zendesk\nExperience\n2020 - 2022", source: "cv.txt")
        // 30 + 10 × 2/4 = 35 out of 40 → 87.5.
        #expect(result.score == 87.5)
    }

    @Test func scoreIsRoundedToOneDecimal() {
        let role = Fixtures.role(required: [Skill(name: "Zendesk"), Skill(name: "Salesforce"), Skill(name: "Excel")])
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: "Zendesk", source: "cv.txt")
        // 50/3 + 20 + 20 + 10 = 66.666…
        #expect(result.score == 66.7)
        #expect(result.requirements[0].points == 16.7)
    }

    @Test func missingKnockoutSkillCapsTheScore() {
        let role = Fixtures.role(required: [Skill(name: "Zendesk"), Skill(name: "Phone etiquette", knockout: true)])
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: "Zendesk expert", source: "cv.txt")
        // Uncapped it would be 25 + 20 + 20 + 10 = 75.
        #expect(result.score == 40)
        #expect(result.knockedOut)
        #expect(result.missingKnockouts == ["Phone etiquette"])
    }

    @Test func knockoutCapDoesNotRaiseALowerScore() {
        let role = Fixtures.role(required: [Skill(name: "Zendesk"), Skill(name: "Phone etiquette", knockout: true)],
                                 minimumYears: 5, education: .master)
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: "Nothing relevant", source: "cv.txt")
        // No required skills, full preferred marks (none asked), no experience, five levels short
        // of a master's (10 × 1/32): 0 + 20 + 0 + 0.3.
        #expect(result.score == 20.3)
        #expect(result.knockedOut)
    }

    @Test func presentKnockoutSkillDoesNotCap() {
        let role = Fixtures.role(required: [Skill(name: "Phone etiquette", knockout: true)])
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: "Excellent phone etiquette", source: "cv.txt")
        #expect(result.score == 100)
        #expect(!result.knockedOut)
    }

    @Test func screeningTheSameCVTwiceGivesTheSameResult() {
        let screener = Fixtures.screener()
        #expect(screener.screen(text: Fixtures.cv, source: "a") == screener.screen(text: Fixtures.cv, source: "a"))
    }
}
