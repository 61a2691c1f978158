/// `EducationExtractor.patterns` and `.sectionOnly` matched by hand on a line's bytes
/// (`ASCIIPatternLine`: printable ASCII and tabs; other lines go to the regular expressions).
///
/// ICU converted each line that passed the triggers to UTF-16 and backtracked through it, and the
/// triggers themselves took six passes over every line. Every alternative of these patterns starts
/// with `\b` and a letter, so one pass over the word starts, trying the alternatives that begin
/// with the letter there, answers all of them. Where an alternative has optional parts, each way of
/// taking them is tried, so the answer is the regex's whatever it would backtrack into; `\s+` before
/// a letter can only end at the end of its run of white space. `EducationScannerEquivalenceTests`
/// compare every pattern with its regex on random and real CV lines.
enum EducationScanner {
    /// Bit `n` set when `EducationExtractor.patterns[n]` matches the line; bit `8 + n` when
    /// `EducationExtractor.sectionOnly[n]` does.
    static func patterns(in line: ASCIIPatternLine) -> UInt16 {
        var found: UInt16 = 0
        line.forEachWordStart { index, _ in
            if alternativeStarts.mayStart(at: index, in: line) { found |= patterns(at: index, in: line) }
        }
        return found
    }

    /// The first two bytes of every alternative. Half the letters begin one, so most word starts
    /// ("and", "at", "management", "providing") were tried against every alternative of their
    /// letter; by two bytes, few are. Every alternative begins with at least two fixed bytes;
    /// `EducationScannerEquivalenceTests` check that no word start turned away holds one.
    static let alternativeStarts = LiteralStarts(
        ["ph", "doctor", "d.", "dphil", "diploma", "ed.d", "master", "m.", "ma", "ms", "undergraduate", "bachelor", "b.", "ba", "bs",
         "associate", "a.", "aa", "a-level", "ab", "certificate", "high", "h.s.", "ged", "gcse", "secondary"],
        masterShort, bachelorShort, certificateKinds)

    private static let doctorate: UInt16 = 1 << 0, master: UInt16 = 1 << 1, bachelor: UInt16 = 1 << 2
    private static let associate: UInt16 = 1 << 3, certificate: UInt16 = 1 << 4, highSchool: UInt16 = 1 << 5
    private static let masterInSection: UInt16 = 1 << 8, bachelorInSection: UInt16 = 1 << 9
    private static let associateInSection: UInt16 = 1 << 10

    private static let doctorFields: [StaticString] = ["philosophy", "education", "business", "science", "psychology", "nursing"]
    private static let masterShort: [StaticString] = ["mba", "msc", "mphil", "meng", "mbus"]
    private static let masterDotted: [StaticString] = ["sc", "s", "a", "eng", "ed", "phil"]
    private static let bachelorShort: [StaticString] = ["bsc", "beng", "bcom", "bba", "bfa"]
    private static let bachelorDotted: [StaticString] = ["sc", "s", "a", "eng", "com", "ed", "b.a", "f.a"]
    private static let associateFields: [StaticString] = ["arts", "science", "applied"]
    private static let certificateKinds: [StaticString] = ["post-secondary", "postsecondary", "vocational", "technical",
                                                           "professional", "college", "trade"]
    private static let inOrOf: [StaticString] = ["in", "of"]
    private static let officeWords: [StaticString] = ["office", "excel", "word", "outlook", "teams", "access", "powerpoint",
                                                      "dynamics"]

