import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Abbreviations")
struct AbbreviationsTests {
    static let pairs: [(String, String)] = [
        ("CRM", "customer relationship management"),
        ("POS", "point of sale"),
        ("CSAT", "customer satisfaction"),
        ("KPI", "key performance indicator"),
        ("NPS", "net promoter score"),
        ("AHT", "average handle time"),
        ("FCR", "first call resolution"),
        ("SLA", "service level agreement"),
        ("IVR", "interactive voice response"),
        ("ACD", "automatic call distribution"),
        ("QA", "quality assurance"),
        ("MS Office", "microsoft office"),
    ]

    @Test(arguments: pairs)
    func abbreviationExpands(short: String, long: String) {
        #expect(Abbreviations.variants(of: short).contains(long))
    }

    @Test(arguments: pairs)
    func expansionAbbreviates(short: String, long: String) {
        #expect(Abbreviations.variants(of: long).contains(short.lowercased()))
    }

    @Test func theOriginalPhraseComesFirst() {
        #expect(Abbreviations.variants(of: "CRM software").first == "crm software")
    }

    @Test func abbreviationsInsideLongerPhrasesAreRewritten() {
        #expect(Abbreviations.variants(of: "CRM software").contains("customer relationship management software"))
        #expect(Abbreviations.variants(of: "met SLA targets").contains("met service level agreement targets"))
    }

    @Test func alternativeExpansionsAreOffered() {
        let variants = Abbreviations.variants(of: "first call resolution")
        #expect(variants.contains("fcr"))
        #expect(variants.contains("first contact resolution"))
    }

    @Test func pluralAbbreviationsAreRecognised() {
        #expect(Abbreviations.variants(of: "KPIs").contains("key performance indicator"))
    }

    @Test func jobTitleShorthandIsRecognised() {
        #expect(Abbreviations.variants(of: "Customer Service Representative").contains("customer service rep"))
    }

    @Test func phrasesWithoutAbbreviationsHaveNoVariants() {
        #expect(Abbreviations.variants(of: "conflict resolution") == ["conflict resolution"])
    }

    @Test func msAloneIsNotMicrosoft() {
        #expect(Abbreviations.variants(of: "MS in Psychology") == ["ms in psychology"])
    }

    @Test func seededPhrasesGetTheVariantsTheyGotBefore() {
        var generator = SeededGenerator(seed: 7)
        let tableWords = Abbreviations.common.flatMap { [$0.short] + $0.expansions }.flatMap { $0.split(separator: " ").map(String.init) }
        let words = tableWords + ["KPIs", "calls", "class", "sales", "desk", "the", "and", "CRMs", "agreements", "x"]
        let custom = [Abbreviation("POS", ["point of sale", "till"]), Abbreviation("WFM", ["workforce management"])]
        for _ in 0..<3_000 {
            let phrase = (0..<Int.random(in: 1...6, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            #expect(Abbreviations.variants(of: phrase) == Self.variantsAsFirstWritten(of: phrase, using: Abbreviations.common), "\(phrase)")
            #expect(Abbreviations.variants(of: phrase, using: custom) == Self.variantsAsFirstWritten(of: phrase, using: custom), "\(phrase)")
        }
    }

    /// `Abbreviations.variants` as first written, making the table's singulars for every phrase: the oracle.
    private static func variantsAsFirstWritten(of phrase: String, using table: [Abbreviation]) -> [String] {
        func wordsOf(_ text: String) -> [String] { MatchNormalizer.words(inNormalizedLine: MatchNormalizer.normalizeLine(text)) }
        func singular(_ word: String) -> String {
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
        let words = wordsOf(phrase)
        var variants = [words.joined(separator: " ")]
        var seen = Set(variants)
        func add(_ candidate: [String]) {
            let text = candidate.joined(separator: " ")
            if seen.insert(text).inserted { variants.append(text) }
        }
        func replacing(_ start: Int, _ count: Int, with replacement: [String]) -> [String] {
            Array(words[..<start]) + replacement + Array(words[(start + count)...])
        }
        let singulars = words.map(singular)
        func occurrences(of needle: [String]) -> [Int] {
            let needle = needle.map(singular)
            guard !needle.isEmpty, needle.count <= singulars.count else { return [] }
            return (0...(singulars.count - needle.count)).filter { start in needle.indices.allSatisfy { singulars[start + $0] == needle[$0] } }
        }
        for (short, longs) in table.map({ (wordsOf($0.short), $0.expansions.map(wordsOf)) }) {
            for start in occurrences(of: short) {
                for long in longs { add(replacing(start, short.count, with: long)) }
            }
            for long in longs {
                for start in occurrences(of: long) {
                    add(replacing(start, long.count, with: short))
                    for other in longs where other != long { add(replacing(start, long.count, with: other)) }
                }
            }
        }
        return variants
    }
}
