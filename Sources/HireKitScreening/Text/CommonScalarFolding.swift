/// `MatchNormalizer.normalizeLine` for the characters CV lines are nearly always made of: ASCII,
/// Latin-1 and the rest of Windows-1252 (curly quotes, dashes, "€", "œ"), plus the zero-width space.
/// Text exported carelessly is full of them as mojibake ("ï¼" for a full-width hyphen, "Â" before a
/// non-breaking space); through Foundation's NFKC and folding each such line cost as much as
/// hundreds of ASCII ones.
///
/// Each of these characters folds the same whatever surrounds it: none combines with its
/// neighbours under NFKC (their decompositions start with a base character, and a line with a
/// combining mark takes the Foundation path), and case and diacritic folding work a character at a
/// time. So a line is folded by replacing each character with what Foundation makes of it alone,
/// computed once from `MatchNormalizer.foldedByFoundation` itself (`CommonScalarFoldingTests`
/// compares both paths on random lines).
enum CommonScalarFolding {
    /// The folded line, or nil when it holds a character outside the table.
    static func normalizedLine(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { bytes -> String? in
            // An ASCII line (most of them) folds byte for byte into a string of the same length,
            // written in place instead of through an array appended a byte at a time.
            if ByteScan.isASCII(bytes) {
                return String(unsafeUninitializedCapacity: bytes.count) { output in
                    for index in bytes.indices { output[index] = asciiFolded(bytes[index]) }
                    return bytes.count
                }
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            return append(folding: bytes, to: &output) ? String(decoding: output, as: UTF8.self) : nil
        }
    }

    /// Appends the folded form of `bytes` (a line's valid UTF-8) to `output` and returns true; or
    /// leaves `output` as it was and returns false when the line holds a character outside the
    /// table. `LineBuffer` folds a CV's lines one after another into one buffer this way.
    static func append(folding bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        let start = output.count
        if ByteScan.isASCII(bytes) {
            // Copied at once, then folded in place: a loop the compiler vectorises.
            output.append(contentsOf: bytes)
            output.withUnsafeMutableBufferPointer { output in
                for index in start..<output.count { output[index] = asciiFolded(output[index]) }
            }
            return true
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(asciiFolded(byte))
                index += 1
                continue
            }
            // Valid UTF-8 (a String's bytes): the lead byte gives the length. The table holds
            // only two- and three-byte characters.
            let scalar: UInt32
            if byte < 0xE0 {
                scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if byte < 0xF0 {
                scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                output.removeSubrange(start...)
                return false
            }
            guard let folded = table.folded(scalar) else {
                output.removeSubrange(start...)
                return false
            }
            output.append(contentsOf: folded)
        }
        return true
    }

    /// What the Foundation path makes of ASCII: lower case, a tab as a space, a backtick as a quote.
    private static func asciiFolded(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        case 0x09: UInt8(ascii: " ")
        case UInt8(ascii: "`"): UInt8(ascii: "'")
        default: byte
        }
    }

    /// The non-ASCII characters folded from the table: U+0080…U+00FF, the letters and punctuation
    /// Windows-1252 adds, and the zero-width space (frequent in PDF text).
    static let scalars: [UInt32] = Array(0x80...0xFF) + [
        0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017D, 0x017E, 0x0192, 0x02C6, 0x02DC,
        0x200B, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2020, 0x2021, 0x2022,
        0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122,
    ]

    private static let table = Table()

    /// Each character of `scalars` folded alone by Foundation, as UTF-8.
    private struct Table: Sendable {
        /// Indexed by scalar value below 0x300.
        private var low: [[UInt8]?] = Array(repeating: nil, count: 0x300)
        private var high: [UInt32: [UInt8]] = [:]

        init() {
            for value in CommonScalarFolding.scalars {
                let folded = Array(MatchNormalizer.foldedByFoundation(String(Unicode.Scalar(value)!)).utf8)
                if value < 0x300 { low[Int(value)] = folded } else { high[value] = folded }
            }
        }

        func folded(_ scalar: UInt32) -> [UInt8]? {
            scalar < 0x300 ? low[Int(scalar)] : high[scalar]
        }
    }
}