    /// The patterns an alternative starting at the word start `s` matches.
    static func patterns(at s: Int, in line: ASCIIPatternLine) -> UInt16 {
        var found: UInt16 = 0
        switch line.lower(s) {
        case UInt8(ascii: "p"):
            if let end = line.end(of: "ph", at: s) {
                // ph\.?\s?d\b: each optional part is taken when present (the next part cannot match it).
                var index = end
                if line.lower(index) == UInt8(ascii: ".") { index += 1 }
                if line.isSpace(index) { index += 1 }
                if line.lower(index) == UInt8(ascii: "d"), line.endsWord(index + 1) { found |= doctorate }
            }
            if certificateFollows(kindAt: s, in: line) { found |= certificate }
        case UInt8(ascii: "d"):
            if line.hasWord(["doctorate", "doctoral"], at: s) { found |= doctorate }
            if let end = line.end(of: "doctor of ", at: s), line.hasWord(doctorFields, at: end) { found |= doctorate }
            if var index = line.end(of: "d", at: s) {
                if line.lower(index) == UInt8(ascii: ".") { index += 1 }
                if line.hasWord(["phil"], at: index) { found |= doctorate }
            }
            if let end = line.end(of: "diploma", at: s) {
                if line.endsWord(end) { found |= highSchool }
                // (?<!school\s)\bdiploma\s+(?:in|of)\s+[a-z]
                let afterSchool = line.isSpace(s - 1) && line.end(of: "school", at: s - 7) != nil
                if !afterSchool, line.isSpace(end), let word = line.end(ofAny: inOrOf, at: line.skippingSpaces(from: end)),
                   line.isSpace(word), line.isLetter(line.skippingSpaces(from: word)) {
                    found |= certificate
                }
            }
        case UInt8(ascii: "e"):
            if line.hasWord(["ed.d"], at: s) { found |= doctorate }
        case UInt8(ascii: "m"):
            found |= masterPatterns(at: s, in: line)
        case UInt8(ascii: "b"):
            found |= bachelorPatterns(at: s, in: line)
        case UInt8(ascii: "u"):
            if line.hasWord(["undergraduate degree"], at: s) { found |= bachelor }
        case UInt8(ascii: "a"):
            found |= associatePatterns(at: s, in: line)
            if let end = line.end(of: "a-level", at: s), line.endsWord(end) || (line.lower(end) == UInt8(ascii: "s") && line.endsWord(end + 1)) {
                found |= highSchool
            }
        case UInt8(ascii: "c"):
            if let end = line.end(of: "certificate", at: s) {
                // certificate\s+(?:in|of)\s+(?!completion)[a-z], certificate program
                if line.isSpace(end), let word = line.end(ofAny: inOrOf, at: line.skippingSpaces(from: end)), line.isSpace(word) {
                    let next = line.skippingSpaces(from: word)
                    if line.isLetter(next), line.end(of: "completion", at: next) == nil { found |= certificate }
                }
                if line.end(of: " program", at: end) != nil { found |= certificate }
            }
            if certificateFollows(kindAt: s, in: line) { found |= certificate }
        case UInt8(ascii: "v"), UInt8(ascii: "t"):
            if certificateFollows(kindAt: s, in: line) { found |= certificate }
        case UInt8(ascii: "h"):
            if let end = line.end(of: "high", at: s), line.isSpace(end) || line.lower(end) == UInt8(ascii: "-"),
               line.hasWord(["school"], at: end + 1) {
                found |= highSchool
            }
            if let end = line.end(of: "h.s.", at: s), line.isSpace(end), line.hasWord(["diploma"], at: line.skippingSpaces(from: end)) {
                found |= highSchool
            }
        case UInt8(ascii: "g"):
            if line.hasWord(["ged", "gcse", "gcses"], at: s) { found |= highSchool }
        case UInt8(ascii: "s"):
            if line.hasWord(["secondary school"], at: s) { found |= highSchool }
        default:
            break
        }
        return found
    }

    /// (?:post-?secondary|vocational|technical|professional|college|trade)\s+certificate\b
    private static func certificateFollows(kindAt s: Int, in line: ASCIIPatternLine) -> Bool {
        guard let end = line.end(ofAny: certificateKinds, at: s), line.isSpace(end) else { return false }
        return line.hasWord(["certificate"], at: line.skippingSpaces(from: end))
    }

    /// Where each way of taking `(?:'s|s)?` after a word ending at `end` ends.
    private static func possessiveEnds(after end: Int, in line: ASCIIPatternLine) -> [Int] {
        if line.lower(end) == UInt8(ascii: "s") { return [end, end + 1] }
        if line.end(of: "'s", at: end) != nil { return [end, end + 2] }
        return [end]
    }

    /// `\b` before the first word of `sectionOnly`: no "," right before it, nor "," and white space.
    private static func notAfterComma(_ s: Int, in line: ASCIIPatternLine) -> Bool {
        line.lower(s - 1) != UInt8(ascii: ",") && !(line.isSpace(s - 1) && line.lower(s - 2) == UInt8(ascii: ","))
    }

