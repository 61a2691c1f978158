import Foundation

/// Turns the bytes of a text-like CV into a String. CVs arrive from Windows, Macs and web forms, so besides UTF-8
/// (with or without BOM) and UTF-16 with BOM we fall back to Windows-1252, which also covers Latin-1, rather than
/// rejecting a file over one accented byte.
enum TextDecoder {
    /// The decoded text, or nil when the bytes look like binary data rather than text.
    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes.dropFirst(2), bigEndian: true)
        } else if hasNUL(bytes), let endianness = bomlessUTF16(bytes) {
            // (Without a NUL, `bomlessUTF16` has no zeros to count and says no.)
            text = utf16(bytes[...], bigEndian: endianness)
        } else if hasNUL(bytes) {
            // NUL never occurs in 8-bit text; it's the clearest sign of a binary file.
            return nil
        } else if let valid = String(validating: bytes, as: UTF8.self) {
            // One validating pass (the standard library's), instead of decoding every scalar to
            // check validity and then validating again to build the String.
            text = valid
        } else {
            text = windows1252(bytes)
        }
        return looksLikeText(text) ? text : nil
    }

    private static func hasNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 saved without a BOM shows up as NULs in every other byte (for Latin-script text); which half holds
    /// the NULs gives the byte order. Returns true for big-endian, false for little-endian, nil if not UTF-16.
    private static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in bytes.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = bytes.count / 2
        if oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs { return false }
        if evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs { return true }
        return nil
    }

    /// Windows-1252's 0x80–0x9F block (curly quotes, dashes, euro); the five undefined bytes map as in Latin-1,
    /// as browsers do.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Rejects decoded text with more than a stray control character or two: that's a binary file that happened to
    /// decode, and screening its "text" would only produce noise.
    static func looksLikeText(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(looksLikeText(utf8:)) { return answer }
        var total = 0, suspicious = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFD: suspicious += 1
            default: continue
            }
        }
        return suspicious == 0 || (suspicious < 8 && suspicious * 100 < total)
    }

    /// `looksLikeText` over the bytes of valid UTF-8.
    static func looksLikeText(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mayHoldSuspicious(bytes) else { return true }
        let counts = suspiciousScalars(bytes)
        return counts.suspicious == 0 || (counts.suspicious < 8 && counts.suspicious * 100 < counts.total)
    }

    /// The scalars of valid UTF-8 `bytes`, and those `looksLikeText` counts against a text (see
    /// `mayHoldSuspicious`), counted over the bytes: a scalar starts at every byte that is not a
    /// continuation byte. CVs with mojibake hold a U+008D or two, and decoding every scalar of them
    /// to count cost more than the rest of decoding.
    private static func suspiciousScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> (total: Int, suspicious: Int) {
        var total = 0, suspicious = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { total += 1 }
            switch byte {
            case 0x09...0x0D: continue
            case 0x00...0x1F, 0x7F: suspicious += 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] < 0xA0: suspicious += 1
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD: suspicious += 1
            default: continue
            }
        }
        return (total, suspicious)
    }

    /// False when the UTF-8 `bytes` certainly hold none of the characters `looksLikeText` counts against a text
    /// (C0 controls but tab and line breaks, DEL, U+0080…U+009F as C2 80…C2 9F, U+FFFD as EF BF BD): the answer
    /// for nearly every CV, found without decoding scalars.
    private static func mayHoldSuspicious(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        func suspicious(_ indices: Range<Int>) -> Bool {
            for index in indices {
                switch bytes[index] {
                case 0x09...0x0D: continue
                case 0x00...0x1F, 0x7F: return true
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] < 0xA0: return true
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD: return true
                default: continue
                }
            }
            return false
        }
        // Eight bytes at a time: when all are printable ASCII (no high bit, none below 0x20, none
        // equal to 0x7F), as most of a CV's are, none is a case above and they are not looked at
        // one by one.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var start = 0
        while start + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
            let belowSpace = (word &- ones &* 0x20) & ~word & highs
            let xored = word ^ (ones &* 0x7F)
            let delete = (xored &- ones) & ~xored & highs
            if (word & highs) | belowSpace | delete != 0, suspicious(start..<(start + 8)) { return true }
            start += 8
        }
        return suspicious(start..<bytes.count)
    }
}
