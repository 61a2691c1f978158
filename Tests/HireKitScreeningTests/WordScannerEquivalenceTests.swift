import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Reading words over bytes")
struct WordScannerEquivalenceTests {
    /// Pieces of lines: words, every joiner and phrase break, digits, bullets, and non-ASCII letters,
    /// marks and digits, so that random lines exercise every rule of the scanner on both paths.
    private static let pieces = [
        "call", "calls", "center", "e-mail", "customer's", "r&d", "24/7", "node.js", "3.5", ".net", "c++", "c#", "80+",
        "96%", "a", "b", "x", "9", "0", " ", "  ", "\t", ".", ",", ";", ":", "!", "?", "|", "(", ")", "[", "]", "{",
        "}", "-", " - ", "'", "&", "/", "+", "#", "%", "\u{2022}", "\u{00B7}", "\u{25CF}", "\u{25E6}", "\u{2014}",
        "caf\u{E9}", "stra\u{DF}e", "\u{3A9}mega", "e\u{301}", "\u{661}\u{662}", "\u{FF11}", "\u{1F4DE}",
        "na\u{EF}ve", "\u{5317}\u{4EAC}", "i1\u{2044}4", "no", "not", "never", "don't", "none",
        "nor", "nos", "n", "cannot", "won't", "lack", "lacks", "notes", "neve",
    ]

    private static func randomLine(using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Random lines split into the same words, with the same phrase breaks, as the scanner that
    /// made a `String` per word.
    @Test func randomLinesSplitAsTheStringScannerSplitThem() {
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<5_000 {
            let line = Self.randomLine(using: &generator)
            let scanned = MatchNormalizer.scan(normalizedLine: line), reference = StringWordScanner.scan(normalizedLine: line)
            #expect(scanned.words.map(\.text) == reference.words.map(\.text), "\(line.unicodeScalars.map(\.value))")
            #expect(scanned.words.map(\.breakBefore) == reference.words.map(\.breakBefore), "\(line.unicodeScalars.map(\.value))")
            #expect(scanned.endsWithBreak == reference.endsWithBreak, "\(line.unicodeScalars.map(\.value))")
        }
    }

    /// ASCII pieces of lines: words, every joiner and phrase break, digits, and bytes the rules
    /// treat as nothing in particular (NUL, a tab, "@", "_", "~"), next to one another and at both
    /// ends of a line.
    private static let asciiPieces = [
        "call", "e-mail", "customer's", "r&d", "24/7", "node.js", "3.5", ".net", "c++", "c#", "80+", "96%", "a", "Z",
        "9", "0", " ", " ", "\t", ".", ",", ";", ":", "!", "?", "|", "(", ")", "[", "]", "{", "}", "-", " - ", "'",
        "&", "/", "+", "#", "%", "\u{0}", "@", "_", "~", "\\", "`", "^", "=", "*", ">", "<", "$",
    ]

    /// ASCII lines read word by word over bytes (`ASCIIWords`) give the spans and phrase breaks of
    /// the generic scan, on random lines, the repository's text CVs and, when present, every line of the eval corpus.
    @Test func asciiWordsGiveTheSpansOfTheGenericScan() {
        var generator = SeededGenerator(seed: 24)
        let random = (0..<20_000).map { _ in
            (0..<Int.random(in: 0...16, using: &generator)).map { _ in Self.asciiPieces.randomElement(using: &generator)! }.joined()
        }
        let real = (RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : []))
            .filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        var generic = WordScanner()
        var mismatches = 0
        for line in random + real {
            let bytes = Array(line.utf8)
            let (spans, endsWithBreak) = bytes.withUnsafeBufferPointer { bytes in
                var reader = ASCIIWords(bytes)
                var spans: [WordScanner.Span] = []
                while let span = reader.next() { spans.append(span) }
                return (spans, reader.endsWithBreak)
            }
            generic.scan(bytes)
            if spans != generic.spans || endsWithBreak != generic.endsWithBreak {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(bytes)") }
            }
        }
        #expect(mismatches == 0)
        #expect(real.count > 100)
    }

    /// Random texts, read one after another by one table (so most words are found, not added),
    /// give the tokens `MatchNormalizer.tokenize` gives (the words' texts as the table recorded
    /// them, and their lines and breaks), the keys `MatchKey` gives them, and the negation
    /// `Negation.negatedTokens` finds among them.
    @Test func wordTableGivesTheTokensAndKeysOfTheStringPath() {
        var generator = SeededGenerator(seed: 22)
        var table = WordTable()
        table.recordsWords = true
        let stemmer = Stemmer()
        var negatedCount = 0
        for _ in 0..<2_000 {
            let lines = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.randomLine(using: &generator) }
            let read = table.tokens(ofNormalizedLines: lines)
            let tokens = StringWordScanner.tokenize(normalizedLines: lines)
            let keys = InternedKeys(tokens.map { MatchKey.key(for: $0.text, stemmer: stemmer) })
            let negated = Negation.negatedTokens(tokens, normalizedLines: lines)
            negatedCount += negated.filter { $0 }.count
            #expect(table.recordedWords.map(table.text(ofWord:)) == tokens.map(\.text), "\(lines)")
            #expect(read.places == zip(tokens, negated).map { TokenPlace(line: $0.line, breakBefore: $0.breakBefore, negated: $1) },
                    "\(lines)")
            #expect(read.keys.distinct == keys.distinct, "\(lines)")
            #expect(read.keys.ids == keys.ids, "\(lines)")
        }
        #expect(negatedCount > 100)
    }

    /// A table that fills up starts again between CVs and still reads every CV correctly.
    @Test func fullTableStartsAgainAndReadsTheSame() {
        var generator = SeededGenerator(seed: 23)
        var table = WordTable(capacity: 20)
        table.recordsWords = true
        let stemmer = Stemmer()
        for _ in 0..<300 {
            let lines = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Self.randomLine(using: &generator) }
            let read = table.tokens(ofNormalizedLines: lines)
            let tokens = StringWordScanner.tokenize(normalizedLines: lines)
            let keys = InternedKeys(tokens.map { MatchKey.key(for: $0.text, stemmer: stemmer) })
            #expect(table.recordedWords.map(table.text(ofWord:)) == tokens.map(\.text), "\(lines)")
            #expect(read.places.map(\.line) == tokens.map(\.line), "\(lines)")
            #expect(read.places.map(\.breakBefore) == tokens.map(\.breakBefore), "\(lines)")
            #expect(read.keys.distinct == keys.distinct, "\(lines)")
            #expect(read.keys.ids == keys.ids, "\(lines)")
        }
    }
}

/// The reference: splitting lines into words as `MatchNormalizer` did before `WordScanner`, with
/// a `String` per word.
private enum StringWordScanner {
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
