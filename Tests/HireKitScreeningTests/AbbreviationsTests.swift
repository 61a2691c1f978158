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
}
