/// A line's bytes as the hand-written pattern scanners (`EducationScanner`, `AchievementScanner`)
/// read them, for lines on which ICU's case-insensitive regular expressions would read every
/// character the way these helpers do: printable ASCII and tabs. There `\w` is a letter, digit or
/// "_", `\s` a space or tab, `\d` an ASCII digit, `[a-z]` any ASCII letter, and a literal matches its
/// letters in either case; any other line (a control character, anything non-ASCII, which ICU may
/// fold to ASCII letters or read as a digit) is left to the regular expressions.
///
/// Positions outside the line read as a byte of none of these classes, so a scanner can look one
/// past either end without checking.
struct ASCIIPatternLine {
    let bytes: UnsafeBufferPointer<UInt8>

    /// nil when `bytes` hold a byte outside the scanners' domain.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes where byte &- 0x20 >= 0x5F && byte != 0x09 { return nil }
        self.bytes = bytes
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
    func isWord(_ index: Int) -> Bool { isLetter(index) || isDigit(index) || lower(index) == UInt8(ascii: "_") }

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
