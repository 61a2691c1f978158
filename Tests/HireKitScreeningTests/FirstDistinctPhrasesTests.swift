import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("A skill's first distinct phrases")
struct FirstDistinctPhrasesTests {
    /// What the explanation used before: every phrase's first appearance kept through a set, then
    /// the first `count`.
    private static func reference(_ hits: [String], count: Int) -> [String] {
        var seen = Set<String>()
        return Array(hits.filter { seen.insert($0).inserted }.prefix(count))
    }

    /// Random runs of matches drawn from a few phrases (canonically equivalent spellings among
    /// them), for counts from none to more than there are.
    @Test func randomHitsGiveTheSetFilteredPrefix() {
        var generator = SeededGenerator(seed: 91)
        let phrases = ["crm", "zendesk", "customer service", "caf\u{E9}", "cafe\u{301}", "", "CRM", "salesforce", "excel", "sql"]
        for _ in 0..<5_000 {
            let hits = (0..<Int.random(in: 0...30, using: &generator)).map { _ in phrases.randomElement(using: &generator)! }
            for count in 0...6 {
                #expect(RoleScreener.firstDistinctPhrases(hits, count: count) == Self.reference(hits, count: count))
            }
        }
    }
}
