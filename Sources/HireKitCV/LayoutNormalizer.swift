/// Tidies the *layout* of text a reader extracted, so every format yields the same shape: "\n" line
/// ends, single spaces, trimmed lines and at most one blank line in a row; control characters, soft
/// hyphens and zero-width marks are dropped. Every visible character stays as the CV wrote it (case,
/// accents, ligatures), because this is the text recruiters are quoted as evidence.
///
/// Not to be confused with HireKitScreening's `MatchNormalizer`, which *folds* characters (case,
/// NFKC, diacritics) into the form text is compared in, and never changes the number of lines.
/// Screening and `--blind` redaction rely on the shape this one gives.
enum LayoutNormalizer {
    static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8(normalize(utf8:))
    }

    /// The same over well-formed UTF-8 `bytes` (a `String`'s, or a file's that `UTF8Check` found
    /// well-formed). The layout copies or drops whole scalars, so what it writes is well-formed too
    /// and is made into a `String` without validating it again: the standard library's validation
    /// of the laid-out text was a third of reading a text CV. Where that initializer is missing (macOS
    /// before 26) the string is validated as before. `LayoutNormalizerTests` compare the two.
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26.0, *) {
            // Every output byte stands for at least one input byte: a buffer of the input's size.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { output in
                let (count, isASCII) = layOut(bytes, into: output)
                let laidOut = UnsafeBufferPointer(rebasing: output[..<count])
                return String(copying: unsafe UTF8Span(unchecked: laidOut.span, isKnownASCII: isASCII))
            }
        }
        return validatingNormalize(utf8: bytes)
    }

    /// `normalize(utf8:)` written straight into a string of the input's size, which the standard
    /// library validates.
    static func validatingNormalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { layOut(bytes, into: $0).count }
    }

    /// Lays out `bytes` into `output` (at least as long): the number of bytes written, and whether
    /// they are all ASCII. Read over the UTF-8 bytes: a run of printable ASCII that starts and ends
    /// with a visible character and holds no two spaces together (most of a CV) comes out as it
    /// is, so it is copied at once; anything else is decoded to its scalar and sorted below. No
    /// array per line, and no copy of the input. No closures: state captured by one is checked for
    /// exclusive access on every use.
    private static func layOut(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>)
        -> (count: Int, isASCII: Bool) {
        var writer = Writer(output: output)
        var isASCII = true
        var previous: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x7F {
                let end = phraseEnd(bytes, after: index)
                writer.visible(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                previous = UInt32(bytes[end - 1])
                index = end
                continue
            }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            var value = length == 1 ? UInt32(byte) : UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            switch value {
            case 0x0A:
                if previous != 0x0D { writer.endLine() }  // else the second half of "\r\n"
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                writer.endLine()
            case 0x09:
                writer.pendingTab = true
            case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                writer.pendingSpace = true
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                break  // controls, soft hyphens and zero-width marks carry no words
            default:
                // Every ASCII byte is sorted above: this scalar is not ASCII.
                isASCII = false
                writer.visible(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            }
            previous = value
            index += length
        }
        return (writer.finish(), isASCII)
    }

    /// The end of the run of printable ASCII starting at the visible byte at `start`, single spaces
    /// allowed between visible bytes. A single space between two visible characters is written as
    /// it is read, so the run is copied whole: words are short, and a run of words is most of a
    /// line. Eight bytes are taken at a time; where they stop the run, the first byte that does
    /// is found from the same bit masks rather than by going on byte by byte.
    private static func phraseEnd(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80, lows = ones &* 0x7F
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var end = start + 1
        while true {
            // The byte before `end` is visible.
            while end + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                // The high bit of each byte that is not printable ASCII, or a space followed by a
                // space. The lowest one marked is always right (a borrow only marks bytes above it).
                let belowSpace = (word &- ones &* 0x20) & ~word & highs
                let xored = word ^ lows
                let delete = (xored &- ones) & ~xored & highs
                let spaced = word ^ (ones &* 0x20)
                let spaces = ~(((spaced & lows) &+ lows) | spaced) & highs  // exact: no carry crosses bytes
                let stops = (word & highs) | belowSpace | delete | (spaces & (spaces >> 8))
                if stops == 0 {
                    // A space last goes on only if a visible byte follows it: looked at below.
                    if spaces >> 63 != 0 { end += 7; break }
                    end += 8
                    continue
                }
                end += stops.trailingZeroBitCount / 8
                // A single space before the byte that stops the run is not part of it.
                return bytes[end - 1] == 0x20 ? end - 1 : end
            }
            guard end < bytes.count else { return end }
            let next = bytes[end]
            if next > 0x20 && next < 0x7F {
                end += 1
            } else if next == 0x20, end + 1 < bytes.count, bytes[end + 1] > 0x20, bytes[end + 1] < 0x7F {
                end += 2
            } else {
                return end
            }
        }
    }

    /// Writes lines straight into the output, dropping a blank line after another blank line or at
    /// the start, and a blank line at the end. A line's "\n" is written when it turns out not to be
    /// a dropped blank: before its first visible character, or at its end when it stays blank.
    private struct Writer {
        private let output: UnsafeMutableBufferPointer<UInt8>
        private var count = 0
        private var lineCount = 0, lastLineEmpty = true
        /// Whether the current line has a visible character yet.
        private var lineStarted = false
        var pendingSpace = false, pendingTab = false

        init(output: UnsafeMutableBufferPointer<UInt8>) { self.output = output }

        /// Writes a visible character or run of them (UTF-8), after the blank that preceded it.
        mutating func visible(_ bytes: UnsafeBufferPointer<UInt8>) {
            if lineStarted {
                // Runs of blanks collapse to one; a tab survives (as one tab) because DOCX uses it between a job
                // title and its dates, and it is a clearer separator than a space.
                if pendingTab { write(0x09) } else if pendingSpace { write(0x20) }
            } else {
                if lineCount > 0 { write(UInt8(ascii: "\n")) }
                lineStarted = true
            }
            pendingSpace = false
            pendingTab = false
            // A run is copied at once, checked once, rather than written and checked byte by byte.
            precondition(count + bytes.count <= output.count, "layout output longer than its input")
            UnsafeMutableRawPointer(output.baseAddress! + count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            count += bytes.count
        }

        mutating func endLine() {
            if lineStarted {
                lineCount += 1
                lastLineEmpty = false
            } else if !lastLineEmpty {
                if lineCount > 0 { write(UInt8(ascii: "\n")) }
                lineCount += 1
                lastLineEmpty = true
            }
            lineStarted = false
            pendingSpace = false
            pendingTab = false
        }

        /// Ends the last line and returns the number of bytes written.
        mutating func finish() -> Int {
            endLine()
            // At most one blank line can end the output (blank lines never follow one another): drop it.
            if lineCount > 0, lastLineEmpty { count -= 1 }
            return count
        }

        private mutating func write(_ byte: UInt8) {
            // Never fails (each byte written stands for at least one read), but the buffer is
            // unchecked in release builds, so it is checked here.
            precondition(count < output.count, "layout output longer than its input")
            output[count] = byte
            count += 1
        }
    }
}
