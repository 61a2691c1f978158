import Foundation

/// Writes ZIP archives for tests and fuzzers, so no large or hostile archive needs to be committed.
///
/// By default entries are stored (uncompressed) with correct CRC-32s: the packing DOCXFuzz uses to turn a fuzzed
/// `word/document.xml` into a DOCX, so a fuzzer can mutate the XML directly and its findings replay exactly in the
/// tests. An entry may instead carry pre-deflated bytes and declare whatever uncompressed size and CRC it likes,
/// for zip-bomb tests. With `Data.setLE` tests can also craft archives whose directory lies about offsets.
///
/// One file for the test targets (`Tests/HireKitTestSupport`) and the fuzz package (`Fuzz/Sources/FuzzSupport`
/// links to it), so it must compile on its own in either module.
public enum StoredZip {
    public struct Entry: Sendable {
        public var name: String
        /// The bytes written after the local header: the file itself when stored, a raw deflate stream when deflated.
        public var data: Data
        /// 0 stored, 8 deflated.
        public var method: UInt16
        public var uncompressedSize: UInt32
        public var crc32: UInt32

        /// A stored entry with its real size and CRC-32.
        public static func stored(_ name: String, _ data: Data) -> Entry {
            let size = UInt32(truncatingIfNeeded: data.count)
            return Entry(name: name, data: data, method: 0, uncompressedSize: size, crc32: StoredZip.crc32(data))
        }

        /// A deflated entry declaring `declaredUncompressedSize`. The CRC is unchecked by a reader that refuses the
        /// entry before inflating, so tests may leave it 0.
        public static func deflated(_ name: String, _ deflated: Data, declaredUncompressedSize: UInt32,
                                    crc32: UInt32 = 0) -> Entry {
            Entry(name: name, data: deflated, method: 8, uncompressedSize: declaredUncompressedSize, crc32: crc32)
        }
    }

    /// An archive of stored entries with correct CRC-32s.
    public static func archive(_ entries: [(name: String, data: Data)]) -> Data {
        archive(entries.map { Entry.stored($0.name, $0.data) })
    }

    public static func archive(_ entries: [Entry]) -> Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let offset = UInt32(truncatingIfNeeded: out.count)
            let name = Data(entry.name.utf8)
            let compressedSize = UInt32(truncatingIfNeeded: entry.data.count)
            out.appendLE(UInt32(0x0403_4B50))
            out.appendLE(UInt16(20)); out.appendLE(UInt16(0)); out.appendLE(entry.method)  // version, flags, method
            out.appendLE(UInt16(0)); out.appendLE(UInt16(0x5821))                           // time, date
            out.appendLE(entry.crc32); out.appendLE(compressedSize); out.appendLE(entry.uncompressedSize)
            out.appendLE(UInt16(name.count)); out.appendLE(UInt16(0))
            out.append(name)
            out.append(entry.data)

            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(UInt16(0x031E)); central.appendLE(UInt16(20))                  // made by unix, version
            central.appendLE(UInt16(0)); central.appendLE(entry.method)
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0x5821))
            central.appendLE(entry.crc32); central.appendLE(compressedSize); central.appendLE(entry.uncompressedSize)
            central.appendLE(UInt16(name.count)); central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt32(0o100644) << 16)                                        // regular file
            central.appendLE(offset)
            central.append(name)
        }
        let centralOffset = UInt32(truncatingIfNeeded: out.count)
        out.append(central)
        out.appendLE(UInt32(0x0605_4B50))
        out.appendLE(UInt16(0)); out.appendLE(UInt16(0))
        out.appendLE(UInt16(entries.count)); out.appendLE(UInt16(entries.count))
        out.appendLE(UInt32(central.count)); out.appendLE(centralOffset)
        out.appendLE(UInt16(0))
        return out
    }

    /// A minimal DOCX: content types and a body with one paragraph per line of `text`.
    public static func docx(_ text: String) -> Data {
        let paragraphs = text.split(separator: "\n").map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let body = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + paragraphs + "</w:body></w:document>"
        return archive([("[Content_Types].xml", Data(#"<?xml version="1.0"?><Types/>"#.utf8)),
                        ("word/document.xml", Data(body.utf8))])
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    public static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    public mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// Overwrites a little-endian integer at `offset` (for corrupting archive headers in tests).
    public mutating func setLE<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        Swift.withUnsafeBytes(of: value.littleEndian) { bytes in
            replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        }
    }
}
