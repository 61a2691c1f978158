import Foundation

/// A raw deflate stream of "0" repeated, using one fixed-Huffman block: a literal then back-references of 258
/// bytes at distance 1, 13 bits each (about 160:1). Good enough to make a 200 MB part from ~1.3 MB, for
/// zip-bomb tests (see `StoredZip.Entry.deflated`).
public enum DeflatedZeros {
    /// Returns the stream and the exact inflated size (1 + 258 × copies).
    public static func make(atLeast bytes: Int) -> (data: Data, size: Int) {
        let copies = max(1, (bytes - 1 + 257) / 258)
        var writer = BitWriter()
        writer.write(1, bits: 1)                  // BFINAL
        writer.write(1, bits: 2)                  // BTYPE 01: fixed Huffman
        writer.writeCode(0x30 + 0x30, length: 8)  // literal '0' (0x30): codes for 0–143 are 0x30 + value
        for _ in 0..<copies {
            writer.writeCode(0xC5, length: 8)     // length 258 = symbol 285 = 11000101
            writer.writeCode(0, length: 5)        // distance 1 = distance code 0
        }
        writer.writeCode(0, length: 7)            // end of block (256)
        return (writer.finish(), 1 + 258 * copies)
    }

    private struct BitWriter {
        var bytes = Data()
        var current: UInt32 = 0
        var count = 0

        /// Plain values (header fields) go in least-significant bit first.
        mutating func write(_ value: UInt32, bits: Int) {
            for bit in 0..<bits { push((value >> UInt32(bit)) & 1) }
        }

        /// Huffman codes go in most-significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for bit in stride(from: length - 1, through: 0, by: -1) { push((code >> UInt32(bit)) & 1) }
        }

        private mutating func push(_ bit: UInt32) {
            current |= bit << UInt32(count)
            count += 1
            if count == 8 {
                bytes.append(UInt8(current))
                current = 0
                count = 0
            }
        }

        mutating func finish() -> Data {
            if count > 0 { bytes.append(UInt8(current)) }
            return bytes
        }
    }
}
