import Foundation
import Testing
import HireKitRoles
@testable import HireKitScreening

@Suite("One automaton for every role")
struct RoleSetMatcherTests {
    /// Roles sharing words and phrases ("customer", "cash handling" / "cash") so that one role's
    /// keys sit inside another role's phrases: what each role's own matcher finds must not change.
    private let roles: [Role] = [
        Fixtures.serviceRole,
        Fixtures.role(required: [Skill(name: "Cash handling", synonyms: ["cash", "handled cash", "POS"])],
                      preferred: [Skill(name: "Customer service", synonyms: ["customers"])],
                      title: "Cashier", backgrounds: ["retail", "grocery"]),
        Fixtures.role(required: [Skill(name: "Forklift", synonyms: ["forklift operation", "pallet jack"])],
                      title: "Warehouse Associate", alsoKnownAs: ["Forklift Operator"]),
    ]

    @Test func findsWhatEachRolesMatcherFinds() {
        let screeners = roles.map { RoleScreener(role: $0, reference: Fixtures.reference) }
        let set = RoleSetMatcher(screeners.map(\.matcher))
        for text in [Fixtures.cv,
                     "Cashier at a grocery store: handled cash, customer service, helped customers with POS.",
                     "Forklift Operator, pallet jack, forklift operation; resolved all of the customers' complaints",
                     "no matches here at all", ""] {
            let analysis = CVAnalysis(text: text, reference: Fixtures.reference, blind: false)
            let byRole = set.matchesByRole(in: analysis)
            for (index, screener) in screeners.enumerated() {
                #expect(byRole[index] == screener.matcher.termMatches(in: analysis))
                #expect(byRole[index].map(screener.matcher.match(of:))
                        == screener.matcher.matches(in: MatchNormalizer.tokenize(text), stemmer: Stemmer()))
                #expect(screener.screen(analysis, source: "cv.txt", matches: byRole[index])
                        == screener.screen(analysis, source: "cv.txt"))
            }
        }
    }

    @Test func trimmingSpacesAndTabsAgreesWithFoundation() {
        for line in ["", " ", "\t", "  Skills  ", "\tEXPERIENCE:\t", "Skills", "\u{00A0}Skills\u{00A0}", " \u{0301}x ",
                     "x\u{2003}", "  é  ", "a b", "\r\n", " Education\r"] {
            #expect(line.trimmingSpacesAndTabs == line.trimmingCharacters(in: .whitespaces), "\(Array(line.unicodeScalars))")
        }
    }
}
