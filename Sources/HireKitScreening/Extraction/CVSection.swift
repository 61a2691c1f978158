import Foundation

/// The kinds of CV section screening tells apart.
public enum SectionKind: String, Sendable, Codable, CaseIterable {
    case summary, experience, skills, education, certifications, projects, languages
    case volunteering, awards, interests, references, contact
}

/// A run of CV lines under one heading. Line numbers are 1-based and inclusive.
public struct CVSection: Sendable, Equatable, Codable {
    public var kind: SectionKind
    /// The heading as written ("WORK HISTORY", "Skills:").
    public var heading: String
    public var headingLine: Int
    /// First content line: the heading line itself when content follows it ("Skills: CRM, POS").
    public var firstLine: Int
    public var lastLine: Int

    public init(kind: SectionKind, heading: String, headingLine: Int, firstLine: Int, lastLine: Int) {
        self.kind = kind; self.heading = heading; self.headingLine = headingLine
        self.firstLine = firstLine; self.lastLine = lastLine
    }

    public var lines: ClosedRange<Int> { headingLine...lastLine }
}

/// Recognises section headings: short lines that are, after trimming punctuation, one of the
/// headings CVs use. Known wordings only, because any short line in capitals ("JOHN SMITH",
/// "ACME CORP") would otherwise start a section.
public enum SectionDetector {
    static let headings: [String: SectionKind] = {
        var map: [String: SectionKind] = [:]
        func add(_ kind: SectionKind, _ names: [String]) { for name in names { map[name] = kind } }
        add(.summary, ["summary", "professional summary", "career summary", "executive summary", "profile",
                       "professional profile", "personal profile", "career profile", "objective", "career objective",
                       "professional objective", "about", "about me", "overview", "personal statement", "introduction"])
        add(.experience, ["experience", "work experience", "professional experience", "relevant experience",
                          "employment", "employment history", "work history", "career history", "professional history",
                          "positions held", "experience and employment", "professional background",
                          "job history", "customer service experience", "related experience"])
        add(.skills, ["skills", "key skills", "core skills", "technical skills", "skills and abilities", "skill set",
                      "skillset", "core competencies", "competencies", "key competencies", "areas of expertise",
                      "expertise", "strengths", "key strengths", "computer skills",
                      "skills and competencies", "technical proficiencies", "proficiencies", "qualifications summary",
                      "summary of qualifications", "skills summary"])
        add(.education, ["education", "education and training", "academic background", "academic history",
                         "academic qualifications", "educational background", "education and qualifications",
                         "qualifications", "training and education", "schooling", "degrees", "academics"])
        add(.certifications, ["certifications", "certification", "certificates", "licenses", "licences",
                              "licenses and certifications", "certifications and licenses", "certifications and training",
                              "professional development", "training", "courses", "accreditations",
                              "professional certifications"])
        add(.projects, ["projects", "key projects", "selected projects"])
        add(.languages, ["languages", "language skills"])
        add(.volunteering, ["volunteering", "volunteer", "volunteer experience", "volunteer work", "community involvement",
                            "community service"])
        add(.awards, ["awards", "honors", "honours", "awards and honors", "achievements", "accomplishments",
                      "key achievements", "awards and achievements", "recognition"])
        add(.interests, ["interests", "hobbies", "hobbies and interests", "personal interests", "activities"])
        add(.references, ["references", "referees"])
        add(.contact, ["contact", "contact information", "contact details", "personal details", "personal information"])
        return map
    }()

    /// The kind of section `line` opens and whether content follows the heading on the same line,
    /// or nil when the line is not a heading.
    public static func heading(in line: String) -> (kind: SectionKind, inline: Bool)? {
        heading(normalizedLine: MatchNormalizer.normalizeLine(line))
    }

    /// The same for a line already normalised (`MatchNormalizer.normalizeLine`).
    static func heading(normalizedLine line: String) -> (kind: SectionKind, inline: Bool)? {
        if let heading = asciiHeading(line) { return heading }
        if HeadingRejection.rejects(line) { return nil }
        return generalHeading(line)
    }

    /// The same for a normalised line's bytes (valid UTF-8): a `String` is made only for a line
    /// that is not ASCII and that `HeadingRejection` cannot turn away.
    static func heading(normalizedBytes bytes: UnsafeBufferPointer<UInt8>) -> (kind: SectionKind, inline: Bool)? {
        if let heading = asciiHeading(bytes: bytes) { return heading }
        if HeadingRejection.rejects(bytes: bytes) { return nil }
        return generalHeading(String(decoding: bytes, as: UTF8.self))
    }

