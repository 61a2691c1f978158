import HireKitTestSupport
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

    /// Pieces of ASCII lines: cues, words, every clause end and other punctuation, digits, and
    /// pieces that make one word a prefix or a repeat of another.
    private static let linePieces = [
        "no", "not", "never", "crm", "no.", "of", "calls", "sales", "salesforce", "force", "e-mail", "24/7", "c++",
        " ", " ", " ", ".", ",", ";", ":", "!", "?", "(", ")", "|", "/", "-", "'", "&", "#", "%", "\t", "1", "80",
    ]

    /// On ASCII lines the clause of each word, counted over bytes, is the one the `Character` path
    /// counts: for the line's own words (as tokens give them), for words it lacks or holds out of
    /// order, and on every line of the repository's text CVs and, when present, the eval corpus.
    @Test func asciiClausesAgreeWithTheCharacterPath() {
        var generator = SeededGenerator(seed: 71)
        var lines = (0..<5_000).map { _ in
            (0..<Int.random(in: 0...14, using: &generator)).map { _ in Self.linePieces.randomElement(using: &generator)! }.joined()
        }
        lines += RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])
        var mismatches = 0, compared = 0
        for line in lines {
            let own = MatchNormalizer.words(inNormalizedLine: line)
            let shuffled = own.shuffled(using: &generator) + ["zzz", "crm", "no"]
            for words in [own, shuffled] {
                guard let byBytes = Negation.asciiClauseNumbers(of: words, in: line) else { continue }
                compared += 1
                if byBytes != Negation.characterClauseNumbers(of: words, in: line) {
                    mismatches += 1
                    if mismatches <= 5 { Issue.record("\(line) \(words)") }
                }
            }
        }
        #expect(mismatches == 0)
        #expect(compared > 10_000)
        #expect(Negation.asciiClauseNumbers(of: ["caf\u{E9}"], in: "caf\u{E9}") == nil)
        #expect(Negation.asciiClauseNumbers(of: ["x"], in: "x\r\ny") == nil)
    }
}
