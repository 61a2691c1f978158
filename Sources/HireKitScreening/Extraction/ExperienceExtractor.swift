import Foundation

/// A calendar month, the precision CVs give dates in.
public struct YearMonth: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1…12.
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year; self.month = month
    }

    /// The month containing `date`, read in UTC so results do not depend on the machine's time zone.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        self.init(year: parts.year!, month: parts.month!)
    }

    /// Months since year 0, for arithmetic.
    var index: Int { year * 12 + (month - 1) }
    init(index: Int) { self.init(year: index / 12, month: index % 12 + 1) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
    public var description: String { String(format: "%04d-%02d", year, month) }
}

/// One period of work found in a CV, as a half-open span of months: `start` up to, not including, `end`.
public struct DateRange: Sendable, Equatable, Codable {
    public var start: YearMonth
    public var end: YearMonth
    /// True when the CV said "present", "current" or similar.
    public var isOngoing: Bool
    public var line: Int
    /// The line the end date is on: `line` unless the CV split the range over several lines
    /// ("July 2012" / "to" / "December 2013", as many PDF layouts extract).
    public var endLine: Int
    /// The date text as written ("Mar 2017 – Present"), a split range's lines joined by spaces.
    public var text: String

    public init(start: YearMonth, end: YearMonth, isOngoing: Bool, line: Int, endLine: Int? = nil, text: String) {
        self.start = start; self.end = end; self.isOngoing = isOngoing; self.line = line
        self.endLine = endLine ?? line; self.text = text
    }

    public var months: Int { max(0, end.index - start.index) }
}

/// Finds employment date ranges and totals the time they cover.
public enum ExperienceExtractor {
    private static let month =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"

    /// A start or end date: `[month name | month number /] year`, the group names prefixed.
    private static func date(_ prefix: String) -> String {
        #"(?:(?<\#(prefix)mn>"# + month + #")\.?,?\s*|(?<\#(prefix)md>\d{1,2})\s*[/.]\s*)?(?<\#(prefix)y>(?:19|20)\d{2})"#
    }

    /// What stands between the dates. Separators include full-width hyphens and their common
    /// mojibake ("ï¼" is U+FF0D's UTF-8 read as Windows-1252, "â€“" an en dash's), both frequent in
    /// CVs that went through a careless export.
    private static let separator =
        #"(?:[-\x{2010}-\x{2015}\x{2212}\x{FE63}\x{FF0D}]+|ï¼[\x{200B}\x{8D}]?|â€[\x{201C}\x{201D}\x{94}\x{93}]|to|until|till|through|thru)"#