    /// `heading(normalizedLine:)` for a line neither `asciiHeading` nor `HeadingRejection` answers.
    private static func generalHeading(_ line: String) -> (kind: SectionKind, inline: Bool)? {
        guard mayBeHeading(line) else { return nil }
        let normalized = line.trimmingSpacesAndTabs
        // A bulleted "Training" is an item in a list, not a heading.
        if let first = normalized.unicodeScalars.first, bullets.contains(first) { return nil }
        if let kind = kind(ofHeading: normalized) { return (kind, false) }
        // "Skills: CRM, Zendesk" opens the skills section and is already part of it.
        // In ASCII without "\r" every byte is a Character: found among the bytes, not the Characters.
        // A ":" Character is a ":" byte, perhaps with marks after it: a line without the byte (most
        // of them) has no colon, and is not searched Character by Character.
        guard normalized.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let plain = isPlainASCII(normalized)
        if let colon = plain ? normalized.utf8.firstIndex(of: UInt8(ascii: ":")) : normalized.firstIndex(of: ":"),
           let kind = kind(ofHeading: String(normalized[..<colon])),
           !normalized[normalized.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty {
            return (kind, true)
        }
        return nil
    }

    /// `heading(normalizedLine:)` for an ASCII line without "\r" (nearly every CV line), over its
    /// bytes: the same steps without making a `String` per trimmed line, prefix or word, which cost
    /// about 10,000 instructions a line. nil when the line is not such a line; `.some(nil)` when it
    /// is, and is no heading. `SectionDetectorEquivalenceTests` compare it with the general path.
    private static func asciiHeading(_ line: String) -> (kind: SectionKind, inline: Bool)?? {
        line.utf8.withContiguousStorageIfAvailable(asciiHeading(bytes:)) ?? nil
    }

    /// `asciiHeading` over a normalised line's bytes.
    private static func asciiHeading(bytes: UnsafeBufferPointer<UInt8>) -> (kind: SectionKind, inline: Bool)?? {
        guard let base = bytes.baseAddress, ByteScan.isASCIIWithoutReturn(bytes) else { return bytes.isEmpty ? .some(nil) : nil }
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == 0x09 }
        var start = 0, end = bytes.count
        while start < end, blank(bytes[start]) { start += 1 }
        while end > start, blank(bytes[end - 1]) { end -= 1 }
        let colon = memchr(base + start, Int32(UInt8(ascii: ":")), end - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        // A heading, or the part before an inline heading's colon, is at most 60 characters.
        if bytes.count > 60, (colon ?? end) - start > 60 { return .some(nil) }
        // A bulleted "Training" is an item in a list, not a heading.
        if start < end, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "*") || bytes[start] == UInt8(ascii: ">") {
            return .some(nil)
        }
        if let kind = asciiKind(ofHeading: UnsafeBufferPointer(rebasing: bytes[start..<end])) { return (kind, false) }
        // "Skills: CRM, Zendesk" opens the skills section and is already part of it; the line is
        // trimmed, so something follows the colon unless it ends the line.
        if let colon, colon + 1 < end, let kind = asciiKind(ofHeading: UnsafeBufferPointer(rebasing: bytes[start..<colon])) {
            return (kind, true)
        }
        return .some(nil)
    }

    static let headingFirstWordFilter = WordListFilter(headingFirstWords)

    /// `kind(ofHeading:)` for ASCII bytes: the heading named by the runs of letters ("&" is the word
    /// "and"), joined by spaces, or closed up when they are single letters ("S K I L L S").
    private static func asciiKind(ofHeading text: UnsafeBufferPointer<UInt8>) -> SectionKind? {
        guard text.count <= 60 else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        // Most short lines are not headings: unless the first word begins a known heading or is a
        // single letter, no joining of the words can name one. The first word (a run of letters,
        // or "&" standing for "and") is checked before any word is kept, so that a line turned
        // away allocates nothing; most are turned away by the first letter and length, before a
        // String is made.
        var first = 0
        while first < text.count, !isLetter(text[first]), text[first] != UInt8(ascii: "&") { first += 1 }
        if first < text.count, isLetter(text[first]) {
            var end = first + 1
            while end < text.count, isLetter(text[end]) { end += 1 }
            let word = UnsafeBufferPointer(rebasing: text[first..<end])
            if word.count > 1, !isHeadingFirstWord(word) {
                return nil
            }
        } else if first < text.count, !headingFirstWords.contains("and") {
            return nil
        }
        // Words as (start, end) in `text`; "&" as an empty range, standing for "and".
        var words: [(start: Int, end: Int)] = []
        var index = first
        while index < text.count {
            if isLetter(text[index]) {
                let start = index
                while index < text.count, isLetter(text[index]) { index += 1 }
                words.append((start, index))
                continue
            }
            if text[index] == UInt8(ascii: "&") { words.append((index, index)) }
            index += 1
        }
        let letterSpaced = words.count > 3 && words.allSatisfy { $0.end - $0.start == 1 }
        guard letterSpaced || (!words.isEmpty && words.count <= 6) else { return nil }
        var key: [UInt8] = []
        for (offset, word) in words.enumerated() {
            if offset > 0, !letterSpaced { key.append(UInt8(ascii: " ")) }
            if word.start == word.end { key += "and".utf8 } else { key += text[word.start..<word.end] }
        }
        return key.withUnsafeBufferPointer { headingKinds.value(of: $0) }.map { SectionKind.allCases[$0] }
    }

