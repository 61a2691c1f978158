/// What screening reads from one CV, independent of the role: lines, word tokens, their match keys
/// (stems) and the CV's structure. Made once per CV and shared by every role it is screened against.
public struct CVAnalysis: Sendable {
    public let blind: Bool
    /// The CV's lines as written (redacted when blind), kept in one buffer: a line is made into a
    /// `String` only when it is quoted (see `line(_:)`).
    let writtenLines: LineBuffer
    /// Per word token, in order: its line, whether a phrase break comes before it and whether the
    /// CV negates it (see `Negation`). The words' texts are not kept: nothing after the analysis
    /// reads them.
    public let places: [TokenPlace]
    /// The tokens' match keys, numbered, for the matchers of every role (see `InternedKeys`).
    public let internedKeys: InternedKeys
    public let structure: CVStructure
    /// Per date range of `structure`, the lines that may hold its job's heading
    /// (`RoleScreener.headingLines`): the same for every role, so found once per CV.
    let dateRangeHeadings: [ClosedRange<Int>]
    /// The end of the CV's latest date range: recent work is counted back from it.
    let latestDate: YearMonth?
    /// Years of work in the `Scorer.recentYears` before `latestDate`: the same for every role, so
    /// counted once per CV rather than once per role.
    let recentYears: Double

    public init(text: String, reference: YearMonth, blind: Bool) {
        let text = blind ? Redactor.redact(text) : text
        self.blind = blind
        // The lines as written and as folded (each line normalised once), each in one buffer, for
        // the tokens and every structure extractor.
        let lines = LineBuffer(text: text)
        writtenLines = lines
        let folded = LineBuffer(folding: lines)
        // Words and keys come from the thread's table (a libstemmer handle per thread; see WordTable).
        (places, internedKeys) = WordTable.withCurrentThread { $0.tokens(of: folded) }
        structure = CVStructure(lines: lines, folded: folded, reference: reference)
        let dateLines = structure.dateRanges.flatMap { Array($0.line...$0.endLine) }
        dateRangeHeadings = structure.dateRanges.map { RoleScreener.headingLines(of: $0.line...$0.endLine, dateLines: dateLines) }
        let dateRanges = structure.dateRanges
        latestDate = dateRanges.map(\.end).max()
        if let latestDate {
            recentYears = ExperienceExtractor.years(ExperienceExtractor.recent(dateRanges, years: Scorer.recentYears, before: latestDate))
        } else {
            recentYears = 0
        }
    }

    /// The CV's lines as written (`MatchNormalizer.lines`; redacted when blind).
    public var lines: [String] { writtenLines.strings }

    /// Line `number` (1-based) as written.
    public func line(_ number: Int) -> String { writtenLines.string(at: number - 1) }
}
