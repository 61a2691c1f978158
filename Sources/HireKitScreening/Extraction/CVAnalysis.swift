/// What screening reads from one CV, independent of the role: lines, word tokens, their match keys
/// (stems) and the CV's structure. Made once per CV and shared by every role it is screened against.
public struct CVAnalysis: Sendable {
    public let blind: Bool
    public let lines: [String]
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
        lines = MatchNormalizer.lines(of: text)
        // Each line is normalised once, for the tokens and for every structure extractor.
        let normalizedLines = lines.map(MatchNormalizer.normalizeLine)
        // Words and keys come from the thread's table (a libstemmer handle per thread; see WordTable).
        (places, internedKeys) = WordTable.withCurrentThread { $0.tokens(ofNormalizedLines: normalizedLines) }
        structure = CVStructure(lines: lines, normalizedLines: normalizedLines, reference: reference)
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
}
