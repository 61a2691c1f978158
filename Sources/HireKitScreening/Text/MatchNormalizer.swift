import Foundation

/// Puts CV and role text into the form it is *matched* in, and splits it into lines and word tokens.
///
/// CVs arrive from PDF and Word extraction full of typographic variants (ligatures, curly quotes,
/// en dashes, accents); folding them away here (NFKC, case, diacritics) means every later stage
/// compares like with like. Line *n* of the result is always line *n* of the input, so evidence
/// quotes the original line. HireKitCV's `LayoutNormalizer` runs first, when a CV is read: it only
/// tidies line breaks and blanks and keeps characters as written.
public enum MatchNormalizer {
    /// Normalises `text` line by line, so line *n* of the result is line *n* of the input.
    public static func normalize(_ text: String) -> String {
        lines(of: text).map(normalizeLine).joined(separator: "\n")
    }

    /// Splits on any line break (`\n`, `\r\n`, `\r`, form feed between PDF pages, U+2028…).
    /// Every stage numbers lines through this one function, so line numbers always agree.
    public static func lines(of text: String) -> [String] {
        // Text from HireKitCV has only "\n" line breaks: splitting its bytes gives the same lines as
        // the Character-based split below, which costs a grapheme-break check per character.
        // Both passes work on the contiguous bytes rather than through String.UTF8View's indices.
        var text = text
        let byLineFeed = text.withUTF8 { bytes -> [String]? in
            guard onlyLineFeeds(bytes) else { return nil }
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
        return byLineFeed ?? text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// True when the only line break in `bytes` (UTF-8) is "\n": no "\r", vertical tab, form feed,
    /// U+0085 (C2 85), U+2028 or U+2029 (E2 80 A8/A9). A line feed is always a grapheme of its own.
    private static func onlyLineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x0B, 0x0C, 0x0D: return false
            case 0x85 where previous == 0xC2: return false
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2: return false
            case 0xA9 where previous == 0x80 && beforePrevious == 0xE2: return false
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    /// Normalises a single line: NFKC, dash and quote variants, case folding, diacritics stripped.
    public static func normalizeLine(_ line: String) -> String {
        // Most CV lines are ASCII, and most of the rest hold only Latin-1 and Windows-1252 characters
        // (often mojibake: "ï¼", "Â"): those are folded a character at a time from a table, giving
        // the same result as the Foundation path below, which took most of the time spent here.
        CommonScalarFolding.normalizedLine(line) ?? foldedByFoundation(line)
    }

    /// `normalizeLine` through Foundation's NFKC and folding: for any text. `CommonScalarFolding`
    /// builds its table from it, so that both paths always agree.
    static func foldedByFoundation(_ line: String) -> String {
        // NFKC first: it turns ligatures (ﬁ → fi), full-width forms and non-breaking spaces
        // into their plain equivalents before anything compares characters.
        let compatible = line.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            switch punctuationClass(of: scalar) {
            case .dash: scalars.append("-")
            case .singleQuote: scalars.append("'")
            case .doubleQuote: scalars.append("\"")
            case .space: scalars.append(" ")
            case .invisible: continue
            case .other: scalars.append(scalar)
            }
        }
        let folded = String(scalars).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Letters that are not "letter + accent" in Unicode, so diacritic folding leaves them alone.
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        for character in folded {
            switch character {
            case "ø": result.append("o")
            case "æ": result.append("ae")
            case "œ": result.append("oe")
            case "ł": result.append("l")
            case "đ", "ð": result.append("d")
            case "þ": result.append("th")
            case "ı": result.append("i")
            case "ß": result.append("ss")
            default: result.append(character)
            }
        }
        return result
    }

    private enum PunctuationClass { case dash, singleQuote, doubleQuote, space, invisible, other }

    private static func punctuationClass(of scalar: Unicode.Scalar) -> PunctuationClass {
        switch scalar.value {
        case 0x2212, 0x2043, 0xFE63, 0xFF0D: return .dash  // minus sign, hyphen bullet, small/full-width hyphen-minus
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x0060, 0x00B4, 0x02BC: return .singleQuote
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB: return .doubleQuote
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .invisible  // soft hyphen, zero-width marks
        case 0x0009: return .space
        default:
            return scalar.properties.generalCategory == .dashPunctuation ? .dash : .other
        }
    }

    /// Normalises `text` and splits it into word tokens numbered by line (1-based).
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(normalizedLines: lines(of: text).map(normalizeLine))
    }

    /// The same for a text already split into lines and normalised. A line break is a phrase
    /// break when the line before ends a sentence or clause, or is blank: a line that simply wraps
    /// ("customer" / "service") is not.
    static func tokenize(normalizedLines: [String]) -> [Token] {
        var tokens: [Token] = []
        var lineEndsClause = false
        for (index, line) in normalizedLines.enumerated() {
            let scanned = scan(normalizedLine: line)
            for (offset, word) in scanned.words.enumerated() {
                let breaks = !tokens.isEmpty && (word.breakBefore || (offset == 0 && lineEndsClause))
                tokens.append(Token(text: word.text, line: index + 1, breakBefore: breaks))
            }
            lineEndsClause = scanned.words.isEmpty || scanned.endsWithBreak
        }
        return tokens
    }

