import Foundation

/// Builds ZIP archives for zip-bomb tests at run time, so no large or hostile file needs to be committed.
/// Entries carry pre-compressed deflate data and whatever sizes the test wants to declare.
struct ZipBuilder {
    struct Entry {
        var name: String
        var deflated: Data
        var declaredUncompressedSize: UInt32
        /// Unchecked by the reader when it refuses the entry before inflating, so tests may leave it 0.
        var crc32: UInt32 = 0
    }

    var entries: [Entry] = []

    func data() -> Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Data(entry.name.utf8)
            out.appendLE(UInt32(0x0403_4B50))
            out.appendLE(UInt16(20)); out.appendLE(UInt16(0)); out.appendLE(UInt16(8))  // version, flags, deflate
            out.appendLE(UInt16(0)); out.appendLE(UInt16(0x5821))                      // time, date
            out.appendLE(entry.crc32)
            out.appendLE(UInt32(entry.deflated.count)); out.appendLE(entry.declaredUncompressedSize)
            out.appendLE(UInt16(name.count)); out.appendLE(UInt16(0))
            out.append(name)
            out.append(entry.deflated)

            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(UInt16(0x031E)); central.appendLE(UInt16(20))             // made by unix, version
            central.appendLE(UInt16(0)); central.appendLE(UInt16(8))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0x5821))
            central.appendLE(entry.crc32)
            central.appendLE(UInt32(entry.deflated.count)); central.appendLE(entry.declaredUncompressedSize)
            central.appendLE(UInt16(name.count)); central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt32(0o100644) << 16)                                   // regular file
            central.appendLE(offset)
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.appendLE(UInt32(0x0605_4B50))
        out.appendLE(UInt16(0)); out.appendLE(UInt16(0))
        out.appendLE(UInt16(entries.count)); out.appendLE(UInt16(entries.count))
        out.appendLE(UInt32(central.count)); out.appendLE(centralOffset)
        out.appendLE(UInt16(0))
        return out
    }
}

/// A raw deflate stream of "0" repeated, using one fixed-Huffman block: a literal then back-references of 258
/// bytes at distance 1, 13 bits each (about 160:1). Good enough to make a 200 MB part from ~1.3 MB.
enum DeflatedZeros {
    /// Returns the stream and the exact inflated size (1 + 258 × copies).
    static func make(atLeast bytes: Int) -> (data: Data, size: Int) {
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

extension Data {
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
