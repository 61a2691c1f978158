/// `ExperienceExtractor.range` and `.loneStartDate` matched by hand, for lines whose characters
/// the ICU regular expressions would read the way this scanner does: ASCII (printable, or a tab),
/// and the case-safe non-ASCII characters of `CaseSafeScalars` plus the other dashes the
/// separator accepts. That covers nearly every CV line with a date on it, including the mojibake
/// separators ("ï¼\u{200B}", "â€“"); any other line gets nil and goes to the regular expression.
///
/// The regex converted each line to UTF-16 and backtracked through it, about 75,000 instructions a
/// line with a year on it. This follows the same alternatives in the same order at each start
/// position, so it finds the same matches with the same groups: `DateRangeScannerEquivalenceTests`
/// compare both on thousands of random lines.
///
/// It reads a line's code points from its UTF-8 (`read`) into a buffer on the stack, and makes a
/// `String` only of a match's text: a line was made into a `String`, then into an array of code
/// points, and each match's groups into `String`s to be parsed again.
struct DateRangeScanner {
    /// The line's code points (`read` makes the only scanners).
    private let chars: UnsafeBufferPointer<UInt32>

    /// `body`'s answer on a scanner of `line` (valid UTF-8), valid only inside it; nil when the line
    /// holds a character outside the scanner's domain.
    static func read<Result>(_ line: UnsafeBufferPointer<UInt8>, _ body: (DateRangeScanner) -> Result) -> Result? {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(line.count, 1)) { buffer -> Result? in
            var count = 0, index = 0
            while index < line.count {
                let byte = line[index]
                if byte < 0x80 {
                    guard byte == 0x09 || byte &- 0x20 < 0x5F else { return nil }
                    buffer[count] = UInt32(byte)
                    index += 1
                } else {
                    let (value, end) = ScalarOffsets.scalar(in: line, at: index)
                    guard CaseSafeScalars.contains(value) || Self.otherDashes.contains(value) else { return nil }
                    buffer[count] = value
                    index = end
                }
                count += 1
            }
            return body(DateRangeScanner(chars: UnsafeBufferPointer(rebasing: buffer[..<count])))
        }
    }

    /// The same for a line given as a `String`.
    static func read<Result>(_ line: String, _ body: (DateRangeScanner) -> Result) -> Result? {
        var line = line
        return line.withUTF8 { read($0, body) }
    }

    /// Every match of `ExperienceExtractor.range`, left to right, not overlapping, as read by
    /// `ExperienceExtractor.regexReadings`: a match with a month out of range is passed over.
    func readings() -> [DateRangeReading] {
        var readings: [DateRangeReading] = []
        var index = 0
        while index < chars.count {
            // A date starts with a letter or a digit, after no word character, "/" or ".".
            let first = chars[index], before = at(index - 1)
            if Self.isASCIILetter(first) || Self.isDigit(first), !Self.isWord(before), before != Self.slash, before != Self.dot,
               let match = range(at: index) {
                if let reading = match.reading { readings.append(reading) }
                index = match.end
            } else {
                index += 1
            }
        }
        return readings
    }

    /// Whether the line is only a start date, perhaps with a separator after it
    /// (`ExperienceExtractor.loneStartDate`).
    func isLoneStartDate() -> Bool {
        let start = skippingSpaces(from: 0)
        for form in DateForm.allCases {
            guard let date = date(at: start, form: form) else { continue }
            let after = skippingSpaces(from: date.end)
            if after == chars.count { return true }
            if let separator = separator(at: after), skippingSpaces(from: separator) == chars.count { return true }
        }
        return false
    }

    // MARK: - The pattern's parts, each trying its alternatives in the regex's order

    /// A date: where it ends, and the ranges of its month name, month number and year.
    private struct FoundDate {
        var end: Int
        var monthName: Range<Int>?
        var monthDigits: Range<Int>?
        var year: Range<Int>
    }

    /// The ways `(?:(?<mn>MONTH)\.?,?\s*|(?<md>\d{1,2})\s*[/.]\s*)?(?<y>(?:19|20)\d{2})` can match, in
    /// the order the regex tries them: a month name, two digits, one digit, the year alone.
    private enum DateForm: CaseIterable {
        case monthName, twoDigits, oneDigit, yearOnly
    }

    /// The date of `form` at `index`, if there is one.
    private func date(at index: Int, form: DateForm) -> FoundDate? {
        switch form {
        case .monthName:
            // Month names differ by their first three letters and must be followed by what is not
            // a letter (".", ",", a blank, a digit), so the run of letters here must be one of them.
            // Most words are turned away by their first letter or their length (3 to 9 letters)
            // before they are packed and compared with every name: this is tried at every word start.
            let first = at(index)
            guard Self.isASCIILetter(first), Self.monthInitials & (1 << ((first | 0x20) &- 0x61)) != 0 else { return nil }
            var letters = index + 1
            while Self.isASCIILetter(at(letters)) { letters += 1 }
            guard letters - index >= 3, let name = packed(index..<letters), Self.monthNames.contains(name) else { return nil }
            var next = letters
            if at(next) == Self.dot { next += 1 }
            if at(next) == Self.comma { next += 1 }
            next = skippingSpaces(from: next)
            return isYear(at: next) ? FoundDate(end: next + 4, monthName: index..<letters, year: next..<(next + 4)) : nil
        case .twoDigits, .oneDigit:
            let digits = form == .twoDigits ? 2 : 1
            guard Self.isDigit(at(index)), digits == 1 || Self.isDigit(at(index + 1)) else { return nil }
            var next = skippingSpaces(from: index + digits)
            guard at(next) == Self.slash || at(next) == Self.dot else { return nil }
            next = skippingSpaces(from: next + 1)
            return isYear(at: next) ? FoundDate(end: next + 4, monthDigits: index..<(index + digits), year: next..<(next + 4)) : nil
        case .yearOnly:
            return isYear(at: index) ? FoundDate(end: index + 4, year: index..<(index + 4)) : nil
        }
    }

    /// The whole range pattern at `index` (its look-behind already checked): where it ends, and
    /// its reading, nil when a month number is out of range.
    private func range(at index: Int) -> (reading: DateRangeReading?, end: Int)? {
        for form in DateForm.allCases {
            guard let start = date(at: index, form: form), let separator = separator(at: skippingSpaces(from: start.end)) else {
                continue
            }
            let next = skippingSpaces(from: separator)
            let endDate: FoundDate?
            let end: Int
            if let date = self.endDate(at: next) {
                endDate = date
                end = date.end
            } else if let now = nowWord(at: next) {
                endDate = nil
                end = now
            } else {
                continue
            }
            guard let startMonth = month(of: start) else { return (nil, end) }
            var reading = DateRangeReading(text: text(index..<end), startYear: number(start.year), startMonth: startMonth, end: nil)
            if let endDate {
                guard let endMonth = month(of: endDate) else { return (nil, end) }
                reading.end = (number(endDate.year), endMonth)
            }
            return (reading, end)
        }
        return nil
    }

    /// The month `date` gives: nil when its number is out of range, `.some(nil)` for a bare year
    /// (`ExperienceExtractor.monthNumber` on the groups' text).
    private func month(of date: FoundDate) -> Int?? {
        if let digits = date.monthDigits {
            let value = number(digits)
            return (1...12).contains(value) ? .some(value) : nil
        }
        guard let name = date.monthName else { return .some(nil) }
        // A month name is three letters or more, and its first three name the month.
        guard let prefix = packed(name.lowerBound..<(name.lowerBound + 3)), let month = Self.monthPrefixes.firstIndex(of: prefix) else {
            return nil
        }
        return .some(month + 1)
    }

    /// The value of the ASCII digits `range`.
    private func number(_ range: Range<Int>) -> Int {
        chars[range].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// The first form of end date at `index` followed by no word character and no "/".
    private func endDate(at index: Int) -> FoundDate? {
        for form in DateForm.allCases {
            if let date = date(at: index, form: form), !Self.isWord(at(date.end)), at(date.end) != Self.slash { return date }
        }
        return nil
    }

    /// Where the separator starting at `index` ends: a run of dashes, "ï¼" (perhaps with a
    /// zero-width space or U+008D), "â€" and a quote-like byte, or a joining word.
    private func separator(at index: Int) -> Int? {
        var end = index
        while Self.isDash(at(end)) { end += 1 }
        if end > index { return end }
        let c = at(index)
        if c == 0xEF || c == 0xCF, at(index + 1) == 0xBC {  // "ï¼", "Ï¼" (case-insensitive)
            return at(index + 2) == 0x200B || at(index + 2) == 0x8D ? index + 3 : index + 2
        }
        if c == 0xE2 || c == 0xC2, at(index + 1) == 0x20AC {  // "â€", "Â€"
            switch at(index + 2) {
            case 0x201C, 0x201D, 0x94, 0x93: return index + 3
            default: break
            }
        }
        for word in Self.joiningWords where hasPrefix(word, at: index) { return index + word.count }
        return nil
    }

    /// Where a word meaning "now" that starts at `index` ends, followed by a word boundary as ICU
    /// finds one: the next character is no word character, and no format character or combining
    /// mark, which ICU's `\b` never takes as a boundary.
    private func nowWord(at index: Int) -> Int? {
        var end = index
        while Self.isWord(at(end)) { end += 1 }
        guard let word = packed(index..<end), Self.nowWords.contains(word) else { return nil }
        return end == chars.count || !Self.isIgnoredAtBoundary(chars[end]) ? end : nil
    }

    private func isYear(at index: Int) -> Bool {
        let first = at(index), second = at(index + 1)
        return ((first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30))
            && Self.isDigit(at(index + 2)) && Self.isDigit(at(index + 3))
    }

    private func skippingSpaces(from index: Int) -> Int {
        var index = index
        while Self.isSpace(at(index)) { index += 1 }
        return index
    }

    /// Whether the ASCII letters of `word` (lower case) start at `index`, in any case.
    private func hasPrefix(_ word: [UInt32], at index: Int) -> Bool {
        word.indices.allSatisfy { Self.isASCIILetter(at(index + $0)) && at(index + $0) | 0x20 == word[$0] }
    }

    /// The code point at `index`, or `none` outside the line.
    private func at(_ index: Int) -> UInt32 { index >= 0 && index < chars.count ? chars[index] : Self.none }

    /// The ASCII letters of `range` lower-cased and packed seven bits each into one number, to be
    /// compared with the month names and words for "now" without making a string; nil when the
    /// range holds anything else or is too long to be one of them.
    private func packed(_ range: Range<Int>) -> UInt64? {
        guard (1...9).contains(range.count) else { return nil }
        var packed: UInt64 = 0
        for index in range {
            guard Self.isASCIILetter(chars[index]) else { return nil }
            packed = packed << 7 | UInt64(chars[index] | 0x20)
        }
        return packed
    }

    private static func packed(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 7 | UInt64($1) }
    }

    /// Code points `range` of the line, as text (a date is nearly always ASCII).
    private func text(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for value in chars[range] {
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else {
                    for byte in UTF8.encode(Unicode.Scalar(value)!)! {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    // MARK: - Characters as ICU reads them

    private static let none = UInt32.max
    private static let slash: UInt32 = 0x2F, dot: UInt32 = 0x2E, comma: UInt32 = 0x2C

    /// Dashes of the separator outside `CaseSafeScalars`: minus sign, small and full-width hyphen-minus.
    private static let otherDashes: Set<UInt32> = [0x2212, 0xFE63, 0xFF0D]

    /// The letters month names begin with, as bits from "a".
    private static let monthInitials: UInt32 = "jfmasond".utf8.reduce(0) { $0 | 1 << UInt32($1 - UInt8(ascii: "a")) }
    private static let monthNames: [UInt64] = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ].map(packed)
    /// The months' first three letters, January first.
    private static let monthPrefixes: [UInt64] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map(packed)
    private static let nowWords: [UInt64] = ["present", "current", "currently", "now", "today", "date", "ongoing"].map(packed)
    /// In the regex's order; none is a prefix of another that could follow it.
    private static let joiningWords: [[UInt32]] = ["to", "until", "till", "through", "thru"].map { $0.unicodeScalars.map(\.value) }

    private static func isDash(_ c: UInt32) -> Bool {
        c == 0x2D || (0x2010...0x2015).contains(c) || otherDashes.contains(c)
    }

    private static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) &- 0x61 < 26 && c < 0x80 }

    /// ICU's `\d` within the domain, where the only decimal digits are ASCII.
    private static func isDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    /// ICU's `\s`: Unicode white space.
    private static func isSpace(_ c: UInt32) -> Bool {
        c < 0x80 ? c == 0x20 || c == 0x09 : c != none && Unicode.Scalar(c)!.properties.isWhitespace
    }

    /// ICU's `\w`: alphabetic characters, marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
    private static func isWord(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILetter(c) || isDigit(c) || c == 0x5F }
        guard c != none, let scalar = Unicode.Scalar(c) else { return false }
        if scalar.properties.isAlphabetic || c == 0x200C || c == 0x200D { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// Characters ICU's `\b` looks through: format characters and grapheme extenders.
    private static func isIgnoredAtBoundary(_ c: UInt32) -> Bool {
        guard c >= 0x80, let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.generalCategory == .format || scalar.properties.isGraphemeExtend
    }
}
