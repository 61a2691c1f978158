/// A line's bytes as the hand-written pattern scanners (`EducationScanner`, `AchievementScanner`)
/// read them, for lines on which ICU's case-insensitive regular expressions would read every
/// character the way these helpers do: printable ASCII and tabs, where `\w` is a letter, digit or
/// "_", `\s` a space or tab, `\d` an ASCII digit, `[a-z]` any ASCII letter, and a literal matches
/// its letters in either case; and the non-ASCII characters of `standIns`, each read as one byte
/// that stands for it. Any other line (a control character, a character ICU may fold to ASCII
/// letters, read as a digit, a word character or white space, or look through at `\b`) is left to
/// the regular expressions.
///
/// Positions outside the line read as a byte of none of these classes, so a scanner can look one
/// past either end without checking.
struct ASCIIPatternLine {
    let bytes: UnsafeBufferPointer<UInt8>

    /// nil when `bytes` hold a byte outside printable ASCII and tabs.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard ByteScan.isPrintableASCII(bytes) else { return nil }
        self.bytes = bytes
    }

    private init(standingIn bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// `body`'s answer on `line` as the scanners read it; nil when `line` holds a character outside
    /// their domain.
    static func read<Result>(_ line: String, _ body: (ASCIIPatternLine) -> Result) -> Result? {
        var line = line
        return line.withUTF8 { read(bytes: $0, body) }
    }

    /// The same for a line's bytes (valid UTF-8).
    static func read<Result>(bytes: UnsafeBufferPointer<UInt8>, _ body: (ASCIIPatternLine) -> Result) -> Result? {
        if let plain = ASCIIPatternLine(bytes) { return body(plain) }
        guard let mapped = standingIn(bytes) else { return nil }
        return mapped.withUnsafeBufferPointer { body(ASCIIPatternLine(standingIn: $0)) }
    }

    /// `bytes` (valid UTF-8) with each non-ASCII character replaced by its byte in `standIns`;
    /// nil when one of them has none, or a byte is a control character other than a tab.
    private static func standingIn(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte &- 0x20 < 0x5F || byte == 0x09 else { return nil }
                result.append(byte)
                index += 1
                continue
            }
            let (value, end) = ScalarOffsets.scalar(in: bytes, at: index)
            guard value < standIns.count, standIns[Int(value)] != 0 else { return nil }
            result.append(standIns[Int(value)])
            index = end
        }
        return result
    }

    /// Per code point, the byte a non-ASCII character is read as, or 0 when its line is left to the
    /// regular expressions. The currency signs of the money pattern ("€", "£", "¥") read as "$",
    /// which it names with them and no other pattern names. Other case-safe characters
    /// (`CaseSafeScalars`: bullets, mojibake, punctuation) that ICU reads as neither a word
    /// character (letters, marks, digits, connectors, joiners) nor white space, and that `\b` does
    /// not look through (format characters, grapheme extenders), read as 0x80: like an ASCII
    /// punctuation mark that no pattern names, which is how every pattern reads them.
    private static let standIns: [UInt8] = (0..<0x20D0).map { (value: UInt32) -> UInt8 in
        guard value >= 0x80, CaseSafeScalars.contains(value), let scalar = Unicode.Scalar(value) else { return 0 }
        if [0x20AC, 0xA3, 0xA5].contains(value) { return UInt8(ascii: "$") }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation, .format:
            return 0
        default:
            let readAsSomething = properties.isAlphabetic || properties.isWhitespace || properties.isGraphemeExtend
                || value == 0x200C || value == 0x200D
            return readAsSomething ? 0 : 0x80
        }
    }

    var count: Int { bytes.count }

    /// The byte at `index`, lower-cased; 0 outside the line.
    func lower(_ index: Int) -> UInt8 {
        guard index >= 0, index < bytes.count else { return 0 }
        let byte = bytes[index]
        return byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    func isLetter(_ index: Int) -> Bool { lower(index) &- UInt8(ascii: "a") < 26 }

    func isDigit(_ index: Int) -> Bool { lower(index) &- UInt8(ascii: "0") < 10 }

    /// `\w`: a letter, a digit or "_".
    func isWord(_ index: Int) -> Bool { Self.isWordByte(lower(index)) }

    /// `\w` for a byte of the line.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
    }

    /// The letter (lower case) each word of the line starts with, and where, in order: the
    /// scanners' patterns start with a letter after no word byte, or (for numbers) a digit.
    func forEachWordStart(_ body: (_ index: Int, _ letter: UInt8) -> Void) {
        // Word bytes told from a table (one load, not three range tests per byte of the line).
        Self.wordBytes.withUnsafeBufferPointer { wordBytes in
            var afterWord = false
            for index in bytes.indices {
                let byte = bytes[index]
                let isWord = wordBytes[Int(byte)] != 0
                if isWord, !afterWord { body(index, byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte) }
                afterWord = isWord
            }
        }
    }

    /// Per byte value, 1 where `isWordByte` holds (256 entries, so any byte indexes it).
    private static let wordBytes: [UInt8] = (0...255).map { isWordByte(UInt8($0)) ? 1 : 0 }

    /// `\s`: a space or a tab (the only white space in the domain).
    func isSpace(_ index: Int) -> Bool { lower(index) == 0x20 || lower(index) == 0x09 }

    /// Where a word starts at `index`: a word byte after none (`\b` before a letter or digit).
    func isWordStart(_ index: Int) -> Bool { isWord(index) && !isWord(index - 1) }

    /// `\b` after a word byte ending at `index`: no word byte there.
    func endsWord(_ index: Int) -> Bool { !isWord(index) }

    /// The end of a run of white space from `index` (`index` itself when there is none): `\s+`
    /// and `\s*` before a literal that does not start with white space can only end there.
    func skippingSpaces(from index: Int) -> Int {
        var end = index
        while isSpace(end) { end += 1 }
        return end
    }

    /// The end of `literal` (lower-case ASCII) when the line holds it at `index`, in either case.
    func end(of literal: StaticString, at index: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        guard index >= 0, index + count <= bytes.count else { return nil }
        let start = literal.utf8Start
        for offset in 0..<count where lower(index + offset) != start[offset] { return nil }
        return index + count
    }

    /// The end of the first of `literals` the line holds at `index`.
    func end(ofAny literals: [StaticString], at index: Int) -> Int? {
        for literal in literals {
            if let end = end(of: literal, at: index) { return end }
        }
        return nil
    }

    /// Whether one of `literals` followed by `\b` starts at `index` (the literals end in a word byte).
    func hasWord(_ literals: [StaticString], at index: Int) -> Bool {
        literals.contains { end(of: $0, at: index).map(endsWord) ?? false }
    }
}
