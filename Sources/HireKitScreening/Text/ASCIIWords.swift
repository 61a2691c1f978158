/// The words of an ASCII line (every byte below 0x80), read one at a time: `WordScanner.scan`'s
/// spans and phrase breaks over bytes, for `WordTable` to look each word up as it is found.
///
/// Scanning a whole line into the scanner's span array and then reading the array again to look
/// the words up wrote and read every word twice; most of a CV's lines are ASCII. Bytes are taken
/// as bytes through a pointer: the generic scan widens each byte to a code point and checks both
/// ends of the line for each neighbour. Outside the line a neighbour reads as NUL, which is no
/// word character, joiner or break, as "no character" is. `WordScannerEquivalenceTests` compare
/// it with `WordScanner.scan` on random and real lines.
struct ASCIIWords {
    private let base: UnsafePointer<UInt8>?
    private let count: Int
    private var index = 0
    /// A phrase break has been seen since the last word.
    private var sawBreak = false
    private let wordBytes = Self.wordBytes

    /// Whether a phrase break follows the last word; set once `next()` has returned nil.
    var endsWithBreak: Bool { sawBreak }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        base = bytes.baseAddress
        count = bytes.count
    }

    /// The next word's span, or nil after the last.
    @inline(__always)
    mutating func next() -> WordScanner.Span? {
        guard let base else { return nil }
        while index < count {
            let c = base[index]
            if !isWordByte(c) {
                let startsWithDot = c == UInt8(ascii: ".") && isLetter(at(index + 1)) && (index == 0 || base[index - 1] == UInt8(ascii: " "))
                if !startsWithDot {
                    if Self.isPhraseBreak(c)
                        || (c == UInt8(ascii: "-") && !(index > 0 && isWordByte(base[index - 1])) && !isWordByte(at(index + 1))) {
                        sawBreak = true
                    }
                    index += 1
                    continue
                }
            }
            let start = index
            index += 1
            while index < count {
                let c = base[index]
                if isWordByte(c) { index += 1; continue }
                let before = base[index - 1], after = at(index + 1)
                let joins: Bool
                switch c {
                case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "&"): joins = isLetter(before) && isLetter(after)
                case UInt8(ascii: "/"): joins = isDigit(before) && isDigit(after)
                case UInt8(ascii: "."): joins = isWordByte(before) && isWordByte(after)
                default: joins = false
                }
                guard joins else { break }
                index += 1
            }
            // Trailing "+"/"#" only when the run ends there ("c++" but not "a+b"); "%" after digits.
            var end = index
            while end < count, base[end] == UInt8(ascii: "+") || base[end] == UInt8(ascii: "#") { end += 1 }
            if end > index, !isWordByte(at(end)) { index = end }
            if isDigit(base[index - 1]), at(index) == UInt8(ascii: "%") { index += 1 }
            let span = WordScanner.Span(start: start, end: index, breakBefore: sawBreak)
            sawBreak = false
            return span
        }
        return nil
    }

    /// The byte at `i` (at least 0), or NUL after the line.
    private func at(_ i: Int) -> UInt8 { i < count ? base![i] : 0 }
    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    private func isWordByte(_ byte: UInt8) -> Bool { wordBytes[Int(byte)] != 0 }

    /// Per byte value, 1 for an ASCII letter or digit: one load, where the two range tests cost
    /// about ten instructions for each byte of every word. Made once and never freed, so that a
    /// line's reader holds a plain pointer to it (256 entries, so any byte indexes it). Written only
    /// while it is made, so sharing it between threads is safe.
    nonisolated(unsafe) private static let wordBytes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let isLetter = (byte | 0x20) >= Int(UInt8(ascii: "a")) && (byte | 0x20) <= Int(UInt8(ascii: "z")) && byte < 0x80
            let isDigit = byte >= Int(UInt8(ascii: "0")) && byte <= Int(UInt8(ascii: "9"))
            table[byte] = isLetter || isDigit ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// `WordScanner`'s phrase breaks in ASCII: . , ; : ! ? | ( ) [ ] { }
    private static func isPhraseBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x7C, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: true
        default: false
        }
    }
}
