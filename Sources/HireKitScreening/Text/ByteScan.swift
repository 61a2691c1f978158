/// Tests screening asks of every byte of every line, eight bytes at a time: byte by byte each
/// cost several instructions a byte, and together they were a few percent of screening a CV.
/// `ByteScanTests` compare them with byte-by-byte loops.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highs != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Whether every byte is printable ASCII or a tab (`ASCIIPatternLine`'s lines): a word with no
    /// high bit, no byte below a space and no DEL holds only printable bytes, and any other word is
    /// read byte by byte (the test may flag a word wrongly, never miss one).
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func printable(_ byte: UInt8) -> Bool { byte &- 0x20 < 0x5F || byte == 0x09 }
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let deletes = word ^ (ones &* 0x7F)
            let flagged = word | ((word &- ones &* 0x20) & ~word) | ((deletes &- ones) & ~deletes)
            if flagged & highs != 0 {
                for offset in index..<(index + 8) where !printable(bytes[offset]) { return false }
            }
            index += 8
        }
        for offset in index..<bytes.count where !printable(bytes[offset]) { return false }
        return true
    }

    /// Whether every byte is below 0x80 and none is a "\r" (section headings' lines).
    static func isASCIIWithoutReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highs != 0 || hasByte(word, 0x0D) { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 || bytes[index] == 0x0D { return false }
            index += 1
        }
        return true
    }

    /// Whether `bytes` hold "19" or "20", with which every year a CV dates a job by begins. Words
    /// without a "9" or a "0", the second byte of either, are passed over; a "1" or "2" ending
    /// one is carried to the next.
    static func holdsYearStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        func holds(_ indices: Range<Int>) -> Bool {
            for index in indices {
                let byte = bytes[index]
                if (previous == UInt8(ascii: "1") && byte == UInt8(ascii: "9")) || (previous == UInt8(ascii: "2") && byte == UInt8(ascii: "0")) {
                    return true
                }
                previous = byte
            }
            return false
        }
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if hasByte(word, UInt8(ascii: "9")) || hasByte(word, UInt8(ascii: "0")) {
                if holds(index..<(index + 8)) { return true }
            } else {
                previous = bytes[index + 7]
            }
            index += 8
        }
        return holds(index..<bytes.count)
    }

    /// Whether one of the eight bytes of `word` is `byte` (exact: a flagged byte above the lowest
    /// needs a true match below it).
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let matches = word ^ (ones &* UInt64(byte))
        return (matches &- ones) & ~matches & highs != 0
    }
}
