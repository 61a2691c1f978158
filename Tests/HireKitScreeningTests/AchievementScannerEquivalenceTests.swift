import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Achievement patterns matched without ICU")
struct AchievementScannerEquivalenceTests {
    /// The patterns' words, units, periods and signs, their near misses, numbers in every form the
    /// number pattern reads and some it does not, and what may stand between them: blanks, the
    /// "." and ";" that stop `[^.;]`, word characters that defeat `\b`, and now and then a character
    /// outside the scanner's domain.
    private static let pieces = [
        "csat", "CSAT", "nps", "net promoter", "satisfaction", "quality score", "qa score", "quality assurance score", "quality",
        "qa", "qas", "calls", "tickets", "chats", "contacts", "customers", "clients", "guests", "patients", "members", "callers",
        "e-mails", "emails", "email", "inquiries", "enquiries", "cases", "transactions", "requests", "orders", "interactions",
        "accounts", "visitors", "reservations", "bookings", "appointments", "inbound ", "outbound ", "daily ", "weekly ", "daily",
        "weekly", "hourly", "per", "a", "an", "each", "every", "/", "day", "hour", "hr", "shift", "week", "month", "year", "days",
        "within", "under", "in under", "less than", "in less than", "below", "in", "second", "seconds", "sec", "secs", "minute",
        "mins", "min", "hours", "hrs", "business day", "business days", "aht", "AHT", "handle time", "handling time",
        "response time", "resolution time", "wait time", "hold time", "turnaround", "%", "percent", "percentage", "/5", "/ 10",
        "/100", "/1000", "$", "$ ", "usd", "eur", "gbp", "dollars", "euros", "pounds", "k", "K ", "1", "5", "10", "100", "45",
        "4.5", "1,200", "1,2", ",", "98.6", "3.", ".5", "2019", "+", " +", "0", " ", " ", "  ", "\t", ".", ";", ":", "-", "x", "_",
        "(", ")",
        // Whole wordings of the volume pattern, whose parts are many and long enough to be rare at random.
        "calls per day", "chats / hour", "tickets daily", " inbound calls an hour", " calls\tevery shift", " emails a week",
        "+ customers each month", "orders/yr", "  + calls per day", " +calls daily", "+  tickets each week", "k usd", "K\tdollars",
        // Non-ASCII characters the scanner reads (as "$" or as an unnamed punctuation mark).
        "€", "£", "¥", "€ ", "•", "· ", "\u{2044}", "\u{2019}", "×", "©", "…", "ï¼", "â€“",
    ]

    /// Characters outside the scanner's domain, drawn only now and then: the line goes to the regex.
    private static let outside = ["é", "\u{A0}", "\u{663}", "\u{17F}", "\u{200B}", "\u{AA}", "\u{2060}", "\u{0B}"]

    private static func randomLine(using generator: inout SeededGenerator) -> String {
        SeededLines.line(of: pieces, outside: outside, maxPieces: 9, using: &generator)
    }

    /// Bit `n` of the scanner's answer is `AchievementExtractor.patterns[n]`'s; nil outside the
    /// scanner's domain.
    private static func scanned(_ line: String) -> UInt8? {
        ASCIIPatternLine.read(line, AchievementScanner.patterns(in:))
    }

    private static func regex(_ line: String) -> UInt8 {
        var found: UInt8 = 0
        for (index, pattern) in AchievementExtractor.patterns.enumerated() where pattern.1.matches(line) { found |= 1 << index }
        return found
    }

    /// A tally of this scanner against its regexes (`ScannerTally`).
    private static func tally() -> ScannerTally<UInt8> { ScannerTally(scanned: scanned, regex: regex) }

    /// On random lines every pattern matches exactly where its regex does.
    @Test func randomLinesMatchAsTheRegexesMatchThem() {
        var generator = SeededGenerator(seed: 81)
        var tally = Self.tally()
        for _ in 0..<30_000 {
            let line = Self.randomLine(using: &generator)
            tally.compare(line)
            tally.compare(MatchNormalizer.normalizeLine(line))
        }
        #expect(tally.compared > 40_000)
        for bit in 0..<5 { #expect(tally.matches[bit] > 200 && tally.matches[bit] < tally.compared / 2, "pattern \(bit): \(tally.matches[bit]) matches") }
    }

    /// On the lines of the repository's CVs, as written and normalised, too.
    @Test func repositoryCVLinesMatchAsTheRegexesMatchThem() {
        var tally = Self.tally()
        for line in RealCVLines.repository() { tally.compare(line) }
        #expect(tally.compared > 100)
        #expect(tally.matches.reduce(0, +) > 0)
    }

    /// And on every line of the 804 labelled CVs as text, when that corpus is there.
    @Test(.enabled(if: RealCVLines.evalCorpusPresent)) func evalCorpusLinesMatchAsTheRegexesMatchThem() {
        var tally = Self.tally()
        for line in RealCVLines.evalCorpus() { tally.compare(line) }
        #expect(tally.compared > 50_000)
        for bit in 0..<5 { #expect(tally.matches[bit] > 0, "pattern \(bit)") }
    }

    /// Characters outside printable ASCII and tabs leave the line to the regex.
    @Test func linesWithOtherCharactersAreLeftToTheRegex() {
        #expect(Self.scanned("raised CSAT to 95%") == 1 << 0 | 1 << 3)
        #expect(Self.scanned("saved €5,000") == 1 << 4)
        #expect(Self.scanned("• 40 calls per day ·") == 1 << 1)
        #expect(Self.scanned("saved \u{A0}5,000") == nil)
        #expect(Self.scanned("\u{663}0 calls per day") == nil)
        #expect(Self.scanned("40 calls\u{0B}per day") == nil)
    }
}
