import HireKitRoles

/// A line of a CV that shows a level of education.
public struct EducationFinding: Sendable, Equatable, Codable {
    public var level: EducationLevel
    public var line: Int
    public var text: String

    public init(level: EducationLevel, line: Int, text: String) {
        self.level = level; self.line = line; self.text = text
    }
}

/// Recognises education levels from the ways CVs name degrees.
///
/// Words that are also job titles or everyday English need context: "master" counts only as
/// "master's", "masters in", "master of…" (not "scrum master", "master data"), "associate" only as
/// a degree (not "sales associate"), and two-letter abbreviations (BA, BS, MA, MS) only when
/// followed by "in"/"of" or inside an education section, and never after a comma ("Boston, MA").
public enum EducationExtractor {
    /// Highest level first, so the first pattern that matches a line gives that line's level.
    static let patterns: [(EducationLevel, Pattern)] = [
        (.doctorate, Pattern(#"\b(?:ph\.?\s?d|d\.?phil|doctorate|doctoral|doctor of (?:philosophy|education|business|science|psychology|nursing)|ed\.d)\b"#)),
        (.master, Pattern(#"\bmaster(?:'s|s)?\s+(?:degree|of|in)\b(?!\s+ceremon)|\bmaster's\b|\b(?:mba|msc|mphil|meng|mbus)\b|\bm\.(?:sc|s|a|eng|ed|phil)\.?(?![a-z])|\b(?:ma|ms)\s+(?:in|of)\b"#)),
        (.bachelor, Pattern(#"\bbachelor(?:'s|s)?\b|\bundergraduate degree\b|\b(?:bsc|beng|bcom|bba|bfa)\b|\bb\.(?:sc|s|a|eng|com|ed|b\.a|f\.a)\.?(?![a-z])|\b(?:ba|bs)\s+(?:\(hons\)\s+)?(?:in|of)\b|\bba\s+\(hons\)"#)),
        (.associate, Pattern(#"\bassociate(?:'s|s)?\s+(?:degree|of\s+(?:arts|science|applied))\b|\bassociate's\b|\ba\.a\.s?\.?(?![a-z])|\ba\.s\.(?![a-z])|\b(?:aas|aa)\s+(?:in|degree)\b"#)),
        (.certificate, Pattern(#"\b(?:post-?secondary|vocational|technical|professional|college|trade)\s+certificate\b|\bcertificate\s+(?:in|of)\s+(?!completion)[a-z]|\bcertificate program|(?<!school\s)\bdiploma\s+(?:in|of)\s+[a-z]"#)),
        (.highSchool, Pattern(#"\bhigh[\s-]school\b|\bged\b|\bsecondary school\b|\bh\.s\.\s+diploma\b|\ba-levels?\b|\bgcses?\b|\bdiploma\b"#)),
    ]

    /// Undotted two-letter degrees, trusted only inside an education section.
    static let sectionOnly: [(EducationLevel, Pattern)] = [
        (.master, Pattern(#"(?<!,)(?<!,\s)\b(?:ma|ms|mba)\b(?!\s+(?:office|excel|word|outlook|teams|access|powerpoint|dynamics))"#)),
        (.bachelor, Pattern(#"(?<!,)(?<!,\s)\b(?:ba|bs|ab)\b"#)),
        (.associate, Pattern(#"(?<!,)(?<!,\s)\b(?:aa|aas)\b"#)),
    ]

    /// Per pattern above (same order), the literals one of its alternatives must start a word with
    /// (a trailing space: followed by white space): lines with none of them skip the regex (see
    /// `WordStartPrefilter`). As specific as the alternatives allow, since common words start with
    /// the short ones ("manager" with "ma", "phone" with "ph", "highly" with "high"); every
    /// alternative of the certificate pattern holds "certificate" or "diploma" at a word start.
    /// Kept next to the patterns because a new alternative needs its trigger here, or lines showing
    /// it would be skipped (`EducationExtractorTests` check the triggers against the patterns).
    static let triggers: [WordStartPrefilter] = [
        WordStartPrefilter(["ph.", "ph ", "phd", "dphil", "d.phil", "doctor", "ed.d"]),
        WordStartPrefilter(["master", "mba", "msc", "mphil", "meng", "mbus", "m.", "ma ", "ms "]),
        WordStartPrefilter(["bachelor", "undergraduate degree", "bsc", "beng", "bcom", "bba", "bfa", "b.", "ba ", "bs "]),
        WordStartPrefilter(["associate", "a.a", "a.s.", "aas ", "aa "]),
        WordStartPrefilter(["certificate", "diploma"]),
        WordStartPrefilter(["high ", "high-", "ged", "secondary school", "h.s.", "a-level", "gcse", "diploma"]),
    ]
    private static let sectionOnlyTriggers: [WordStartPrefilter] = [
        WordStartPrefilter(["ma", "ms", "mba"]),
        WordStartPrefilter(["ba", "bs", "ab"]),
        WordStartPrefilter(["aa", "aas"]),
    ]

    /// The education level each line shows, if any. `educationLines` are the line numbers inside
    /// education sections, where terse abbreviations are trusted.
    public static func findings(in lines: [(number: Int, text: String)], educationLines: Set<Int>) -> [EducationFinding] {
        LineBuffer(folding: LineBuffer(lines: lines.map(\.text))).withLines { folded in
            findings(in: PairedLines(lines: lines), inEducationSection: educationLines.contains) { position, _ in folded[position] }
        }
    }

    /// The same for any numbered lines, with whether a line number is inside an education section
    /// given by `inEducationSection`, and each line's normalised form (its bytes) by
    /// `normalized(position in lines, line number)`.
    static func findings<Lines: NumberedLines>(in lines: Lines, inEducationSection: (Int) -> Bool,
                                               normalized: (Int, Int) -> UnsafeBufferPointer<UInt8>) -> [EducationFinding] {
        var findings: [EducationFinding] = []
        for position in 0..<lines.count {
            let number = lines.number(at: position)
            guard let level = level(of: normalized(position, number), inSection: inEducationSection(number)) else { continue }
            findings.append(EducationFinding(level: level, line: number, text: lines.text(at: position).trimmingWhitespace))
        }
        return findings
    }

    /// The highest level `line` (normalised, its bytes) shows: found by `EducationScanner` on lines
    /// in its domain (nearly all), by the regular expressions on the others. `inSection`: the line
    /// is in an education section, where `sectionOnly` counts too.
    private static func level(of line: UnsafeBufferPointer<UInt8>, inSection: Bool) -> EducationLevel? {
        guard let found = ASCIIPatternLine.read(bytes: line, EducationScanner.patterns(in:)) else {
            return regexLevel(String(decoding: line, as: UTF8.self), inSection: inSection)
        }
        guard found != 0 else { return nil }
        var levels = patterns.indices.filter { found & (1 << $0) != 0 }.map { patterns[$0].0 }
        if inSection { levels += sectionOnly.indices.filter { found & (1 << (8 + $0)) != 0 }.map { sectionOnly[$0].0 } }
        return levels.max()
    }

    /// The highest level `line` shows, by the regular expressions behind their triggers.
    private static func regexLevel(_ line: String, inSection: Bool) -> EducationLevel? {
        let caseSafe = CaseSafeScalars.allNonASCIICaseSafe(line)
        var levels = patterns.indices.filter { triggers[$0].mayMatch(line, caseSafe: caseSafe) && patterns[$0].1.matches(line) }
            .map { patterns[$0].0 }
        if inSection {
            levels += sectionOnly.indices
                .filter { sectionOnlyTriggers[$0].mayMatch(line, caseSafe: caseSafe) && sectionOnly[$0].1.matches(line) }
                .map { sectionOnly[$0].0 }
        }
        return levels.max()
    }

    /// The highest level shown, the first line showing it winning ties.
    public static func highest(_ findings: [EducationFinding]) -> EducationFinding? {
        findings.reduce(nil) { best, finding in
            guard let best else { return finding }
            return finding.level > best.level ? finding : best
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace characters (as `Character.isWhitespace`).
    var trimmingWhitespace: String {
        // Fast path over UTF-8 bytes, taken when each end is ASCII whitespace next to a character
        // that cannot start or extend a whitespace grapheme; otherwise the Character-based path,
        // which gives the same answer far more slowly (it ran for every evidence line quoted).
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, Self.isASCIIWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, Self.isASCIIWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        guard start < end else { return "" }  // only ASCII whitespace
        if bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 { return slowTrimmingWhitespace }
        return start == bytes.startIndex && end == bytes.endIndex ? self : String(self[start..<end])
    }

    /// Character by Character from each end, stopping at the first that is not whitespace (the
    /// same graphemes `reversed()` would walk), rather than rebuilding the line from reversed
    /// Characters: that cost 300,000 instructions for a line ending in "\u{200B}".
    private var slowTrimmingWhitespace: String {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start {
            let last = index(before: end)
            guard self[last].isWhitespace else { break }
            end = last
        }
        return String(self[start..<end])
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
