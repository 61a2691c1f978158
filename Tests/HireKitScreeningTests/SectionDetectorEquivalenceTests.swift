import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Section headings read over bytes")
struct SectionDetectorEquivalenceTests {
    /// Pieces of ASCII lines: heading words and near misses, single letters, "&", colons, bullets,
    /// blanks, punctuation, and a long run that takes a line past 60 characters.
    private static let pieces = [
        "skills", "work", "experience", "history", "education", "and", "&", "training", "summary", "professional",
        "key", "core", "competencies", "contact", "information", "references", "s", "k", "i", "l", "e", "x", "p",
        "customer", "service", "agent", "crm", "zendesk", " ", "  ", "\t", ":", ": ", "-", "*", ">", ",", ".", "(", ")",
        "1", "2019", "/", "a very long line of text that goes on and on about nothing in particular",
        // First words one letter off a heading's, of the same length, and lines with "\r".
        "skulls", "worm", "educatiom", "sunmary", "kez", "\r", "\r\n",
    ]

    /// Random ASCII lines get the heading (kind, and whether content follows it) the general path gives.
    @Test func randomASCIILinesGetTheHeadingsOfTheGeneralPath() {
        var generator = SeededGenerator(seed: 41)
        var headings = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...7, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let found = SectionDetector.heading(normalizedLine: line), reference = GeneralSectionDetector.heading(normalizedLine: line)
            #expect(found?.kind == reference?.kind && found?.inline == reference?.inline, "\(line)")
            if found != nil { headings += 1 }
        }
        #expect(headings > 200)
    }

    /// Pieces of lines that are not ASCII: heading words with accents, mojibake, bullets,
    /// non-breaking spaces, combining marks, letters canonically equivalent to ASCII ones (Kelvin
    /// sign) and letters of other scripts, so that the first word is found over Characters.
    private static let otherPieces = [
        "skills", "work", "experience", "education", "summary", "key", "s", "k", "i", "l", "e", "&", " ", ":", ": ", "\t",
        "s k i l l s", "e x p e r i e n c e ",
        "\u{E9}ducation", "r\u{E9}sum\u{E9}", "e\u{301}", "\u{301}", "\u{212A}", "\u{212A}ey", "sk\u{131}lls", "\u{DF}",
        "\u{3A9}", "\u{5317}", "i\u{308}", "\u{EF}\u{BC}", "\u{2022}", "\u{A0}", "\u{200B}", "-", "1", "\r",
    ]

    /// Random lines with non-ASCII characters get the heading the general path gives.
    @Test func randomOtherLinesGetTheHeadingsOfTheGeneralPath() {
        var generator = SeededGenerator(seed: 42)
        var headings = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.otherPieces.randomElement(using: &generator)! }.joined()
            let found = SectionDetector.heading(normalizedLine: line), reference = GeneralSectionDetector.heading(normalizedLine: line)
            #expect(found?.kind == reference?.kind && found?.inline == reference?.inline, "\(line.unicodeScalars.map(\.value))")
            if found != nil, line.utf8.contains(where: { $0 >= 0x80 }) { headings += 1 }
        }
        #expect(headings > 100)
    }

    /// A word is one of the headings' first words by its bytes exactly when the set of them holds
    /// it: every first word, near misses of each, and random words.
    @Test func headingFirstWordsAreFoundByTheirBytes() {
        var generator = SeededGenerator(seed: 43)
        var words = Array(SectionDetector.headingFirstWords).sorted()
        words += words.flatMap { [String($0.dropLast()), $0 + "s", "x" + $0, $0.uppercased()] }
        words += (0..<2_000).map { _ in
            String((0..<Int.random(in: 1...12, using: &generator)).map { _ in "abcdeiklmoprstwx".randomElement(using: &generator)! })
        }
        for word in words {
            let byBytes = Array(word.utf8).withUnsafeBufferPointer(SectionDetector.isHeadingFirstWord)
            #expect(byBytes == SectionDetector.headingFirstWords.contains(word), "\(word)")
        }
    }
}

@Suite("Non-ASCII lines turned away by their first bytes")
struct HeadingRejectionTests {
    /// Pieces around the first word: blanks, bullets (ASCII and not), marks and joiners that would
    /// extend a letter, a prepended scalar, "&", "\r", mojibake, heading words and other words.
    private static let pieces = [
        "skills", "work", "experience", "education", "summary", "key", "managed", "customer", "s", "k", "a", "ab", "&", " ", "  ",
        "\t", ":", ": ", "-", "*", ">", "1", "2019", ".", "(", "\r", "\r\n", "\u{C}",
        "\u{2022}", "\u{25CF}", "\u{25AA}", "\u{B7}", "\u{2013}", "\u{A0}", "\u{200B}", "\u{200D}", "\u{301}", "\u{308}",
        "\u{600}", "\u{E9}", "\u{EF}\u{BC}", "a\u{20AC}\u{A2}", "\u{212A}", "\u{5317}", "\u{1F600}", "sk\u{131}lls",
    ]

    /// Every line turned away is one the general path finds no heading in, and the full detector
    /// still agrees with the general path on every line.
    @Test func turnsAwayOnlyLinesTheGeneralPathTurnsAway() {
        var generator = SeededGenerator(seed: 43)
        var rejected = 0, headings = 0
        for _ in 0..<30_000 {
            let line = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let reference = GeneralSectionDetector.heading(normalizedLine: line)
            if HeadingRejection.rejects(line) {
                rejected += 1
                #expect(reference == nil, "\(line.unicodeScalars.map(\.value))")
            }
            if reference != nil { headings += 1 }
            let found = SectionDetector.heading(normalizedLine: line)
            #expect(found?.kind == reference?.kind && found?.inline == reference?.inline, "\(line.unicodeScalars.map(\.value))")
        }
        #expect(rejected > 3_000)
        #expect(headings > 100)
    }

