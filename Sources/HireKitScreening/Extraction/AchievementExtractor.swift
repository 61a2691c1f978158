/// What a quantified achievement measures.
public enum AchievementKind: String, Sendable, Codable, CaseIterable {
    /// CSAT, NPS, quality or satisfaction scores.
    case satisfaction
    /// Calls, tickets, chats or customers per day/hour/shift.
    case volume
    /// Response, handle or resolution times.
    case responseTime
    case percentage
    case money
}

/// A CV line with numbers that show results, which recruiters weigh above adjectives.
public struct Achievement: Sendable, Equatable, Codable {
    public var line: Int
    public var text: String
    public var kinds: [AchievementKind]

    public init(line: Int, text: String, kinds: [AchievementKind]) {
        self.line = line; self.text = text; self.kinds = kinds
    }
}

public enum AchievementExtractor {
    private static let number = #"\d[\d,]*(?:\.\d+)?"#
    private static let units = #"(?:calls|tickets|chats|contacts|customers|clients|guests|patients|members|callers|e-?mails|inquiries|enquiries|cases|transactions|requests|orders|interactions|accounts|visitors|reservations|bookings|appointments)"#
    private static let periods = #"(?:day|hour|hr|shift|week|month|year)"#
    private static let timeUnits = #"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|business days?)"#

