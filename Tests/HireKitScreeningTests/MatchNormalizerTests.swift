import Testing
@testable import HireKitScreening

@Suite("Text normalisation")
struct MatchNormalizerTests {
    @Test func ligaturesBecomePlainLetters() {
        #expect(MatchNormalizer.normalizeLine("ﬁnance ofﬁce ﬂow") == "finance office flow")
    }

    @Test func diacriticsAreStripped() {
        #expect(MatchNormalizer.normalizeLine("Café Résumé Zoë Ñandú") == "cafe resume zoe nandu")
    }

    @Test func lettersWithoutDecompositionAreFolded() {
        #expect(MatchNormalizer.normalizeLine("Straße Søren Æsir") == "strasse soren aesir")
    }

    @Test func caseIsFolded() {
        #expect(MatchNormalizer.normalizeLine("CRM Zendesk") == "crm zendesk")
    }

    @Test func everyDashVariantBecomesAHyphen() {
        // en dash, em dash, Unicode hyphen, minus sign, figure dash, non-breaking hyphen
        #expect(MatchNormalizer.normalizeLine("a–b—c‐d−e‒f‑g") == "a-b-c-d-e-f-g")
    }

    @Test func curlyQuotesBecomeStraight() {
        #expect(MatchNormalizer.normalizeLine("“Customer’s ‘first’ choice”") == "\"customer's 'first' choice\"")
    }

    @Test func nonBreakingAndZeroWidthSpacesAreCleanedUp() {
        #expect(MatchNormalizer.normalizeLine("data\u{00A0}entry\u{200B}") == "data entry")
    }

    @Test func lineStructureIsKept() {
        #expect(MatchNormalizer.normalize("One\r\nTwo\nThree\u{0C}Four") == "one\ntwo\nthree\nfour")
    }

    @Test func tokensCarryTheirLineNumber() {
        let tokens = MatchNormalizer.tokenize("Summary\n\nHandled calls")
        #expect(tokens.map(\.text) == ["summary", "handled", "calls"])
        #expect(tokens.map(\.line) == [1, 3, 3])
    }

    @Test func aWordAfterASentenceClauseOrListBreakIsMarked() {
        let tokens = MatchNormalizer.tokenize("Kept records accurate. Recorded data, filed it\nsorted - mail • packages")
        #expect(tokens.filter(\.breakBefore).map(\.text) == ["recorded", "filed", "mail", "packages"])
    }

    @Test func aLineBreakIsAPhraseBreakOnlyAfterPunctuationOrABlankLine() {
        let tokens = MatchNormalizer.tokenize("kept accurate\nrecords of calls.\nTook payments\n\nCustomer service")
        #expect(tokens.filter(\.breakBefore).map(\.text) == ["took", "customer"])
    }

    @Test func programmingLanguageNamesStayWhole() {
        #expect(words("C++, C# and .NET; Node.js") == ["c++", "c#", "and", ".net", "node.js"])
    }

    @Test func hyphenatedWordsStayWhole() {
        #expect(words("e-mail follow-up multi-tasking") == ["e-mail", "follow-up", "multi-tasking"])
    }

    @Test func numberRangesSplitAtTheHyphen() {
        #expect(words("2015-2019") == ["2015", "2019"])
    }

    @Test func slashesBetweenDigitsStayWhole() {
        #expect(words("24/7 support, 03/2017, and/or") == ["24/7", "support", "03/2017", "and", "or"])
    }

    @Test func apostrophesAndAmpersandsInsideWordsStayWhole() {
        #expect(words("Customer's R&D at AT&T, don't") == ["customer's", "r&d", "at", "at&t", "don't"])
    }

    @Test func quantitiesKeepTheirSign() {
        #expect(words("80+ calls, 96% CSAT, 3.5 years") == ["80+", "calls", "96%", "csat", "3.5", "years"])
    }

    @Test func sentencePunctuationIsNotPartOfAWord() {
        #expect(words("Resolved complaints. (Team lead!) \"Top\" a+b") == ["resolved", "complaints", "team", "lead", "top", "a", "b"])
    }

    private func words(_ text: String) -> [String] { MatchNormalizer.tokenize(text).map(\.text) }
}