    /// `headings` found by their bytes: each value is the kind's index in `SectionKind.allCases`.
    /// A short line's words are joined into bytes, and were made into a `String` to be hashed.
    private static let headingKinds = KeyVocabulary(headings.mapValues { SectionKind.allCases.firstIndex(of: $0)! })

    /// `headingFirstWords` found by their bytes.
    private static let headingFirstWordKeys = KeyVocabulary(Dictionary(uniqueKeysWithValues: headingFirstWords.map { ($0, 0) }))

    /// Whether `word` (bytes) is in `headingFirstWords`: most short lines' first words are turned
    /// away by the filter, and the rest looked up without making a `String` of them.
    static func isHeadingFirstWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        headingFirstWordFilter.mayContain(word) && headingFirstWordKeys.value(of: word) != nil
    }

    /// False for an ASCII line that cannot be a heading: longer than 60 characters once trimmed of
    /// spaces and tabs, with no colon among its first 60 (a heading, or the part before an inline
    /// heading's colon, is at most 60 characters). Most CV lines are rejected here, before the
    /// slower Unicode-aware trimming and word splitting below.
    static func mayBeHeading(_ line: String) -> Bool {
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

    static let bullets: Set<Unicode.Scalar> = ["•", "-", "*", "▪", "·", "◦", "‣", "●", "○", "■", "□", "➢", "✓", ">"]

    private static func kind(ofHeading text: String) -> SectionKind? {
        guard (isPlainASCII(text) ? text.utf8.count : text.count) <= 60 else { return nil }
        // Most short lines are not headings: unless the first word begins a known heading or is a
        // single letter ("S K I L L S"), no joining of the words below can name one.
        if let first = firstASCIIWord(text) {
            if first.utf8.count > 1, !headingFirstWords.contains(String(first)) { return nil }
        } else if !text.utf8.contains(UInt8(ascii: "&")),
                  let first = text.split(maxSplits: 1, whereSeparator: { !$0.isLetter }).first,
                  first.count > 1, !headingFirstWords.contains(String(first)) {
            // The same test on other text (nearly always a line with a non-ASCII character), whose
            // first word is found without splitting the rest of the line Character by Character
            // (about 40,000 instructions a line); with an "&" the first word may be "and".
            return nil
        }
        // Without "&" Foundation's replacing would return the text unchanged, at some cost.
        let words = asciiWords(text) ?? (text.utf8.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&", with: " and ") : text)
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
        // Letter spacing, "S K I L L S", is a common design flourish.
        if words.count > 3, words.allSatisfy({ $0.count == 1 }) { return headings[words.joined()] }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        return headings[words.joined(separator: " ")]
    }

    /// The first word of every heading.
    static let headingFirstWords = Set(headings.keys.map { String($0.prefix { $0 != " " }) })

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

    /// The sections of a CV in order. Lines before the first heading (name, contact) belong to none.
    public static func sections(in lines: [String]) -> [CVSection] {
        let written = LineBuffer(lines: lines)
        return written.withLines { lines in LineBuffer(folding: written).withLines { sections(in: lines, folded: $0) } }
    }

    /// The same for a CV's lines in a `LineBuffer` (as written), with `folded[i]` the normalised
    /// form of `lines[i]`.
    static func sections(in lines: LineBuffer.View, folded: LineBuffer.View) -> [CVSection] {
        var sections: [CVSection] = []
        for index in 0..<lines.count {
            guard let (kind, inline) = heading(normalizedBytes: folded[index]) else { continue }
            let number = index + 1
            if !sections.isEmpty { sections[sections.count - 1].lastLine = number - 1 }
            sections.append(CVSection(kind: kind, heading: lines.string(at: index).trimmingSpacesAndTabs,
                                      headingLine: number, firstLine: inline ? number : number + 1,
                                      lastLine: lines.count))
        }
        return sections
    }
}

extension String {
    /// The same as `trimmingCharacters(in: .whitespaces)`, without bridging to NSString when both
    /// ends are ASCII: it ran for every short line of every CV (section detection), and the
    /// Foundation call cost as much as the rest of section detection together.
    var trimmingSpacesAndTabs: String {
        let bytes = utf8
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == 0x09 }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, blank(bytes[start]) { start = bytes.index(after: start) }
        while end > start, blank(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        guard start < end else { return "" }
        // A non-ASCII end may be Unicode whitespace (U+00A0, U+2003…) or a mark joined to a space.
        if bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 { return trimmingCharacters(in: .whitespaces) }
        return start == bytes.startIndex && end == bytes.endIndex ? self : String(self[start..<end])
    }
}
