import Foundation
import ZIPFoundation

/// Reads named parts out of a ZIP (DOCX) with zip-bomb defences. Declared sizes are checked before anything is
/// inflated, and because those headers can lie, bytes are also counted while inflating and extraction aborts as
/// soon as the budget is spent, so memory never holds more than `maxDecompressedBytes`.
struct ZipPartReader {
    /// Below this size a high ratio is harmless (a tiny, very repetitive XML part), so only the size budget applies.
    static let ratioFloorBytes: UInt64 = 1 << 20

    let archive: Archive
    let source: String
    let limits: ReaderLimits
    private var budgetLeft: Int

    init(data: Data, source: String, limits: ReaderLimits) throws(CVReadError) {
        if let problem = ZipLayout.problem(in: data) {
            throw .corrupt(path: source, format: .docx, detail: problem)
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .corrupt(path: source, format: .docx, detail: "not a readable ZIP archive")
        }
        self.source = source
        self.limits = limits
        budgetLeft = limits.maxDecompressedBytes
    }

    /// Entries whose path matches `predicate`, in archive order.
    func entries(where predicate: (String) -> Bool) -> [Entry] {
        archive.filter { $0.type == .file && predicate($0.path) }
    }

    /// Refuses the whole set of parts up front when their declared sizes already break the limits.
    func checkDeclaredSizes(of entries: [Entry]) throws(CVReadError) {
        var total: UInt64 = 0
        for entry in entries {
            let uncompressed = entry.uncompressedSize
            total += uncompressed
            let ratio = uncompressed / max(entry.compressedSize, 1)
            if uncompressed > UInt64(limits.maxDecompressedBytes) || total > UInt64(limits.maxDecompressedBytes)
                || (uncompressed > Self.ratioFloorBytes && ratio > UInt64(max(limits.maxCompressionRatio, 1))) {
                throw .decompressionLimit(path: source, limit: limits.maxDecompressedBytes)
            }
        }
    }

    /// Inflates one entry, charging its real size against the shared budget.
    mutating func read(_ entry: Entry) throws(CVReadError) -> Data {
        var output = Data()
        var budget = budgetLeft
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                budget -= chunk.count
                guard budget >= 0 else { throw BudgetExceeded() }
                output.append(chunk)
            }
            guard checksum == entry.checksum else {
                throw CVReadError.corrupt(path: source, format: .docx, detail: "\(entry.path) fails its checksum")
            }
        } catch is BudgetExceeded {
            throw .decompressionLimit(path: source, limit: limits.maxDecompressedBytes)
        } catch let error as CVReadError {
            throw error
        } catch {
            throw .corrupt(path: source, format: .docx, detail: "\(entry.path) can't be unpacked")
        }
        budgetLeft = budget
        return output
    }

    private struct BudgetExceeded: Error {}
}

/// Checks a ZIP's directory before ZIPFoundation reads it. ZIPFoundation's in-memory archive stops the process (a
/// Swift range trap in `MemoryFile.readData`) when a header sends it to an offset past the end of the data, and
/// its ZIP64 sizes and offsets are 64-bit values it adds without overflow checks. A genuine DOCX never needs
/// ZIP64 and every offset in it lies inside the file, so this walks the archive the way ZIPFoundation will (end
/// record found by scanning back from the end, central directory entries in order, each entry's local header,
/// data and data descriptor) and reports the first offset that points outside it, or any ZIP64 structure.
enum ZipLayout {
    static func problem(in data: Data) -> String? {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }
        let outside = "the ZIP directory points outside the file"
        // The end record: ZIPFoundation takes the first signature found scanning back from 22 bytes before the end.
        guard count >= 22, let end = stride(from: count - 22, through: 0, by: -1).first(where: { u32($0) == 0x0605_4B50 }),
              let entries = u16(end + 10), let directory = u32(end + 16) else {
            return nil  // no end record: ZIPFoundation refuses the archive itself
        }
        if u32(end - 20) == 0x0706_4B50 || entries == 0xFFFF || directory == 0xFFFF_FFFF {
            return "a ZIP64 archive, which a Word document never needs"
        }
        var position = directory
        for _ in 0..<entries {
            // ZIPFoundation seeks to each directory entry and stops at the first that is not one.
            guard position <= count else { return outside }
            guard u32(position) == 0x0201_4B50, position + 46 <= count,
                  let version = u16(position + 6), let flags = u16(position + 8), let method = u16(position + 10),
                  let compressed = u32(position + 20), let uncompressed = u32(position + 24),
                  let nameLength = u16(position + 28), let extraLength = u16(position + 30),
                  let commentLength = u16(position + 32), let local = u32(position + 42) else { return nil }
            if version & 0xFF >= 45 || compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF
                || hasZIP64Field(bytes, from: position + 46 + nameLength, length: extraLength) {
                return "a ZIP64 archive, which a Word document never needs"
            }
            guard local <= count else { return outside }
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28) else {
                return nil  // ZIPFoundation stops reading entries here
            }
            let dataStart = local + 30 + localName + localExtra
            guard dataStart <= count else { return outside }
            if flags & 0x08 != 0, dataStart + (method == 0 ? uncompressed : compressed) > count { return outside }
            position += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// Whether an extra-field block holds a ZIP64 extended information record (header id 1).
    private static func hasZIP64Field(_ bytes: [UInt8], from start: Int, length: Int) -> Bool {
        var offset = start
        let end = min(start + length, bytes.count)
        while offset + 4 <= end {
            let id = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
            let size = Int(bytes[offset + 2]) | Int(bytes[offset + 3]) << 8
            if id == 1 { return true }
            offset += 4 + size
        }
        return false
    }
}