    /// The same on real CV lines (the eval texts when present), most of the non-ASCII ones turned away.
    @Test func realLinesAgreeWithTheGeneralPath() {
        let lines = RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])
        for line in lines {
            let reference = GeneralSectionDetector.heading(normalizedLine: line)
            if HeadingRejection.rejects(line) { #expect(reference == nil, "\(line)") }
            let found = SectionDetector.heading(normalizedLine: line)
            #expect(found?.kind == reference?.kind && found?.inline == reference?.inline, "\(line)")
        }
    }

    @Test func edgeCases() {
        #expect(HeadingRejection.rejects("\u{2022} Skills"))
        #expect(HeadingRejection.rejects("  \u{25CF} education"))
        #expect(HeadingRejection.rejects("managed \u{2013} team"))
        #expect(!HeadingRejection.rejects("skills \u{2013} crm"))  // a heading's first word
        #expect(!HeadingRejection.rejects("e\u{301}ducation"))     // one letter before a mark
        #expect(!HeadingRejection.rejects("managed\u{301} x"))     // a mark may extend the word
        #expect(!HeadingRejection.rejects("& work \u{2013}"))      // "&" is the word "and"
        #expect(!HeadingRejection.rejects("\u{600}managed \u{2013}"))  // a prepended scalar
        #expect(!HeadingRejection.rejects(""))
        #expect(!HeadingRejection.rejects("ab"))
    }
}

/// The reference: `SectionDetector.heading(normalizedLine:)` before its ASCII path, as it reads
/// every line.
private enum GeneralSectionDetector {
    static func heading(normalizedLine line: String) -> (kind: SectionKind, inline: Bool)? {
        guard mayBeHeading(line) else { return nil }
        let normalized = line.trimmingSpacesAndTabs
        // A bulleted "Training" is an item in a list, not a heading.
        if let first = normalized.unicodeScalars.first, bullets.contains(first) { return nil }
        if let kind = kind(ofHeading: normalized) { return (kind, false) }
        // "Skills: CRM, Zendesk" opens the skills section and is already part of it.
        // In ASCII without "\r" every byte is a Character: found among the bytes, not the Characters.
        let plain = isPlainASCII(normalized)
        if let colon = plain ? normalized.utf8.firstIndex(of: UInt8(ascii: ":")) : normalized.firstIndex(of: ":"),
           let kind = kind(ofHeading: String(normalized[..<colon])),
           !normalized[normalized.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty {
            return (kind, true)
        }
        return nil
    }

    /// False for an ASCII line that cannot be a heading: longer than 60 characters once trimmed of
    /// spaces and tabs, with no colon among its first 60 (a heading, or the part before an inline
    /// heading's colon, is at most 60 characters). Most CV lines are rejected here, before the
    /// slower Unicode-aware trimming and word splitting below.
    private static func mayBeHeading(_ line: String) -> Bool {
        let bytes = line.utf8
        guard bytes.count > 60 else { return true }
        var start = bytes.startIndex, end = bytes.endIndex
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == 0x09 }
        while start < end, blank(bytes[start]) { start = bytes.index(after: start) }
        while end > start, blank(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        var length = 0
        for byte in bytes[start..<end] {
            if byte >= 0x80 || byte == 0x0D { return true }  // not ASCII or a "\r\n" pair: leave it to the full check
            if byte == UInt8(ascii: ":") { return length <= 60 }
            length += 1
        }
        return length <= 60
    }

    private static let bullets: Set<Unicode.Scalar> = ["•", "-", "*", "▪", "·", "◦", "‣", "●", "○", "■", "□", "➢", "✓", ">"]

    private static func kind(ofHeading text: String) -> SectionKind? {
        guard (isPlainASCII(text) ? text.utf8.count : text.count) <= 60 else { return nil }
        // Most short lines are not headings: unless the first word begins a known heading or is a
        // single letter ("S K I L L S"), no joining of the words below can name one.
        if let first = firstASCIIWord(text), first.utf8.count > 1, !headingFirstWords.contains(String(first)) { return nil }
        let words = asciiWords(text) ?? text
            .replacingOccurrences(of: "&", with: " and ")
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
        // Letter spacing, "S K I L L S", is a common design flourish.
        if words.count > 3, words.allSatisfy({ $0.count == 1 }) { return SectionDetector.headings[words.joined()] }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        return SectionDetector.headings[words.joined(separator: " ")]
    }

    /// The first word of every heading.
    private static let headingFirstWords = Set(SectionDetector.headings.keys.map { String($0.prefix { $0 != " " }) })

    /// The first of `asciiWords(text)`, without splitting the rest; nil when `text` is not ASCII or
    /// has no word.
    private static func firstASCIIWord(_ text: String) -> Substring? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start: String.Index?
        for index in bytes.indices {
            let byte = bytes[index]
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                if start == nil { start = index }
                continue
            }
            if let start { return text[start..<index] }
            if byte == UInt8(ascii: "&") { return "and" }
        }
        return start.map { text[$0...] }
    }

    /// True when `text` is ASCII without "\r" (which joins a following "\n" into one Character):
    /// its Characters are then its bytes, and counting or searching them needs no grapheme breaking.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The words of an ASCII `text` as the Unicode path above splits them (runs of letters; "&" is
    /// the word "and"), without its Character-by-Character work; nil when `text` is not ASCII.
    private static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 { word.append(byte); continue }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            if byte == UInt8(ascii: "&") { words.append("and") }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
