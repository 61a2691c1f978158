import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Date ranges found without ICU")
struct DateRangeScannerEquivalenceTests {
    /// Pieces of date lines: month names in every form and case, near misses, day and month numbers,
    /// years in and out of range, every separator (with their mojibake and its case variants), words
    /// for "now", blanks ASCII and not, and the characters around a date that ICU's look-arounds and
    /// `\b` treat specially (word characters, "/", ".", format characters, ZWJ).
    private static let pieces = [
        // Month names in every form and case, and near misses.
        ["Jan", "JANUARY", "jan.", "Feb", "March", "Marc", "mar", "May", "June", "jun", "Jul", "July", "Aug", "August",
         "Sep", "Sept.", "SEPTEMBER", "Septe", "oct", "Nov", "December", "Dec,"],
        // Month numbers and years, in and out of range.
        ["1", "03", "12", "123", "2019", "1999", "2020", "2105", "1899", "20", "19", "201", "20190", "03/2017", "3 / 2017",
         "12.2020", "13/2019", "2020/21"],
        // Separators, their mojibake and its case variants.
        ["-", "--", "\u{2013}", "\u{2014}", "\u{2010}", "\u{2212}", "\u{FF0D}", "\u{FE63}", "ï¼", "ï¼\u{200B}", "Ï¼",
         "ï¼\u{8D}", "â€“", "Â€”", "â€\u{94}", "â€", "to", "TO", "until", "Till", "through", "thru", "tonow"],
        // Words for "now", and near misses.
        ["Present", "present", "current", "Currently", "NOW", "today", "date", "ongoing", "presently", "current_"],
        // Blanks, and what ICU's look-arounds and `\b` treat specially.
        [" ", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{85}", "\u{2028}", "\u{202F}", "/", ".", ",", "(", ")", "_", "x",
         "a", "é", "Ã", "·", "€", "\u{200B}", "\u{AD}", "\u{200D}", "\u{200C}", "\u{2060}", "Agent, Acme",
         "Customer Service Rep"],
        // Characters the scanner leaves to the regex (which folds them to ASCII, or reads them as
        // digits or marks), drawn only now and then.
        ["ß", "\u{212A}", "\u{17F}", "\u{663}", "\u{301}", "\u{1F4DE}"],
    ]

    /// A random line shaped like a date range (a start, a separator and an end, with what may stand
    /// around and between them), each part left out now and then or drawn from any group of
    /// pieces, so that near misses abound.
    private static func randomLine(using generator: inout SeededGenerator) -> String {
        let shape = [4, 0, 4, 1, 4, 2, 4, 0, 4, Int.random(in: 0..<3, using: &generator) == 0 ? 3 : 1, 4]
        return shape.map { group -> String in
            switch Int.random(in: 0..<8, using: &generator) {
            case 0: return ""
            case 1: return pieces.randomElement(using: &generator)!.randomElement(using: &generator)!
            default: return group == 4 && Int.random(in: 0..<3, using: &generator) > 0 ? " " : pieces[group].randomElement(using: &generator)!
            }
        }.joined()
    }

    /// On random lines the scanner can read, it finds what the regex finds (text and every group),
    /// and answers the lone-start-date pattern as the regex does.
    @Test func randomLinesMatchAsTheRegexMatchesThem() {
        var generator = SeededGenerator(seed: 31)
        var scanned = 0, found = 0
        for _ in 0..<20_000 {
            let line = Self.randomLine(using: &generator)
            guard let count = Self.expectScannedAsTheRegexReadsIt(line) else { continue }
            scanned += 1
            found += count
        }
        #expect(scanned > 10_000)
        #expect(found > 100)
    }

    /// Lines built to hold a date range (a start date, a separator and an end) match as the regex
    /// matches them, with the groups it captures.
    @Test func randomRangesMatchAsTheRegexMatchesThem() {
        var generator = SeededGenerator(seed: 32)
        let dates = ["Jan 2019", "March, 2015", "Sept. 2001", "03/2017", "3 / 2017", "12.2020", "2019", "1999", "Dec2020",
                     "13/2019", "May 20", "2020/21"]
        let separators = [" - ", "-", " \u{2013} ", " to ", " ï¼\u{200B} ", "â€“", " until ", " thru ", " / "]
        let ends = dates + ["Present", "current", "Now", "date", "present\u{200B}", "presently", "ongoing."]
        let around = ["", " ", "Agent, ", "x", "/", ".", "(", ")", ",", "\u{200B}", "é", "\t"]
        var found = 0
        for _ in 0..<5_000 {
            let line = [around, dates, separators, ends, around].map { $0.randomElement(using: &generator)! }.joined()
            guard let count = Self.expectScannedAsTheRegexReadsIt(line) else { continue }
            found += count
        }
        #expect(found > 1_000)
    }

    /// On the lines of the repository's CVs and, when it is there, of the 804 labelled CVs as text
    /// (as written and normalised), the scanner reads every line it can as the regex does.
    @Test func realCVLinesMatchAsTheRegexMatchesThem() {
        var scanned = 0, found = 0
        for line in RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : []) {
            // Only lines with a year can hold a range (as `ExperienceExtractor.dateRanges` asks).
            guard line.contains("19") || line.contains("20"), let count = Self.expectScannedAsTheRegexReadsIt(line) else { continue }
            scanned += 1
            found += count
        }
        #expect(scanned > 20)
        #expect(found > 5)
    }

    /// The scanner's readings of `line` and whether it is a lone start date; nil when the line is
    /// outside its domain.
    private static func scanned(_ line: String) -> (readings: [DateRangeReading], lone: Bool)? {
        DateRangeScanner.read(line) { ($0.readings(), $0.isLoneStartDate()) }
    }

    /// Expects the scanner to read `line` as the regex does (every reading, and the lone-start-date
    /// answer); the number of readings, or nil when the line is outside the scanner's domain.
    private static func expectScannedAsTheRegexReadsIt(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        guard let (readings, lone) = scanned(line) else { return nil }
        let shown = "\(line.unicodeScalars.map(\.value))"
        #expect(readings == ExperienceExtractor.regexReadings(in: line), "\(shown)", sourceLocation: sourceLocation)
        #expect(lone == ExperienceExtractor.loneStartDate.matches(line), "\(shown)", sourceLocation: sourceLocation)
        return readings.count
    }

    /// Characters outside what the scanner reads as ICU does leave the line to the regex.
    @Test func linesWithOtherCharactersAreLeftToTheRegex() {
        #expect(Self.scanned("Jan 2019 \u{2013} Present") != nil)
        #expect(Self.scanned("Jan 2019 ï¼\u{200B} Present") != nil)
        #expect(Self.scanned("Stra\u{DF}e 2019 - 2020") == nil)
        #expect(Self.scanned("\u{212A}elvin 2019 - 2020") == nil)
        #expect(Self.scanned("2019 - 2020 \u{1F4DE}") == nil)
        #expect(Self.scanned("2019\u{0B}- 2020") == nil)
    }

    /// A month out of range makes the regex's match no range, and the scanner passes over the same
    /// text: it does not look for another match inside it.
    @Test func aMonthOutOfRangeIsPassedOver() {
        #expect(Self.scanned("13/2019 - 2020")?.readings == [])
        #expect(Self.scanned("13/2019 - 2020 and 2015 - 2016")?.readings.map(\.startYear) == [2015])
        #expect(ExperienceExtractor.regexReadings(in: "13/2019 - 2020 and 2015 - 2016").map(\.startYear) == [2015])
    }
}
