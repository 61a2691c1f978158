import Testing
@testable import HireKitScreening

@Suite("Phrase matching")
struct PhraseMatcherTests {
    private func matcher(_ phrases: [String]) -> PhraseMatcher<Int> {
        PhraseMatcher(terms: phrases.enumerated().map { .init(phrase: $1, target: $0) })
    }

    private func found(_ phrases: [String], in text: String) -> [String] {
        matcher(phrases).matches(in: text).map(\.phrase)
    }

    @Test func multiWordTermMatchesAsAPhrase() {
        #expect(found(["customer relationship management"], in: "Daily use of customer relationship management tools") == ["customer relationship management"])
    }

    @Test func scatteredWordsDoNotMatchAPhrase() {
        let text = "Customer focus. Built relationships with the management team."
        #expect(found(["customer relationship management"], in: text).isEmpty)
    }

    @Test func fillerWordsBetweenPhraseWordsAreSkipped() {
        #expect(found(["resolved customer complaints"], in: "Resolved all of the customers' complaints") == ["resolved customer complaints"])
        #expect(found(["assisted customers"], in: "Assisted our customers daily") == ["assisted customers"])
    }

    @Test func fillerWordsInATermAreOptionalInTheCV() {
        #expect(found(["point of sale"], in: "Point sale terminal") == ["point of sale"])
    }

    @Test func matchAcrossFillerWordsSpansThemAll() {
        let match = matcher(["handled billing inquiries"]).matches(in: "Then handled all the billing inquiries.")
        #expect(match.map(\.tokens) == [1..<6])
    }

    @Test func contentWordBetweenPhraseWordsStillBreaksThePhrase() {
        #expect(found(["assisted customers"], in: "Assisted managers and customers").isEmpty)
    }

    @Test func phraseWordsMatchByStem() {
        #expect(found(["resolve complaints"], in: "Resolved complaints from members") == ["resolve complaints"])
    }

    @Test func singleWordMatchesAnyInflection() {
        #expect(found(["troubleshooting"], in: "I troubleshoot routers") == ["troubleshooting"])
    }

    @Test func singleWordDoesNotMatchInsideAnotherWord() {
        #expect(found(["sale"], in: "wholesale accounts").isEmpty)
    }

    @Test func abbreviationInCVMatchesExpandedTerm() {
        #expect(found(["customer relationship management"], in: "Salesforce CRM") == ["customer relationship management"])
    }

    @Test func expansionInCVMatchesAbbreviatedTerm() {
        #expect(found(["POS"], in: "Ran the point of sale terminal") == ["POS"])
    }

    @Test func hyphenatedClosedAndOpenSpellingsMatchEachOther() {
        for text in ["follow up with callers", "follow-up with callers", "followup with callers"] {
            #expect(found(["follow-up"], in: text) == ["follow-up"], "\(text)")
            #expect(found(["follow up"], in: text) == ["follow up"], "\(text)")
        }
    }

    @Test func matchReportsLineAndTarget() {
        let match = matcher(["cash handling", "Zendesk"]).matches(in: "Summary\nZendesk admin\n\nCash handling").map { ($0.target, $0.line) }
        #expect(match.map(\.0) == [1, 0])
        #expect(match.map(\.1) == [2, 4])
    }

    @Test func overlappingTermsAreAllFound() {
        #expect(found(["customer service", "service"], in: "customer service") == ["customer service", "service"])
    }

    @Test func shorterTermInsideAFailedLongerOneIsFound() {
        // "customer service desk" walks towards "customer service manager" and must fall back to "service desk".
        #expect(found(["customer service manager", "service desk"], in: "customer service desk") == ["service desk"])
    }

    @Test func phraseMaySpanALineBreak() {
        let matches = matcher(["customer relationship management"]).matches(in: "Trained in customer\nrelationship management")
        #expect(matches.map(\.line) == [1])
    }

    @Test func aPhraseDoesNotRunAcrossTheEndOfASentence() {
        #expect(found(["accurate records"], in: "Verified the system was accurate.\nRecorded patient data").isEmpty)
        #expect(found(["customer service"], in: "Thanked the customer. Service was fast").isEmpty)
    }

    @Test func aPhraseDoesNotRunAcrossListSeparatorsOrBullets() {
        #expect(found(["customer service"], in: "Skills: customer, service recovery").isEmpty)
        #expect(found(["customer service"], in: "• Customer\n• Service desk").isEmpty)
    }

    @Test func everyOccurrenceIsReportedInTextOrder() {
        let matches = matcher(["crm"]).matches(in: "CRM one\ntwo CRM\nthree")
        #expect(matches.map(\.line) == [1, 2])
    }

    @Test func textWithoutTermsHasNoMatches() {
        #expect(found(["Salesforce", "point of sale"], in: "Stocked shelves and greeted guests").isEmpty)
    }
}