    static let patterns: [(AchievementKind, Pattern)] = [
        (.satisfaction, Pattern(#"\b(?:csat|nps|net promoter|satisfaction|quality score|qa score|quality assurance score)\b[^.;]{0,40}?\d|\d+(?:\.\d+)?\s?(?:%|percent|/\s?(?:5|10|100))[^.;]{0,40}?\b(?:csat|nps|satisfaction|quality|qa)\b"#)),
        (.volume, Pattern(#"\b"# + number + #"\s?\+?\s*(?:inbound |outbound |daily |weekly )?"# + units + #"\s*(?:(?:per|a|an|each|every|/)\s*"# + periods + #"\b|daily|weekly|hourly)"#)),
        (.responseTime, Pattern(#"\b(?:within|under|in under|less than|in less than|below|in)\s+"# + number + #"\s*"# + timeUnits + #"\b|\b(?:aht|handle time|handling time|response time|resolution time|wait time|hold time|turnaround)\b[^.;]{0,30}?\d"#)),
        (.percentage, Pattern(number + #"\s?(?:%|percent\b)"#)),
        (.money, Pattern(#"[$€£¥]\s?"# + number + #"|\b"# + number + #"\s?(?:k\s?)?(?:usd|eur|gbp|dollars|euros|pounds)\b"#)),
    ]

    /// For each pattern (same order), words at least one of which every match contains. A line with
    /// none of them, and no non-ASCII character outside `CaseSafeScalars` (which ICU's case-insensitive
    /// matching might read as ASCII letters), cannot match, and is not given to the (much slower)
    /// regular expression.
    static let needles: [[[UInt8]]] = [
        ["csat", "nps", "net promoter", "satisfaction", "quality", "qa"],
        ["calls", "tickets", "chats", "contacts", "customers", "clients", "guests", "patients", "members", "callers",
         "mails", "inquiries", "enquiries", "cases", "transactions", "requests", "orders", "interactions", "accounts",
         "visitors", "reservations", "bookings", "appointments"],
        ["sec", "min", "hour", "hr", "day", "aht", "handle time", "handling time", "response time", "resolution time",
         "wait time", "hold time", "turnaround"],
        ["%", "percent"],
        ["$", "€", "£", "¥", "usd", "eur", "gbp", "dollars", "euros", "pounds"],
    ].map { $0.map { Array($0.utf8) } }

    /// Lines with at least one quantified result, in order.
    public static func achievements(in lines: [(number: Int, text: String)]) -> [Achievement] {
        LineBuffer(folding: LineBuffer(lines: lines.map(\.text))).withLines { folded in
            achievements(in: PairedLines(lines: lines)) { position, _ in folded[position] }
        }
    }

    /// The same for any numbered lines, with each line's normalised form (its bytes) given by
    /// `normalized(position in lines, line number)` (a CV's lines are folded once and shared by
    /// every extractor).
    static func achievements<Lines: NumberedLines>(in lines: Lines,
                                                   normalized: (Int, Int) -> UnsafeBufferPointer<UInt8>) -> [Achievement] {
        var achievements: [Achievement] = []
        for position in 0..<lines.count {
            // Every pattern needs a digit: most lines have none and skip the regular expressions.
            guard lines.withBytes(at: position, mayHoldDigit(bytes:)) else { continue }
            let number = lines.number(at: position)
            let kinds = kinds(in: normalized(position, number))
            if !kinds.isEmpty { achievements.append(Achievement(line: number, text: lines.text(at: position).trimmingWhitespace, kinds: kinds)) }
        }
        return achievements
    }

    /// What `line` (normalised, its bytes) shows, in the patterns' order: found by
    /// `AchievementScanner` on lines in its domain (nearly all), by the regular expressions on the
    /// others.
    private static func kinds(in line: UnsafeBufferPointer<UInt8>) -> [AchievementKind] {
        // Every pattern needs a digit, which on a line of ASCII and case-safe characters can only
        // be an ASCII one: most lines here have a bullet or mojibake and none, and skip the scanner.
        guard line.contains(where: isDigit) else {
            return CaseSafeScalars.allNonASCIICaseSafe(bytes: line) ? [] : regexKinds(in: String(decoding: line, as: UTF8.self))
        }
        guard let found = ASCIIPatternLine.read(bytes: line, AchievementScanner.patterns(in:)) else {
            return regexKinds(in: String(decoding: line, as: UTF8.self))
        }
        return found == 0 ? [] : patterns.indices.filter { found & (1 << $0) != 0 }.map { patterns[$0].0 }
    }

    /// What `line` shows, by the regular expressions behind their needles.
    private static func regexKinds(in line: String) -> [AchievementKind] {
        // Normalising turns mojibake into digits and back ("ï¼" → "i1⁄4"): only the line the
        // patterns read tells whether it has a digit.
        let caseSafe = CaseSafeScalars.allNonASCIICaseSafe(line)
        guard !caseSafe || line.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isDigit) }) ?? true else { return [] }
        let present = caseSafe ? patternsWithNeedle(in: line) : Array(repeating: true, count: patterns.count)
        return patterns.indices
            .filter { present[$0] && patterns[$0].1.matches(line) }
            .map { patterns[$0].0 }
    }

    /// False only when `text` certainly has no decimal digit: `\d` also matches non-ASCII digits, so
    /// any non-ASCII byte counts as a possible digit.
    static func mayHoldDigit(_ text: String) -> Bool {
        let mayHold = { (byte: UInt8) in byte >= 0x80 || isDigit(byte) }
        return text.utf8.withContiguousStorageIfAvailable(mayHoldDigit(bytes:)) ?? text.utf8.contains(where: mayHold)
    }

    /// `mayHoldDigit` over a line's bytes eight at a time: every line of every CV is asked, and
    /// byte by byte this cost about ten instructions a byte. In a word with no high bit set, adding
    /// 0x50 to each byte sets its high bit exactly when the byte is at least "0" (0x30), and adding
    /// 0x46 when it is past "9" (0x39); neither sum carries into the next byte.
    /// `AchievementNeedlesTests` compare it with the byte-by-byte test.
    static func mayHoldDigit(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highs != 0 || (word &+ ones &* 0x50) & ~(word &+ ones &* 0x46) & highs != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 || isDigit(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Every needle's bytes, one after another, in order of first byte: needle `n` is
    /// `needleBytes[needleStarts[n]..<needleStarts[n + 1]]`, for pattern `needlePatterns[n]`, and the
    /// needles starting with byte `b` are `firstByteStarts[b]..<firstByteStarts[b + 1]`. Flat arrays
    /// read through pointers: an array of (pattern, needle array) tuples per byte cost a retain and
    /// a release of each needle compared.
    private static let needleTable: (bytes: [UInt8], starts: [Int], patterns: [Int], firstByteStarts: [Int]) = {
        let all = needles.enumerated().flatMap { pattern, words in words.map { (pattern: pattern, bytes: $0) } }
            .sorted { $0.bytes[0] < $1.bytes[0] }
        var bytes: [UInt8] = [], starts = [0], firstByteStarts = Array(repeating: 0, count: 257)
        for needle in all {
            bytes += needle.bytes
            starts.append(bytes.count)
            firstByteStarts[Int(needle.bytes[0]) + 1] += 1
        }
        for byte in 1...256 { firstByteStarts[byte] += firstByteStarts[byte - 1] }
        return (bytes, starts, all.map(\.pattern), firstByteStarts)
    }()

    /// For each pattern, whether `line` contains one of its needles: one pass over the bytes for all
    /// patterns, comparing only needles that start with the byte at hand.
    static func patternsWithNeedle(in line: String) -> [Bool] {
        var present = Array(repeating: false, count: patterns.count)
        var line = line
        let table = needleTable
        line.withUTF8 { bytes in
            table.bytes.withUnsafeBufferPointer { needleBytes in
                table.starts.withUnsafeBufferPointer { starts in
                    for start in bytes.indices {
                        let first = Int(bytes[start])
                        for needle in table.firstByteStarts[first]..<table.firstByteStarts[first + 1] {
                            let pattern = table.patterns[needle]
                            let from = starts[needle], count = starts[needle + 1] - from
                            guard !present[pattern], start + count <= bytes.count else { continue }
                            var index = 1
                            while index < count, bytes[start + index] == needleBytes[from + index] { index += 1 }
                            if index == count { present[pattern] = true }
                        }
                    }
                }
            }
        }
        return present
    }
}