    private static func masterPatterns(at s: Int, in line: ASCIIPatternLine) -> UInt16 {
        var found: UInt16 = 0
        if let end = line.end(of: "master", at: s) {
            // master(?:'s|s)?\s+(?:degree|of|in)\b(?!\s+ceremon), master's\b
            for option in possessiveEnds(after: end, in: line) where line.isSpace(option) {
                let word = line.skippingSpaces(from: option)
                guard let wordEnd = line.end(ofAny: ["degree", "of", "in"], at: word), line.endsWord(wordEnd) else { continue }
                if !(line.isSpace(wordEnd) && line.end(of: "ceremon", at: line.skippingSpaces(from: wordEnd)) != nil) { found |= master }
            }
            if line.hasWord(["master's"], at: s) { found |= master }
        }
        if line.hasWord(masterShort, at: s) { found |= master }
        // m\.(?:sc|s|a|eng|ed|phil)\.?(?![a-z]): the optional dot is never a letter.
        if let end = line.end(of: "m.", at: s), masterDotted.contains(where: { line.end(of: $0, at: end).map { !line.isLetter($0) } ?? false }) {
            found |= master
        }
        if let end = line.end(ofAny: ["ma", "ms"], at: s), line.isSpace(end), line.hasWord(inOrOf, at: line.skippingSpaces(from: end)) {
            found |= master
        }
        // (?<!,)(?<!,\s)\b(?:ma|ms|mba)\b(?!\s+(?:office|excel|…))
        if notAfterComma(s, in: line) {
            for literal: StaticString in ["ma", "ms", "mba"] {
                guard let end = line.end(of: literal, at: s), line.endsWord(end) else { continue }
                if !(line.isSpace(end) && line.end(ofAny: officeWords, at: line.skippingSpaces(from: end)) != nil) { found |= masterInSection }
            }
        }
        return found
    }

    private static func bachelorPatterns(at s: Int, in line: ASCIIPatternLine) -> UInt16 {
        var found: UInt16 = 0
        // bachelor(?:'s|s)?\b
        if let end = line.end(of: "bachelor", at: s), possessiveEnds(after: end, in: line).contains(where: line.endsWord) {
            found |= bachelor
        }
        if line.hasWord(bachelorShort, at: s) { found |= bachelor }
        if let end = line.end(of: "b.", at: s), bachelorDotted.contains(where: { line.end(of: $0, at: end).map { !line.isLetter($0) } ?? false }) {
            found |= bachelor
        }
        // (?:ba|bs)\s+(?:\(hons\)\s+)?(?:in|of)\b, ba\s+\(hons\)
        if let end = line.end(ofAny: ["ba", "bs"], at: s), line.isSpace(end) {
            let next = line.skippingSpaces(from: end)
            if line.hasWord(inOrOf, at: next) { found |= bachelor }
            if let hons = line.end(of: "(hons)", at: next) {
                if line.lower(s + 1) == UInt8(ascii: "a") { found |= bachelor }
                if line.isSpace(hons), line.hasWord(inOrOf, at: line.skippingSpaces(from: hons)) { found |= bachelor }
            }
        }
        if notAfterComma(s, in: line), line.hasWord(["ba", "bs"], at: s) { found |= bachelorInSection }
        return found
    }

    private static func associatePatterns(at s: Int, in line: ASCIIPatternLine) -> UInt16 {
        var found: UInt16 = 0
        if let end = line.end(of: "associate", at: s) {
            // associate(?:'s|s)?\s+(?:degree|of\s+(?:arts|science|applied))\b, associate's\b
            for option in possessiveEnds(after: end, in: line) where line.isSpace(option) {
                let word = line.skippingSpaces(from: option)
                if line.hasWord(["degree"], at: word) { found |= associate }
                if let of = line.end(of: "of", at: word), line.isSpace(of), line.hasWord(associateFields, at: line.skippingSpaces(from: of)) {
                    found |= associate
                }
            }
            if line.hasWord(["associate's"], at: s) { found |= associate }
        }
        // a\.a\.s?\.?(?![a-z]), a\.s\.(?![a-z]): an optional dot is never a letter.
        if let end = line.end(of: "a.a.", at: s), !line.isLetter(end) || (line.lower(end) == UInt8(ascii: "s") && !line.isLetter(end + 1)) {
            found |= associate
        }
        if let end = line.end(of: "a.s.", at: s), !line.isLetter(end) { found |= associate }
        // (?:aas|aa)\s+(?:in|degree)\b
        for literal: StaticString in ["aas", "aa"] {
            if let end = line.end(of: literal, at: s), line.isSpace(end), line.hasWord(["in", "degree"], at: line.skippingSpaces(from: end)) {
                found |= associate
            }
        }
        if notAfterComma(s, in: line) {
            if line.hasWord(["aa", "aas"], at: s) { found |= associateInSection }
            if line.hasWord(["ab"], at: s) { found |= bachelorInSection }
        }
        return found
    }
}
