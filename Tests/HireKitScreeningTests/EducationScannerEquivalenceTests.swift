import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Education patterns matched without ICU")
struct EducationScannerEquivalenceTests {
    /// Degree wordings in several cases, their near misses, the words the look-arounds test
    /// ("ceremony", "completion", "school", "office"…), and what may stand between words: blanks,
    /// punctuation, word characters that defeat `\b`, and now and then a character outside the
    /// scanner's domain.
    private static let pieces = [
        "Ph.D", "phd", "ph. d", "PH D", "ph.\td", "phone", "d.phil", "DPhil", "dphil", "doctor of philosophy", "Doctor of Nursing",
        "doctor of", "doctorate", "doctoral", "doctors", "Ed.D", "ed.d.", "master", "Master's", "masters", "MBA", "msc",
        "mphil", "meng", "mbus", "M.Sc", "m.s.", "M.A", "m.eng", "m.ed.", "m.phil", "m.x", "ma", "MS", "manager", "bachelor",
        "Bachelor's", "bachelors", "bachelorx", "undergraduate degree", "bsc", "beng", "bcom", "bba", "bfa", "B.S.", "b.a",
        "b.b.a", "b.f.a.", "b.com", "b.ed", "b.eng", "BA", "bs", "ab", "based", "(hons)", "(HONS)", "associate", "associate's",
        "associates", "a.a.", "a.a.s.", "A.A.S", "a.a", "A.S.", "a.s", "aas", "AA", "a-level", "A-Levels", "a-levelx",
        "post-secondary", "postsecondary", "post secondary", "vocational", "technical", "professional", "college", "trade",
        "certificate", "certificates", "program", " program", "diploma", "diplomas", "completion", "high", "highly", "school",
        "schools", "GED", "geds", "gcse", "GCSEs", "secondary", "secondary school", "h.s.", "H.S. diploma", "degree", "in", "of",
        "IN", "Of", "arts", "science", "applied", "ceremony", "ceremonies", "office", "Excel", "word", "outlook", "teams",
        "access", "powerpoint", "dynamics", "officer", "'s", "s", " ", " ", "  ", "\t", "-", ",", ", ", ",\t", ".", "x", "_",
        "1", "(", ")", "'", ":", "/",
        // Whole wordings of the certificate pattern, whose words are long enough to be rare at random.
        "certificate in ", "certificate of", "Certificate Of Completion", "certificate in  completion", "certificate program",
        "diploma in ", "diploma of", "school diploma in ", "School\tDiploma of ", "technical certificate", "college  certificate",
        "trade\tcertificate", "post-secondary certificate", "certificate in\t", "diploma in 1",
        // Non-ASCII characters the scanner reads (as an unnamed punctuation mark).
        "•", "· ", "\u{2044}", "\u{2019}s", "×", "©", "…", "ï¼", "â€“", "€",
    ]

    /// Characters outside the scanner's domain, drawn only now and then: the line goes to the regex.
    private static let outside = ["é", "\u{A0}", "\u{17F}", "\u{200B}", "\u{AA}", "\u{2060}", "\u{0B}", "\u{663}"]

    private static func randomLine(using generator: inout SeededGenerator) -> String {
        SeededLines.line(of: pieces, outside: outside, maxPieces: 7, using: &generator)
    }

    /// Bit `n` of the scanner's answer is `EducationExtractor.patterns[n]`'s, bit `8 + n`
    /// `sectionOnly[n]`'s; nil outside the scanner's domain.
    private static func scanned(_ line: String) -> UInt16? {
        ASCIIPatternLine.read(line, EducationScanner.patterns(in:))
    }

    private static func regex(_ line: String) -> UInt16 {
        var found: UInt16 = 0
        for (index, pattern) in EducationExtractor.patterns.enumerated() where pattern.1.matches(line) { found |= 1 << index }
        for (index, pattern) in EducationExtractor.sectionOnly.enumerated() where pattern.1.matches(line) { found |= 1 << (8 + index) }
        return found
    }

    /// A tally of this scanner against its regexes (`ScannerTally`).
    private static func tally() -> ScannerTally<UInt16> { ScannerTally(scanned: scanned, regex: regex) }

    /// The bits that stand for a pattern.
    private static let bitsUsed = Array(0..<6) + Array(8..<11)

    /// On random lines every pattern matches exactly where its regex does.
    @Test func randomLinesMatchAsTheRegexesMatchThem() {
        var generator = SeededGenerator(seed: 71)
        var tally = Self.tally()
        for _ in 0..<30_000 {
            let line = Self.randomLine(using: &generator)
            tally.compare(line)
            tally.compare(MatchNormalizer.normalizeLine(line))
        }
        #expect(tally.compared > 40_000)
        for bit in Self.bitsUsed { #expect(tally.matches[bit] > 300, "pattern bit \(bit): \(tally.matches[bit]) matches") }
    }

    /// On the lines of the repository's CVs, as written and normalised, too.
    @Test func repositoryCVLinesMatchAsTheRegexesMatchThem() {
        var tally = Self.tally()
        for line in RealCVLines.repository() { tally.compare(line) }
        #expect(tally.compared > 100)
        #expect(tally.matches[0..<6].reduce(0, +) > 0)
    }

    /// And on every line of the 804 labelled CVs as text, when that corpus is there.
    @Test(.enabled(if: RealCVLines.evalCorpusPresent)) func evalCorpusLinesMatchAsTheRegexesMatchThem() {
        var tally = Self.tally()
        for line in RealCVLines.evalCorpus() { tally.compare(line) }
        #expect(tally.compared > 50_000)
        for bit in 0..<6 { #expect(tally.matches[bit] > 0, "pattern bit \(bit)") }
    }

    /// At every word start `EducationScanner.alternativeStarts` turns away (by its first two
    /// bytes), trying every alternative finds nothing, so skipping it changes no answer.
    @Test func wordStartsTurnedAwayHoldNoAlternative() {
        var generator = SeededGenerator(seed: 73)
        var turnedAway = 0, tried = 0
        for _ in 0..<20_000 {
            let text = Self.randomLine(using: &generator)
            _ = ASCIIPatternLine.read(text) { line in
                line.forEachWordStart { index, _ in
                    guard !EducationScanner.alternativeStarts.mayStart(at: index, in: line) else { return tried += 1 }
                    turnedAway += 1
                    #expect(EducationScanner.patterns(at: index, in: line) == 0, "\(text.debugDescription) at \(index)")
                }
            }
        }
        #expect(turnedAway > 10_000)
        #expect(tried > 10_000)
    }

    /// Characters outside printable ASCII and tabs leave the line to the regex.
    @Test func linesWithOtherCharactersAreLeftToTheRegex() {
        #expect(Self.scanned("Bachelor of Arts") == 1 << 2)
        #expect(Self.scanned("Bachelor\u{A0}of Arts") == nil)
        #expect(Self.scanned("• Bachelor of Arts ·") == 1 << 2)
        #expect(Self.scanned("Bachelor of Arts\u{200B}") == nil)
        #expect(Self.scanned("ma\u{0B}in business") == nil)
        #expect(Self.scanned("ma\tin business") == 1 << 1 | 1 << 8)
    }
}
