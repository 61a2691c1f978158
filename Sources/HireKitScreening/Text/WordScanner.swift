/// Finds the words of one normalised line as spans of its code points, without making a `String`
/// per word: the rules of `MatchNormalizer.words(inNormalizedLine:)` (letters and digits, kept
/// whole across meaningful joiners), and the phrase breaks between words.
///
/// Screening reads every word of every CV, and most of what splitting a line used to cost was a
/// `String` and a tuple per word; `CVAnalysis` looks each span's bytes up in the thread's
/// `WordTable` instead. `WordTable` scans non-ASCII lines here, over their decoded code points, and
/// reads ASCII lines with `ASCIIWords`, which follows the same rules over bytes;
/// `WordScannerEquivalenceTests` compare this scan with the `String`-per-word scanner it replaced
/// on thousands of random lines.
struct WordScanner {
    /// One word: code points `start..<end` of the line, and whether a phrase break (see
    /// `isPhraseBreak`, or a hyphen standing alone as a dash or bullet) comes between it and the
    /// word before.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var breakBefore: Bool
    }

    /// The words of the last line scanned.
    private(set) var spans: [Span] = []
    /// Whether a phrase break follows the last word of the last line scanned.
    private(set) var endsWithBreak = false

    /// Scans `chars`, the code points of a normalised line (its bytes when it is ASCII), replacing
    /// the spans of the line before. Generic so that each form of line gets its own specialised loop.
    mutating func scan<Line: RandomAccessCollection>(_ chars: Line) where Line.Index == Int, Line.Element: FixedWidthInteger {
        spans.removeAll(keepingCapacity: true)
        let count = chars.count
        var index = 0
        var sawBreak = false
        /// The code point at `i`, or `none` (no character) outside the line.
        func at(_ i: Int) -> UInt32 { i >= 0 && i < count ? UInt32(chars[chars.startIndex + i]) : Self.none }

        while index < count {
            let c = at(index)
            let startsWithDot = c == Self.dot && Self.isLetter(at(index + 1)) && (index == 0 || at(index - 1) == Self.space)
            guard Self.isWordCharacter(c) || startsWithDot else {
                if Self.isPhraseBreak(c) || (c == Self.hyphen && !Self.isWordCharacter(at(index - 1)) && !Self.isWordCharacter(at(index + 1))) {
                    sawBreak = true
                }
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < count {
                let c = at(index)
                if Self.isWordCharacter(c) { index += 1; continue }
                let before = at(index - 1), after = at(index + 1)
                let joins: Bool
                switch c {
                case Self.hyphen, Self.apostrophe, Self.ampersand: joins = Self.isLetter(before) && Self.isLetter(after)
                case Self.slash: joins = Self.isDigit(before) && Self.isDigit(after)
                case Self.dot: joins = Self.isWordCharacter(before) && Self.isWordCharacter(after)
                default: joins = false
                }
                guard joins else { break }
                index += 1
            }
            // Trailing "+"/"#" only when the run ends there ("c++" but not "a+b"); "%" after digits.
            var end = index
            while end < count, at(end) == Self.plus || at(end) == Self.hash { end += 1 }
            if end > index, !Self.isWordCharacter(at(end)) { index = end }
            if Self.isDigit(at(index - 1)), at(index) == Self.percent { index += 1 }
            spans.append(Span(start: start, end: index, breakBefore: sawBreak))
            sawBreak = false
        }
        endsWithBreak = sawBreak
    }

    /// Characters no phrase runs across: sentence and clause ends, list separators and bullets. A
    /// role's phrases cannot contain them (a YAML list splits at commas), so "accurate." at the end
    /// of one sentence and "Recorded…" at the start of the next are not "accurate records".
    /// Asked of every character between words, so a `switch` rather than a hashed set.
    private static func isPhraseBreak(_ code: UInt32) -> Bool {
        switch code {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x7C, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: true  // .,;:!?|()[]{}
        case 0x2022, 0x00B7, 0x25CF, 0x25AA, 0x25E6: true  // bullets and middle dot
        default: false
        }
    }

    private static let none = UInt32.max
    private static let dot = UInt32(UInt8(ascii: ".")), space = UInt32(UInt8(ascii: " "))
    private static let hyphen = UInt32(UInt8(ascii: "-")), apostrophe = UInt32(UInt8(ascii: "'"))
    private static let ampersand = UInt32(UInt8(ascii: "&")), slash = UInt32(UInt8(ascii: "/"))
    private static let plus = UInt32(UInt8(ascii: "+")), hash = UInt32(UInt8(ascii: "#")), percent = UInt32(UInt8(ascii: "%"))

    // Letters and digits of ASCII are told apart without Unicode's property tables, which the
    // scan of every line of every CV used to spend most of its time in.
    private static func isWordCharacter(_ code: UInt32) -> Bool {
        code < 0x80 ? isASCIILetter(code) || isASCIIDigit(code) : MatchNormalizer.isWordCharacter(Unicode.Scalar(code))
    }

    private static func isLetter(_ code: UInt32) -> Bool {
        code < 0x80 ? isASCIILetter(code) : MatchNormalizer.isLetter(Unicode.Scalar(code))
    }

    private static func isDigit(_ code: UInt32) -> Bool {
        code < 0x80 ? isASCIIDigit(code) : MatchNormalizer.isDigit(Unicode.Scalar(code))
    }

    private static func isASCIILetter(_ code: UInt32) -> Bool { (code | 0x20) &- 0x61 < 26 }
    private static func isASCIIDigit(_ code: UInt32) -> Bool { code &- 0x30 < 10 }
}
