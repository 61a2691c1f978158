import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Education triggers before the regex")
struct EducationTriggersTests {
    /// Degree wordings, the near misses that share their first letters, and what may stand between
    /// words (ASCII and non-ASCII blanks, hyphens, commas, case-safe letters).
    private static let pieces = [
        "Ph.D", "phd", "ph. d", "PH D", "phone", "d.phil", "DPhil", "doctor of philosophy", "doctorate", "Ed.D", "master",
        "Master's", "masters", "MBA", "msc", "M.Sc", "m.s.", "M.A", "ma", "MS", "manager", "bachelor", "Bachelor's",
        "undergraduate degree", "bsc", "B.S.", "b.a", "BA", "bs", "based", "(hons)", "associate", "associate's", "a.a.",
        "A.S.", "aas", "AA", "post-secondary", "postsecondary", "vocational", "technical", "professional", "college",
        "trade", "certificate", "program", "diploma", "completion", "high", "highly", "school", "GED", "secondary",
        "h.s.", "A-level", "a-levels", "gcse", "GCSEs", "degree", "in", "of", "arts", "science", "applied", "ceremony",
        " ", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{85}", "-", ",", ", ", ".", "x", "é", "·", "(", ")",
    ]

    /// On random case-safe lines, as written and normalised, every line a pattern matches passes
    /// that pattern's triggers: they never turn away a line the regex would read a degree on.
    @Test func everyLineAPatternMatchesPassesItsTriggers() {
        var generator = SeededGenerator(seed: 51)
        var matched = 0
        for _ in 0..<20_000 {
            let raw = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for line in [raw, MatchNormalizer.normalizeLine(raw)] {
                let caseSafe = CaseSafeScalars.allNonASCIICaseSafe(line)
                for index in EducationExtractor.patterns.indices where EducationExtractor.patterns[index].1.matches(line) {
                    matched += 1
                    #expect(EducationExtractor.triggers[index].mayMatch(line, caseSafe: caseSafe), "\(index) \(line.unicodeScalars.map(\.value))")
                }
            }
        }
        #expect(matched > 2_000)
    }

    /// A trigger ending in a space needs white space after the word: "ma in" and "ma\u{A0}in" pass,
    /// "manager" and a line ending in "ma" do not.
    @Test func aTrailingSpaceInATriggerNeedsWhiteSpaceAfterTheWord() {
        let filter = WordStartPrefilter(["ma "])
        #expect(filter.mayMatch("ma in business", caseSafe: true))
        #expect(filter.mayMatch("ma\u{A0}in business", caseSafe: true))
        #expect(!filter.mayMatch("store manager", caseSafe: true))
        #expect(!filter.mayMatch("degree: ma", caseSafe: true))
    }
}
