import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Terms exported for the site's Check your CV")
struct SelfCheckTermsTests {
    private let role = Role(
        id: "agent", title: "Call Center Agent", department: "Contact Center", track: "frontline", summary: "Calls.",
        industries: [], responsibilities: [],
        skills: Skills(required: [Skill(name: "Customer service", synonyms: ["call centre", "follow-up"], knockout: true)],
                       preferred: [Skill(name: "CRM software")]),
        education: Education(minimum: .highSchool), experience: Experience(minimumYears: 1, backgrounds: ["retail"]),
        advancement: [], employment: Employment(types: [.fullTime], locations: []))

    @Test func eachRequirementCarriesTheMatchersKeySequences() {
        let terms = SelfCheckTerms(role: role)
        #expect(terms.requirements.map(\.name) == ["Customer service", "CRM software"])
        #expect(terms.requirements.map(\.required) == [true, false])
        #expect(terms.requirements.map(\.knockout) == [true, false])
        let service = Set(terms.requirements[0].keys)
        // Stemmed, British spelling made American, hyphen groupings written apart and closed up.
        #expect(service.isSuperset(of: ["custom servic", "call center", "follow up", "followup"]))
        // Abbreviation variants: "CRM" for "customer relationship management" and back.
        #expect(Set(terms.requirements[1].keys).isSuperset(of: ["crm softwar", "custom relationship manag softwar"]))
        #expect(terms.experience.contains("call center agent") && terms.experience.contains("retail"))
        #expect(terms.track == "frontline")
        var cashier = role
        cashier.title = "Cashier"; cashier.alsoKnownAs = ["Checkout Operator"]
        let track = SelfCheckTerms.trackTitleKeys([role, cashier])
        #expect(track == track.sorted() && Set(track).isSuperset(of: ["call center agent", "cashier", "checkout oper"]))
        #expect(terms.requirements.allSatisfy { $0.keys == $0.keys.sorted() })
    }

    @Test func theKeysAreThoseTheRoleScreenerCompiles() {
        let matcher = RoleScreener(role: role, reference: YearMonth(year: 2026, month: 11)).matcher
        func compiled(_ wanted: (RoleScreener.Target) -> Bool) -> [String] {
            Array(Set(zip(matcher.terms, matcher.sequences).filter { wanted($0.0.target) }
                .flatMap { $0.1.map { $0.joined(separator: " ") } })).sorted()
        }
        let terms = SelfCheckTerms(role: role)
        #expect(terms.requirements[0].keys == compiled { $0 == .requiredSkill(0) })
        #expect(terms.requirements[1].keys == compiled { $0 == .preferredSkill(0) })
        #expect(terms.experience == compiled { $0 == .title || $0 == .background })
    }

    @Test func aTitlesKeysMergedWithSharedOnesAreThoseOfTheWholeList() {
        // A role's experience keys are its title's merged into the shared others' keys; they must be
        // the sorted, distinct keys of the whole list, as before.
        var generator = SeededGenerator(seed: 64)
        let words = ["Call", "Center", "Agent", "CSR", "front desk", "retail", "customer service", "e-commerce",
                     "Receptionist", "00017", "Sr.", "call centre", "agent", "Help-Desk", ""]
        let cache = SelfCheckTerms.PhraseKeys()
        func phrase() -> String {
            (0..<Int.random(in: 1...3, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        }
        for _ in 0..<400 {
            let title = phrase(), others = (0..<Int.random(in: 0...5, using: &generator)).map { _ in phrase() }
            #expect(cache.sortedKeys(title, plus: others) == Array(Set(([title] + others).flatMap(cache.keys))).sorted(),
                    "\(title) + \(others)")
        }
    }

    @Test func theSentenceSaysWhatAScreenWeighsMost() {
        #expect(SelfCheckTerms(role: role).weighs
            == "A screen for this role weighs the required skills most, then experience in jobs like this one, then the nice-to-have skills, then education. Customer service is essential: a CV that does not show it is set aside whatever else it shows. It looks for at least 1 year of relevant work.")
    }

    @Test func theRulesAreTheMatchersLists() {
        let rules = MatchRules.current
        #expect(rules.fillerKeys.contains("the") && rules.negationCues.contains("never") && rules.negationReach == 3)
        #expect(rules.britishWords["centre"] == "center" && rules.stemCollisions["hospital"] == "=hospital")
        #expect(rules.britishIsStems.first == "organis")
        #expect(rules.sectionHeadings["work history"] == "experience" && rules.sectionHeadings["education"] == "education")
        #expect(rules.dateRange.contains("(?<now>present") && rules.loneStartDate.hasPrefix("^"))
        #expect(rules.education.map { $0[0] } == ["doctorate", "master", "bachelor", "associate", "certificate", "high-school"])
        #expect(rules.educationLevels.first == ["none", "No formal education required"] && rules.recentYears == 5)
        let terms = SelfCheckTerms(role: role)
        #expect(terms.minimumYears == 1 && terms.minimumEducation == "high-school")
    }
}
