/// One match of `ExperienceExtractor.range` as a date range needs it: its years and months as
/// numbers and its text, whichever of `DateRangeScanner` and the regular expression found it. The
/// scanner reads the numbers from the line's code points; each match used to be a text and seven
/// optional group `String`s, made for every match and parsed again.
struct DateRangeReading: Equatable {
    /// The match as written.
    var text: String
    var startYear: Int
    /// 1…12, or nil for a bare year.
    var startMonth: Int?
    /// nil when the range ends "now" ("Present", "current" …).
    var end: (year: Int, month: Int?)?

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.text == rhs.text && lhs.startYear == rhs.startYear && lhs.startMonth == rhs.startMonth
            && lhs.end?.year == rhs.end?.year && lhs.end?.month == rhs.end?.month
    }
}
