import Foundation
import HireKitRoles
import Testing
@testable import HireKitScreening

@Suite("Explanation of a screening result")
struct ExplanationTests {
    private let result = Fixtures.screener().screen(text: Fixtures.cv, source: "jane.txt")

    private func outcome(_ name: String) -> RequirementOutcome? {
        result.requirements.first { $0.name == name }
    }

    @Test func everyRequirementIsListedInRoleOrder() {
        #expect(result.requirements.map(\.name) == ["Customer service", "CRM software", "Conflict resolution",
                                                    "Point of sale", "Spanish", "Experience", "Education"])
        #expect(result.requirements.map(\.kind) == [.requiredSkill, .requiredSkill, .requiredSkill,
                                                    .preferredSkill, .preferredSkill, .experience, .education])
    }

    @Test func metAndMissingAreMarked() {
        #expect(result.requirements.map(\.met) == [true, true, true, true, false, true, true])
    }

    @Test func pointsAddUpToTheScore() {
        // Each skill is shown on one line (half its points); the jobs are relevant (full experience).
        #expect(result.requirements.map(\.points) == [8.3, 8.3, 8.3, 5, 0, 20, 10])
        #expect(result.score == 60)
    }

    @Test func skillEvidenceGivesLineNumberAndLineText() {
        #expect(outcome("Customer service")?.evidence == [
            Evidence(line: 6, text: "Customer service professional with CRM experience and a record of high CSAT.",
                     matched: "Customer service"),
        ])
        #expect(outcome("Conflict resolution")?.evidence.map(\.line) == [16])
        #expect(outcome("Point of sale")?.evidence.map(\.line) == [13])
    }

    @Test func severalTermsOnOneLineGiveOneEvidenceLine() {
        let crm = outcome("CRM software")
        #expect(crm?.evidence.map(\.line) == [16])
        #expect(crm?.detail == "found on 1 line: Zendesk, Salesforce")
    }

    /// The experience outcome of screening `cv` for a role that asks for `minimumYears`.
    private func experience(of cv: String, minimumYears: Double, title: String = "Customer Service Representative",
                            alsoKnownAs: [String] = [], peerTitles: [String] = []) -> RequirementOutcome? {
        let role = Fixtures.role(required: [Skill(name: "Zendesk")], minimumYears: minimumYears, title: title, alsoKnownAs: alsoKnownAs)
        return RoleScreener(role: role, reference: Fixtures.reference, peerTitles: peerTitles).screen(text: cv, source: "cv")
            .requirements.first { $0.kind == .experience }
    }

    @Test func onlyJobsNamingTheRoleOrItsBackgroundsCountAsRelevant() {
        let cv = "Experience\nCall Center Agent, Acme — Jan 2020 - Dec 2021\nLine Cook, Diner — Jan 2010 - Dec 2019"
        let outcome = experience(of: cv, minimumYears: 2, alsoKnownAs: ["Call Center Agent"])
        #expect(outcome?.detail == "2 years of relevant experience (12 in all; 2 of the most recent 5); minimum 2")
        #expect(outcome?.evidence.map(\.line) == [2])
    }

    @Test func aJobTitleBelowDatesSplitOverLinesIsRelevantExperience() {
        let cv = "Experience\nJanuary 2016\nto\nDecember 2016\nCompany Name City , State Cashier Issued receipts"
        let outcome = experience(of: cv, minimumYears: 1, alsoKnownAs: ["Cashier"])
        #expect(outcome?.detail == "1 years of relevant experience (1 in all; 1 of the most recent 1); minimum 1")
        #expect(outcome?.evidence.map(\.line) == [2])
    }

    @Test func aJobUnderAPeerRolesTitleIsRelevantExperience() {
        let cv = "Experience\nGreeter, Acme Store — Jan 2020 - Dec 2021"
        #expect(experience(of: cv, minimumYears: 1, title: "Cashier")?.met == false)
        #expect(experience(of: cv, minimumYears: 1, title: "Cashier", peerTitles: ["Greeter"])?.met == true)
        #expect(experience(of: cv, minimumYears: 1, title: "Cashier", peerTitles: ["Greeter"])?.evidence.map(\.line) == [2])
    }

    @Test func relevantWorkDoneRecentlyOutscoresTheSameWorkLongAgo() {
        let now = experience(of: "Experience\nLine Cook, Diner — Jan 2010 - Dec 2019\nCall Center Agent, Acme — Jan 2020 - Dec 2021",
                             minimumYears: 2, alsoKnownAs: ["Call Center Agent"])
        let then = experience(of: "Experience\nCall Center Agent, Acme — Jan 2010 - Dec 2011\nLine Cook, Diner — Jan 2012 - Dec 2021",
                              minimumYears: 2, alsoKnownAs: ["Call Center Agent"])
        #expect((now?.points ?? 0) > (then?.points ?? 0))
        #expect(then?.detail == "2 years of relevant experience (12 in all; 0 of the most recent 5); minimum 2")
    }

    @Test func evidenceIsLimitedToTheFirstThreeLines() {
        let role = Fixtures.role(required: [Skill(name: "Zendesk")])
        let cv = (1...5).map { "Zendesk task \($0)" }.joined(separator: "\n")
        let evidence = RoleScreener(role: role, reference: Fixtures.reference).screen(text: cv, source: "cv").requirements[0].evidence
        #expect(evidence.map(\.line) == [1, 2, 3])
    }

    @Test func missingSkillSaysWhatWasLookedFor() {
        #expect(outcome("Spanish")?.evidence == [])
        #expect(outcome("Spanish")?.detail == "no mention of \"Spanish\", \"bilingual\"")
    }

    @Test func experienceShowsTheDateLines() {
        let experience = outcome("Experience")
        #expect(experience?.evidence.map(\.line) == [9, 12])
        #expect(experience?.evidence.map(\.matched) == ["Mar 2019 – Present", "2016 - 2019"])
        #expect(result.yearsOfExperience == 8.3)
        #expect(experience?.detail == "8.3 years of relevant experience (8.3 in all; 5 of the most recent 5); minimum 2")
    }

    @Test func educationShowsTheDegreeLine() {
        let education = outcome("Education")
        #expect(education?.evidence.map(\.line) == [19])
        #expect(result.educationLevel == .associate)
    }

    @Test func relevantTitlesAndBackgroundsAreShownWithoutPoints() {
        #expect(result.relevantExperience.map(\.matched) == ["Call Center Agent", "retail"])
        #expect(result.relevantExperience.map(\.line) == [9, 12])
    }

    @Test func achievementsAreListed() {
        #expect(result.achievements.map(\.line) == [10, 11])
    }

    @Test func resultRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(ScreeningResult.self, from: data) == result)
    }
}
