import Foundation

/// Writes a ZIP archive of stored (uncompressed) entries with correct CRC-32s; the same packing DOCXFuzz uses to
/// turn a fuzzed `word/document.xml` into a DOCX, so its findings replay exactly. Tests also use it to craft
/// archives whose directory lies about offsets.
enum StoredZip {
    static func archive(_ entries: [(name: String, data: Data)]) -> Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let offset = UInt32(truncatingIfNeeded: out.count)
            let name = Data(entry.name.utf8)
            let crc = crc32(entry.data)
            let size = UInt32(truncatingIfNeeded: entry.data.count)
            out.appendLE(UInt32(0x0403_4B50))
            out.appendLE(UInt16(20)); out.appendLE(UInt16(0)); out.appendLE(UInt16(0))
            out.appendLE(UInt16(0)); out.appendLE(UInt16(0x5821))
            out.appendLE(crc); out.appendLE(size); out.appendLE(size)
            out.appendLE(UInt16(name.count)); out.appendLE(UInt16(0))
            out.append(name)
            out.append(entry.data)

            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(UInt16(0x031E)); central.appendLE(UInt16(20))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0x5821))
            central.appendLE(crc); central.appendLE(size); central.appendLE(size)
            central.appendLE(UInt16(name.count)); central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt16(0)); central.appendLE(UInt16(0))
            central.appendLE(UInt32(0o100644) << 16)
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
    static func docx(_ text: String) -> Data {
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

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// Overwrites a little-endian integer at `offset` (for corrupting archive headers in tests).
    mutating func setLE<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        Swift.withUnsafeBytes(of: value.littleEndian) { bytes in
            replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        }
    }
}
