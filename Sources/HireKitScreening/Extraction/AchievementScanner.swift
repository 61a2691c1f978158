/// `AchievementExtractor`'s patterns matched by hand on a line's bytes (`ASCIIPatternLine`:
/// printable ASCII and tabs; other lines go to the regular expressions).
///
/// The lines that reach these patterns hold a digit, and every pattern needs one, so the scanner
/// goes once over the line, trying at each digit the alternatives that start with a number and at
/// each word start those that start with a word. A number (`\d[\d,]*(?:\.\d+)?`) is always
/// followed in the patterns by white space, a letter or a sign, never by a digit, "," or ".", so
/// only its longest reading can match; other optional parts are tried each way.
/// `AchievementScannerEquivalenceTests` compare every pattern with its regex on random and real CV
/// lines.
enum AchievementScanner {
    /// Bit `n` set when `AchievementExtractor`'s pattern `n` matches the line.
    static func patterns(in line: ASCIIPatternLine) -> UInt8 {
        var found: UInt8 = 0
        // The ends of the runs of digits (`\d+`) and of digits and commas (`\d[\d,]*`) last read: from
        // any digit inside one, the patterns read the same number as from its first (not from a
        // digit after its decimal point: "98.6,pounds" holds the number "6,"), and where that
        // number ends (`(?:\.\d+)?` after the digits and commas).
        var digitsEnd = 0, commaRunEnd = 0, numberEnd = 0
        var afterWord = false
        // Every alternative that starts with a word needs a digit after it: none past the last.
        // Nor can one start after it (each needs a digit at or after its first byte), so the bytes
        // after the last digit (often most of a line: "2015 - Present  Customer Service …") are not read.
        var lastDigit = line.count - 1
        while lastDigit >= 0, !line.isDigit(lastDigit) { lastDigit -= 1 }
        for index in 0..<(lastDigit + 1) {
            let raw = line.bytes[index]
            let wordStart = !afterWord
            afterWord = ASCIIPatternLine.isWordByte(raw)
            if raw &- UInt8(ascii: "0") < 10 {
                if index >= digitsEnd {
                    digitsEnd = index + 1
                    while line.isDigit(digitsEnd) { digitsEnd += 1 }
                    if found & satisfaction == 0, satisfactionAfter(digitsEnd: digitsEnd, in: line) { found |= satisfaction }
                }
                if index >= commaRunEnd {
                    commaRunEnd = index + 1
                    while line.isDigit(commaRunEnd) || line.lower(commaRunEnd) == UInt8(ascii: ",") { commaRunEnd += 1 }
                    numberEnd = decimalEnd(from: commaRunEnd, in: line)
                    if found & percentage == 0, percentageAfter(numberEnd: numberEnd, in: line) { found |= percentage }
                }
                guard wordStart else { continue }
                if found & volume == 0, volumeAfter(numberEnd: numberEnd, in: line) { found |= volume }
                if found & money == 0, moneyAfter(numberEnd: numberEnd, in: line) { found |= money }
            } else if wordStart, afterWord {
                // Only where one of the words may start: a word start is compared with a few words, not all.
                guard index < lastDigit, wordStarts.mayStart(at: index, in: line) else { continue }
                switch raw | 0x20 {
                case UInt8(ascii: "c"), UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "q"):
                    if found & satisfaction == 0, wordThenDigit(scoreWords, within: 40, at: index, in: line) { found |= satisfaction }
                case UInt8(ascii: "a"), UInt8(ascii: "h"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    if found & responseTime == 0, wordThenDigit(timeWords, within: 30, at: index, in: line) { found |= responseTime }
                case UInt8(ascii: "w"):
                    if found & responseTime == 0,
                       wordThenDigit(timeWords, within: 30, at: index, in: line) || timeAfterLead(at: index, in: line) {
                        found |= responseTime
                    }
                case UInt8(ascii: "u"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "b"):
                    if found & responseTime == 0, timeAfterLead(at: index, in: line) { found |= responseTime }
                default:
                    break
                }
            } else if raw == UInt8(ascii: "$"), found & money == 0 {
                // [$€£¥]\s?\d…: the rest of the number is optional.
                let next = line.isSpace(index + 1) && line.isDigit(index + 2) ? index + 2 : index + 1
                if line.isDigit(next) { found |= money }
            }
        }
        return found
    }

    private static let satisfaction: UInt8 = 1 << 0, volume: UInt8 = 1 << 1, responseTime: UInt8 = 1 << 2
    private static let percentage: UInt8 = 1 << 3, money: UInt8 = 1 << 4

