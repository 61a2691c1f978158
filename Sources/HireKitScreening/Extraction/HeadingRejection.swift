/// Lines that are not ASCII but that `SectionDetector.heading(normalizedLine:)` can turn away from
/// their first bytes: a bullet after the leading blanks, or a first word of ASCII letters that
/// begins no heading. About one CV line in thirteen holds a non-ASCII character (mojibake, a
/// bullet, a dash), and the general path trims it through Foundation and splits it Character by
/// Character, about 15,000 instructions a line, before turning nearly all of them away.
///
/// The first word is read from the bytes only where that is what the Characters give: every byte
/// before it, and the byte after it, is ASCII (other than "\r", a line's only multi-byte ASCII
/// Character is "\r\n"), so each of those bytes is a Character of its own, and a letter is a
/// Character whose first scalar is alphabetic. No "&" may come before it (it reads as the word
/// "and"). A heading's key is its words joined, so one whose first word (two letters or more) is
/// not the first word of any heading names none, nor does the part before a colon.
/// `SectionDetectorEquivalenceTests` compare the lines it turns away with the general path.
enum HeadingRejection {
    /// True when `line` (normalised) certainly opens no section.
    static func rejects(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(rejects(bytes:)) ?? false
    }

    static func rejects(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 { index += 1 }
        guard index < count else { return false }
        // Trimmed, the line starts with a bullet: an item in a list.
        if startsWithBullet(bytes, at: index) { return true }
        while index < count {
            let byte = bytes[index]
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 { break }
            guard byte < 0x80, byte != UInt8(ascii: "&"), byte != 0x0D else { return false }
            index += 1
        }
        let start = index
        while index < count, (bytes[index] | 0x20) &- UInt8(ascii: "a") < 26 { index += 1 }
        // The word must end at an ASCII byte, which no mark or joiner after it can extend.
        guard index < count, bytes[index] < 0x80, bytes[index] != 0x0D, index - start > 1 else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
        return !SectionDetector.isHeadingFirstWord(word)
    }

    /// Whether the scalar at `index` (a lead byte of valid UTF-8) is one of `SectionDetector.bullets`.
    private static func startsWithBullet(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        let scalar: UInt32
        if byte < 0x80 {
            scalar = UInt32(byte)
        } else if byte < 0xE0, index + 1 < bytes.count {
            scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        } else if byte < 0xF0, index + 2 < bytes.count {
            scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        } else {
            return false
        }
        return bulletValues.contains(scalar)
    }

    /// `SectionDetector.bullets` as code points (a dozen, searched in order).
    private static let bulletValues: [UInt32] = SectionDetector.bullets.map(\.value).filter { $0 < 0x10000 }.sorted()
}
