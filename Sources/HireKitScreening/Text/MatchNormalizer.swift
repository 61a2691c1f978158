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
            // memchr finds each "\n" (one line of a CV is tens of bytes, read at once).
            while start < bytes.count, let found = memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                let index = start + (UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress! + start))
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
    static func onlyLineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every break but "\n" holds one of six bytes that are rare in text (0x85, 0xA8 and 0xA9
        // also continue other characters): a text with none of them, found by `memchr` a vector at
        // a time, has no other break; one with any is read byte by byte.
        guard let base = bytes.baseAddress else { return true }
        func holds(_ byte: UInt8) -> Bool { memchr(base, Int32(byte), bytes.count) != nil }
        guard holds(0x0D) || holds(0x0B) || holds(0x0C) || holds(0x85) || holds(0xA8) || holds(0xA9) else { return true }
        return onlyLineFeedsByBytes(bytes)
    }

    /// `onlyLineFeeds` read word by word and byte by byte (`LineBufferTests` compare both with the
    /// `Character` test).
    static func onlyLineFeedsByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        func onlyLineFeeds(_ indices: Range<Int>) -> Bool {
            for index in indices {
                let byte = bytes[index]
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
        guard let base = bytes.baseAddress else { return true }
        // Eight bytes at a time: a word with no byte below 0x0E and none with the high bit set (most
        // of a text) holds no break and no part of one, and is passed over, keeping its last two
        // bytes as the ones before the next; other words are read byte by byte.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var start = 0
        while start + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
            if (word & highs) | ((word &- ones &* 0x0E) & ~word & highs) != 0 {
                guard onlyLineFeeds(start..<(start + 8)) else { return false }
            } else {
                beforePrevious = bytes[start + 6]
                previous = bytes[start + 7]
            }
            start += 8
        }
        return onlyLineFeeds(start..<bytes.count)
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

    /// The words of a line (see `words(inNormalizedLine:)`), each marked when a phrase break comes
    /// between it and the word before (see `WordScanner`); and whether one follows the last word.
    static func scan(normalizedLine line: String) -> (words: [(text: String, breakBefore: Bool)], endsWithBreak: Bool) {
        var scanner = WordScanner()
        let bytes = Array(line.utf8)
        let words: [(text: String, breakBefore: Bool)]
        if bytes.allSatisfy({ $0 < 0x80 }) {
            scanner.scan(bytes)
            words = scanner.spans.map { (String(decoding: bytes[$0.start..<$0.end], as: UTF8.self), $0.breakBefore) }
        } else {
            let chars = line.unicodeScalars.map(\.value)
            scanner.scan(chars)
            words = scanner.spans.map {
                (String(String.UnicodeScalarView(chars[$0.start..<$0.end].map { Unicode.Scalar($0)! })), $0.breakBefore)
            }
        }
        return (words, scanner.endsWithBreak)
    }

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