    private static let scoreWords: [StaticString] = ["csat", "nps", "net promoter", "satisfaction", "quality score", "qa score",
                                                     "quality assurance score"]
    private static let scoredWords: [StaticString] = ["csat", "nps", "satisfaction", "quality", "qa"]
    private static let volumeAdjectives: [StaticString] = ["inbound ", "outbound ", "daily ", "weekly "]
    private static let units: [StaticString] = [
        "calls", "tickets", "chats", "contacts", "customers", "clients", "guests", "patients", "members", "callers", "e-mails",
        "emails", "inquiries", "enquiries", "cases", "transactions", "requests", "orders", "interactions", "accounts", "visitors",
        "reservations", "bookings", "appointments",
    ]
    private static let perWords: [StaticString] = ["per", "a", "an", "each", "every", "/"]
    private static let periods: [StaticString] = ["day", "hour", "hr", "shift", "week", "month", "year"]
    private static let adverbs: [StaticString] = ["daily", "weekly", "hourly"]
    private static let timeLeads: [StaticString] = ["within", "under", "in under", "less than", "in less than", "below", "in"]
    /// The time units without their optional plural "s".
    private static let timeUnits: [StaticString] = ["second", "sec", "minute", "min", "hour", "hr", "day", "business day"]
    private static let timeWords: [StaticString] = ["aht", "handle time", "handling time", "response time", "resolution time",
                                                    "wait time", "hold time", "turnaround"]
    private static let currencies: [StaticString] = ["usd", "eur", "gbp", "dollars", "euros", "pounds"]
    /// The words tried at word starts, and the words that may follow a number of the volume pattern.
    private static let wordStarts = LiteralStarts(scoreWords, timeWords, timeLeads)
    private static let volumeStarts = LiteralStarts(units, volumeAdjectives)
    /// What may follow a number of the money pattern: a currency, or "k" before one.
    private static let moneyStarts = LiteralStarts(currencies, ["k"])

    /// The end of the longest `\d[\d,]*(?:\.\d+)?` from the digit at `start`.
    private static func numberEnd(from start: Int, in line: ASCIIPatternLine) -> Int {
        var end = start + 1
        while line.isDigit(end) || line.lower(end) == UInt8(ascii: ",") { end += 1 }
        return decimalEnd(from: end, in: line)
    }

    /// After digits ending at `end`: the end of `(?:\.\d+)?`, longest.
    private static func decimalEnd(from end: Int, in line: ASCIIPatternLine) -> Int {
        guard line.lower(end) == UInt8(ascii: "."), line.isDigit(end + 1) else { return end }
        var index = end + 2
        while line.isDigit(index) { index += 1 }
        return index
    }

    /// `[^.;]{0,limit}?\d` from `start`.
    private static func digit(within limit: Int, from start: Int, in line: ASCIIPatternLine) -> Bool {
        var index = start
        while index <= start + limit, index < line.count {
            if line.isDigit(index) { return true }
            if line.lower(index) == UInt8(ascii: ".") || line.lower(index) == UInt8(ascii: ";") { return false }
            index += 1
        }
        return false
    }

    /// A word of `words` followed by `\b` and `[^.;]{0,limit}?\d`, at the word start `start`.
    private static func wordThenDigit(_ words: [StaticString], within limit: Int, at start: Int, in line: ASCIIPatternLine) -> Bool {
        words.contains { word in
            guard let end = line.end(of: word, at: start), line.endsWord(end) else { return false }
            return digit(within: limit, from: end, in: line)
        }
    }

    /// \d+(?:\.\d+)?\s?(?:%|percent|/\s?(?:5|10|100))[^.;]{0,40}?\b(?:csat|nps|satisfaction|quality|qa)\b,
    /// from the end of the digits.
    private static func satisfactionAfter(digitsEnd: Int, in line: ASCIIPatternLine) -> Bool {
        var index = decimalEnd(from: digitsEnd, in: line)
        if line.isSpace(index) { index += 1 }
        switch line.lower(index) {
        case UInt8(ascii: "%"):
            return scoredWord(within: 40, from: index + 1, in: line)
        case UInt8(ascii: "p"):
            return line.end(of: "percent", at: index).map { scoredWord(within: 40, from: $0, in: line) } ?? false
        case UInt8(ascii: "/"):
            let scale = line.isSpace(index + 1) ? index + 2 : index + 1
            if line.lower(scale) == UInt8(ascii: "5") { return scoredWord(within: 40, from: scale + 1, in: line) }
            // "100" may be read as "10" or "100": the word may follow either.
            guard line.end(of: "10", at: scale) != nil else { return false }
            return scoredWord(within: 40, from: scale + 2, in: line)
                || (line.lower(scale + 2) == UInt8(ascii: "0") && scoredWord(within: 40, from: scale + 3, in: line))
        default:
            return false
        }
    }