    /// Splits one already-normalised line into words.
    ///
    /// A word is a run of letters and digits, kept whole across the joiners that carry meaning in
    /// CVs: hyphens and apostrophes between letters ("e-mail", "customer's"), a slash between digits
    /// ("24/7"), an ampersand between letters ("r&d"), a dot inside a name or number ("node.js", "3.5"),
    /// a leading dot (".net") and trailing "+", "#" or "%" ("c++", "c#", "80+", "96%").
    public static func words(inNormalizedLine line: String) -> [String] {
        scan(normalizedLine: line).words.map(\.text)
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

    /// The words of a line (see `words(inNormalizedLine:)`), each marked when a phrase break (see
    /// `isPhraseBreak`, or a hyphen standing alone as a dash or bullet) comes between it and the word
    /// before; and whether one follows the last word.
    static func scan(normalizedLine line: String) -> (words: [(text: String, breakBefore: Bool)], endsWithBreak: Bool) {
        // Scanned as code points. Most CV lines are ASCII: their bytes are their code points, and
        // letters and digits are told apart without Unicode's property tables (which this loop,
        // run for every line of every CV, used to spend most of its time in).
        let bytes = Array(line.utf8)
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        let chars: [UInt32] = ascii ? bytes.map(UInt32.init) : line.unicodeScalars.map(\.value)
        var words: [(text: String, breakBefore: Bool)] = []
        words.reserveCapacity(chars.count / 4)  // one growth instead of several for most lines
        var index = 0
        var sawBreak = false
        /// The code point at `i`, or `none` (no character) outside the line.
        func at(_ i: Int) -> UInt32 { i >= 0 && i < chars.count ? chars[i] : none }

        while index < chars.count {
            let startsWithDot = chars[index] == dot && isLetter(at(index + 1))
                && (index == 0 || chars[index - 1] == space)
            guard isWordCharacter(chars[index]) || startsWithDot else {
                let c = chars[index]
                if isPhraseBreak(c) || (c == hyphen && !isWordCharacter(at(index - 1)) && !isWordCharacter(at(index + 1))) {
                    sawBreak = true
                }
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < chars.count {
                let c = chars[index]
                if isWordCharacter(c) { index += 1; continue }
                let before = at(index - 1), after = at(index + 1)
                let joins: Bool
                switch c {
                case hyphen, apostrophe, ampersand: joins = isLetter(before) && isLetter(after)
                case slash: joins = isDigit(before) && isDigit(after)
                case dot: joins = isWordCharacter(before) && isWordCharacter(after)
                default: joins = false
                }
                guard joins else { break }
                index += 1
            }
            // Trailing "+"/"#" only when the run ends there ("c++" but not "a+b"); "%" after digits.
            var end = index
            while end < chars.count, chars[end] == plus || chars[end] == hash { end += 1 }
            if end > index, !isWordCharacter(at(end)) { index = end }
            if isDigit(chars[index - 1]), at(index) == percent { index += 1 }
            words.append((ascii ? String(decoding: bytes[start..<index], as: UTF8.self)
                                : String(String.UnicodeScalarView(chars[start..<index].map { Unicode.Scalar($0)! })),
                          sawBreak))
            sawBreak = false
        }
        return (words, sawBreak)
    }

    private static let none = UInt32.max
    private static let dot = UInt32(UInt8(ascii: ".")), space = UInt32(UInt8(ascii: " "))
    private static let hyphen = UInt32(UInt8(ascii: "-")), apostrophe = UInt32(UInt8(ascii: "'"))
    private static let ampersand = UInt32(UInt8(ascii: "&")), slash = UInt32(UInt8(ascii: "/"))
    private static let plus = UInt32(UInt8(ascii: "+")), hash = UInt32(UInt8(ascii: "#")), percent = UInt32(UInt8(ascii: "%"))

    private static func isWordCharacter(_ code: UInt32) -> Bool {
        code < 0x80 ? isASCIILetter(code) || isASCIIDigit(code) : isWordCharacter(Unicode.Scalar(code))
    }

    private static func isLetter(_ code: UInt32) -> Bool {
        code < 0x80 ? isASCIILetter(code) : isLetter(Unicode.Scalar(code))
    }

    private static func isDigit(_ code: UInt32) -> Bool {
        code < 0x80 ? isASCIIDigit(code) : isDigit(Unicode.Scalar(code))
    }

    private static func isASCIILetter(_ code: UInt32) -> Bool { (code | 0x20) &- 0x61 < 26 }
    private static func isASCIIDigit(_ code: UInt32) -> Bool { code &- 0x30 < 10 }

    static func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
