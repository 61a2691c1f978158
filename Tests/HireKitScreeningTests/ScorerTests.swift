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

    @Test func aSkillListSharesItsWeightAndAnEmptyListEarnsAllOfIt() {
        let policy = ScreeningPolicy()  // 50/20/20/10: the weights are already on the 0–100 scale
        let each = Scorer.pointsPerSkill(weight: 50, skillCount: 4, policy: policy)
        #expect(each == 12.5)
        #expect(Scorer.skillPoints(each: each, lines: 1) == 6.25)
        #expect(Scorer.skillPoints(each: each, lines: 3) == 12.5)
        #expect(Scorer.skillCategoryPoints([6.25, 12.5, 0, 0], weight: 50, policy: policy) == 18.75)
        #expect(Scorer.pointsPerSkill(weight: 20, skillCount: 0, policy: policy) == 0)
        #expect(Scorer.skillCategoryPoints([], weight: 20, policy: policy) == 20)
    }

    @Test func eachCategoryEarnsItsShareOfItsWeight() {
        // Half the required (25), half the preferred (10), one relevant year of two (20 × (0.7 × ½ + 0.3
        // for a wholly relevant career) = 13), associate = one level short (5). Skills are shown on three lines each, for full credit.
        let cv = """
            Zendesk admin
            Zendesk macros
            Zendesk reports in Spanish
            Spanish speaker
            Spanish tutor
            Experience
            Customer Service Representative, Jan 2020 - Dec 2020
            Education
            Associate degree in Business
            """
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv.txt")
        #expect(result.breakdown == ScoreBreakdown(requiredSkills: 25, preferredSkills: 10, experience: 13, education: 5))
        #expect(result.score == 53)
    }

    @Test func meetingEverythingScoresOneHundred() {
        let skills = "Zendesk, Salesforce, Spanish, Excel"
        let cv = [skills, skills, skills, "Experience", "Customer Service Representative 2015 - 2020", "Education", "Bachelor of Arts"]
            .joined(separator: "\n")
        #expect(RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv.txt").score == 100)
    }

    @Test func relevantExperienceEarnsMostOfTheExperiencePoints() {
        #expect(Scorer.experienceFraction(relevantYears: 1, minimumYears: 0, recentRelevantYears: 1, recentYears: 1) == 1)
        #expect(Scorer.experienceFraction(relevantYears: 0, minimumYears: 0, recentRelevantYears: 0, recentYears: 5) == 0)
        // One relevant year of the last two worked: the minimum is met (0.7) and half the recent work counts (0.15).
        #expect(abs(Scorer.experienceFraction(relevantYears: 1, minimumYears: 0, recentRelevantYears: 1, recentYears: 2) - 0.85) < 1e-9)
    }

    @Test func relevantWorkLongAgoEarnsOnlyTheMinimumShare() {
        #expect(abs(Scorer.experienceFraction(relevantYears: 3, minimumYears: 2, recentRelevantYears: 0, recentYears: 5) - 0.7) < 1e-9)
    }

    @Test func experienceBeyondTheMinimumEarnsNoExtra() {
        #expect(Scorer.experienceFraction(relevantYears: 10, minimumYears: 2, recentRelevantYears: 5, recentYears: 5) == 1)
        #expect(abs(Scorer.experienceFraction(relevantYears: 1.5, minimumYears: 2, recentRelevantYears: 1.5, recentYears: 1.5) - 0.825) < 1e-9)
    }

    @Test func aSkillShownOnMoreLinesEarnsMoreUpToThree() {
        #expect(Scorer.evidenceStrength(lines: 0) == 0)
        #expect(Scorer.evidenceStrength(lines: 1) < Scorer.evidenceStrength(lines: 2))
        #expect(Scorer.evidenceStrength(lines: 3) == 1)
        #expect(Scorer.evidenceStrength(lines: 7) == 1)
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
            .screen(text: "Zendesk\nZendesk tickets\nZendesk macros", source: "cv.txt")
        // Full skills (30) and no experience (0) out of 30 + 10 → 75.
        #expect(result.score == 75)
    }

    @Test func scoreIsRoundedToOneDecimal() {
        let role = Fixtures.role(required: [Skill(name: "Zendesk"), Skill(name: "Salesforce"), Skill(name: "Excel")])
        let result = RoleScreener(role: role, reference: Fixtures.reference).screen(text: "Zendesk", source: "cv.txt")
        // One mention of one of three skills: 50/3 × ½ = 8.33…; no skills preferred (20); no
        // experience (0); no education asked (10) → 38.33…
        #expect(result.score == 38.3)
        #expect(result.requirements[0].points == 8.3)
    }

    @Test func missingKnockoutSkillCapsTheScore() {
        let role = Fixtures.role(required: [Skill(name: "Zendesk"), Skill(name: "Phone etiquette", knockout: true)])
        let result = RoleScreener(role: role, reference: Fixtures.reference)
            .screen(text: "Zendesk expert\nZendesk admin\nZendesk trainer", source: "cv.txt")
        // Uncapped it would be 25 + 20 + 0 + 10 = 55.
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
        // One mention (25) + nothing preferred asked (20) + no experience (0) + no education asked (10).
        #expect(result.score == 55)
        #expect(!result.knockedOut)
    }

    @Test func screeningTheSameCVTwiceGivesTheSameResult() {
        let screener = Fixtures.screener()
        #expect(screener.screen(text: Fixtures.cv, source: "a") == screener.screen(text: Fixtures.cv, source: "a"))
    }
}