    /// [^.;]{0,limit}?\b(?:csat|nps|satisfaction|quality|qa)\b from `start` (the words start with a letter).
    private static func scoredWord(within limit: Int, from start: Int, in line: ASCIIPatternLine) -> Bool {
        var index = start
        while index <= start + limit, index < line.count {
            if !line.isWord(index - 1), line.hasWord(scoredWords, at: index) { return true }
            if line.lower(index) == UInt8(ascii: ".") || line.lower(index) == UInt8(ascii: ";") { return false }
            index += 1
        }
        return false
    }

    /// \b<number>\s?\+?\s*(?:inbound |outbound |daily |weekly )?<units>\s*(?:(?:per|a|an|each|every|/)\s*<periods>\b|daily|weekly|hourly),
    /// from the end of the number.
    private static func volumeAfter(numberEnd number: Int, in line: ASCIIPatternLine) -> Bool {
        // \s?\+?\s*: a "+" after no white space or one, then any; a unit or an adjective starts with a letter.
        var word = line.skippingSpaces(from: number)
        if line.lower(word) == UInt8(ascii: "+"), word - number <= 1 { word = line.skippingSpaces(from: word + 1) }
        guard line.isLetter(word), volumeStarts.mayStart(at: word, in: line) else { return false }
        if unitThenPeriod(at: word, in: line) { return true }
        guard let adjective = line.end(ofAny: volumeAdjectives, at: word) else { return false }
        return unitThenPeriod(at: adjective, in: line)
    }

    /// <units>\s*(?:(?:per|a|an|each|every|/)\s*<periods>\b|daily|weekly|hourly) at `start`.
    private static func unitThenPeriod(at start: Int, in line: ASCIIPatternLine) -> Bool {
        units.contains { unit in
            guard let end = line.end(of: unit, at: start) else { return false }
            let next = line.skippingSpaces(from: end)
            if line.end(ofAny: adverbs, at: next) != nil { return true }
            return perWords.contains { per in
                guard let perEnd = line.end(of: per, at: next) else { return false }
                return line.hasWord(periods, at: line.skippingSpaces(from: perEnd))
            }
        }
    }

    /// \b(?:within|under|in under|…)\s+<number>\s*<time units>\b at the word start `start`.
    private static func timeAfterLead(at start: Int, in line: ASCIIPatternLine) -> Bool {
        timeLeads.contains { lead in
            guard let end = line.end(of: lead, at: start), line.isSpace(end) else { return false }
            let digits = line.skippingSpaces(from: end)
            guard line.isDigit(digits) else { return false }
            let unit = line.skippingSpaces(from: numberEnd(from: digits, in: line))
            return timeUnits.contains { literal in
                guard let end = line.end(of: literal, at: unit) else { return false }
                return line.endsWord(end) || (line.lower(end) == UInt8(ascii: "s") && line.endsWord(end + 1))
            }
        }
    }

    /// <number>\s?(?:%|percent\b), from the end of the number.
    private static func percentageAfter(numberEnd number: Int, in line: ASCIIPatternLine) -> Bool {
        let index = line.isSpace(number) ? number + 1 : number
        return line.lower(index) == UInt8(ascii: "%") || line.hasWord(["percent"], at: index)
    }

    /// \b<number>\s?(?:k\s?)?(?:usd|eur|gbp|dollars|euros|pounds)\b, from the end of the number.
    private static func moneyAfter(numberEnd number: Int, in line: ASCIIPatternLine) -> Bool {
        // Each blank is optional: every reading is tried.
        for space in number...(line.isSpace(number) ? number + 1 : number) {
            // Nearly every number is followed by neither a currency nor "k" ("2019 -", "5 years"):
            // turned away by two bytes before the six currencies are tried.
            guard moneyStarts.mayStart(at: space, in: line) else { continue }
            if line.hasWord(currencies, at: space) { return true }
            guard line.lower(space) == UInt8(ascii: "k") else { continue }
            if line.hasWord(currencies, at: space + 1) || (line.isSpace(space + 1) && line.hasWord(currencies, at: space + 2)) { return true }
        }
        return false
    }
}