    /// `date  (- | to | until …)  date | present`.
    static let range = Pattern(
        #"(?<![\w/.])"# + date("s") + #"\s*"# + separator + #"\s*"#
            + #"(?:"# + date("e") + #"(?![\w/])|(?<now>present|current|currently|now|today|date|ongoing)\b)"#)
    private static let groups = ["smn", "smd", "sy", "emn", "emd", "ey", "now"]

    /// A line holding nothing but a start date, perhaps with the separator: the first line of a
    /// range split over lines.
    static let loneStartDate = Pattern(#"^\s*"# + date("s") + #"\s*"# + separator + #"?\s*$"#)

    /// Date ranges on the given lines (1-based numbers paired with their text). "Present" and
    /// similar end at the end of `reference`'s month; spans are cut off at that month too, so a
    /// typo'd future year cannot inflate experience.
    public static func dateRanges(in lines: [(number: Int, text: String)], reference: YearMonth) -> [DateRange] {
        dateRanges(in: PairedLines(lines: lines), reference: reference)
    }

    /// The same for any numbered lines (a CV's employment lines, read from its `LineBuffer`).
    static func dateRanges<Lines: NumberedLines>(in lines: Lines, reference: YearMonth) -> [DateRange] {
        let now = reference.index + 1
        var ranges: [DateRange] = []
        var index = 0
        while index < lines.count {
            let number = lines.number(at: index)
            index += 1
            // False only when the line has no "19" or "20", which every range's start year begins
            // with: most lines have no year.
            guard lines.withBytes(at: index - 1, ByteScan.holdsYearStart) else { continue }
            // Run on the line as written (the pattern accepts every dash and any case) so the
            // evidence shows the dates exactly as the candidate typed them. The scanner reads the
            // line's bytes: only a line it cannot read is made into a `String`.
            let readings = lines.withBytes(at: index - 1) { DateRangeScanner.read($0) { $0.readings() } }
                ?? regexReadings(in: lines.text(at: index - 1))
            let found = dateRanges(from: readings, lines: number...number, now: now)
            if !found.isEmpty {
                ranges += found
            } else if let split = splitRange(startingAt: index - 1, in: lines, now: now) {
                ranges.append(split.range)
                index = split.next
            }
        }
        return ranges
    }

    /// A range whose start date stands alone on its line and whose separator and end follow on the
    /// next one or two short lines, with the index of the line after it.
    private static func splitRange<Lines: NumberedLines>(startingAt first: Int, in lines: Lines,
                                                         now: Int) -> (range: DateRange, next: Int)? {
        let lone = lines.withBytes(at: first) { DateRangeScanner.read($0) { $0.isLoneStartDate() } }
            ?? loneStartDate.matches(lines.text(at: first))
        guard lone else { return nil }
        var joined = lines.text(at: first).trimmingWhitespace
        for last in (first + 1)..<min(first + 3, lines.count) {
            let next = lines.text(at: last).trimmingWhitespace
            // Only the very next lines, and only short ones: a job title or a sentence is not a date.
            guard lines.number(at: last) == lines.number(at: first) + (last - first), next.count <= 24 else { return nil }
            joined += " " + next
            if let range = dateRanges(in: joined, lines: lines.number(at: first)...lines.number(at: last), now: now).first {
                return (range, last + 1)
            }
        }
        return nil
    }

    /// The ranges in `text`, which spans `lines` of the CV.
    private static func dateRanges(in text: String, lines: ClosedRange<Int>, now: Int) -> [DateRange] {
        // The scanner reads nearly every line as the regex would, several times faster (see DateRangeScanner).
        dateRanges(from: DateRangeScanner.read(text) { $0.readings() } ?? regexReadings(in: text), lines: lines, now: now)
    }

    /// The ranges `readings` give, on `lines` of the CV.
    private static func dateRanges(from readings: [DateRangeReading], lines: ClosedRange<Int>, now: Int) -> [DateRange] {
        readings.compactMap { reading in
            let start = reading.startYear * 12 + ((reading.startMonth ?? 1) - 1)
            let end: Int
            if let (endYear, endMonth) = reading.end {
                if let endMonth {
                    end = endYear * 12 + endMonth  // the end month is worked, so the span runs past it
                } else if endYear == reading.startYear, reading.startMonth == nil {
                    end = start + 12  // "2019 - 2019": one year
                } else {
                    end = endYear * 12  // a bare year reads as its January: "2015-2019" is four years
                }
            } else {
                end = now
            }
            let clipped = min(end, now)
            guard clipped > start else { return nil }
            return DateRange(start: YearMonth(index: start), end: YearMonth(index: clipped), isOngoing: reading.end == nil,
                             line: lines.lowerBound, endLine: lines.upperBound, text: reading.text)
        }
    }

    /// `range`'s matches by the regular expression, read as the scanner reads them (a match with a
    /// month out of range passed over): for lines `DateRangeScanner` cannot read, and as its tests'
    /// reference.
    static func regexReadings(in text: String) -> [DateRangeReading] {
        range.matches(in: text, names: groups).compactMap { match in
            guard let startYear = match.named["sy"].flatMap({ Int($0) }),
                  let startMonth = monthNumber(name: match.named["smn"], digits: match.named["smd"]) else { return nil }
            var reading = DateRangeReading(text: match.text, startYear: startYear, startMonth: startMonth, end: nil)
            if match.named["now"] == nil {
                guard let endYear = match.named["ey"].flatMap({ Int($0) }),
                      let endMonth = monthNumber(name: match.named["emn"], digits: match.named["emd"]) else { return nil }
                reading.end = (endYear, endMonth)
            }
            return reading
        }
    }

    /// Months covered by the union of `ranges`: overlapping jobs count once.
    public static func totalMonths(_ ranges: [DateRange]) -> Int {
        var total = 0
        var covered: (start: Int, end: Int)?
        // Sorted as month numbers rather than as ranges: the same comparisons, so the same order,
        // without copying (retaining and releasing) each range's text; it runs for every role.
        var spans = ranges.map { (start: $0.start.index, end: $0.end.index) }
        if spans.count > 1 { spans.sort(by: { $0.start < $1.start }) }
        for (start, end) in spans {
            if let current = covered, start <= current.end {
                covered = (current.start, max(current.end, end))
            } else {
                if let current = covered { total += current.end - current.start }
                covered = (start, end)
            }
        }
        if let current = covered { total += current.end - current.start }
        return total
    }

    /// `ranges` cut to the `years` before `end` (the latest date in the CV): the recent part of a career.
    public static func recent(_ ranges: [DateRange], years: Int, before end: YearMonth) -> [DateRange] {
        let from = YearMonth(index: end.index - years * 12)
        return ranges.compactMap { range in
            var range = range
            range.start = max(range.start, from)
            return range.end > range.start ? range : nil
        }
    }

    /// Years covered by `ranges`, to one decimal.
    public static func years(_ ranges: [DateRange]) -> Double {
        (Double(totalMonths(ranges)) / 12 * 10).rounded() / 10
    }

    /// nil when a given month is invalid; `.some(nil)` when no month was given (a bare year).
    private static func monthNumber(name: String?, digits: String?) -> Int?? {
        if let digits {
            guard let value = Int(digits), (1...12).contains(value) else { return nil }
            return .some(value)
        }
        guard let name else { return .some(nil) }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex(of: String(name.prefix(3)).lowercased()).map { .some($0 + 1) } ?? nil
    }
}
