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
        switch ZipLayout.problem(in: data, inflateLimit: limits.maxDecompressedBytes) {
        case nil: break
        case .damaged(let detail)?: throw .corrupt(path: source, format: .docx, detail: detail)
        case .inflatesPastLimit?: throw .decompressionLimit(path: source, limit: limits.maxDecompressedBytes)
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
/// Swift range trap in `MemoryFile.readData`) when a header sends it to an offset past the end of the data, and it
/// adds ZIP64 sizes and offsets (64-bit values) without overflow checks. So this walks the archive the way
/// ZIPFoundation will — end record found by scanning back from the end, ZIP64 end record just before it, central
/// directory entries in order with their ZIP64 extra fields, each entry's local header, data and data descriptor —
/// and reports the first offset that points outside the file or ZIP64 value that no CV could need (over 4 GiB).
/// Small archives that merely carry ZIP64 markers, as some writers add to every entry, pass.
enum ZipLayout {
    enum Problem: Equatable {
        case damaged(String)
        /// The word/*.xml parts together inflate past the limit: the reader would stop there too.
        case inflatesPastLimit
    }

    static func problem(in data: Data, inflateLimit: Int) -> Problem? {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }
        /// A 64-bit field, or nil past the end; values over 4 GiB come back as `Int.max` (no CV is that big).
        func u64(_ at: Int) -> Int? {
            guard let low = u32(at), let high = u32(at + 4) else { return nil }
            return high == 0 ? low : Int.max
        }
        let outside = Problem.damaged("the ZIP directory points outside the file")
        let tooLarge = Problem.damaged("a ZIP64 size or offset larger than any CV")
        var inflateLeft = inflateLimit
        // The end record: ZIPFoundation takes the first signature found scanning back from 22 bytes before the end.
        guard count >= 22, let end = stride(from: count - 22, through: 0, by: -1).first(where: { u32($0) == 0x0605_4B50 }),
              var entries = u16(end + 10), var directory = u32(end + 16) else {
            return nil  // no end record: ZIPFoundation refuses the archive itself
        }
        // ZIPFoundation reads a ZIP64 locator 20 bytes before the end record and the ZIP64 record 56 bytes before that.
        let record = end - 76
        if end > 76, u32(end - 20) == 0x0706_4B50, u32(record) == 0x0606_4B50, let version = u16(record + 14), version >= 45 {
            guard let total = u64(record + 32), let offset = u64(record + 48) else { return nil }
            (entries, directory) = (total, offset)
        }
        var position = directory
        var index = 0
        while index < entries {
            index += 1
            // ZIPFoundation seeks to each directory entry and stops at the first that is not one.
            guard position <= count else { return outside }
            guard u32(position) == 0x0201_4B50, position + 46 <= count,
                  let version = u16(position + 6), let flags = u16(position + 8), let method = u16(position + 10),
                  var compressed = u32(position + 20), var uncompressed = u32(position + 24),
                  let nameLength = u16(position + 28), let extraLength = u16(position + 30),
                  let commentLength = u16(position + 32), let disk = u16(position + 34),
                  var local = u32(position + 42) else { return nil }
            let extraStart = position + 46 + nameLength
            guard extraStart + extraLength + commentLength <= count else { return nil }
            // The ZIP64 extra field supplies, in this order, each 32-bit field that is all ones.
            var wanted: [(size: Int, apply: (Int) -> Void)] = []
            if uncompressed == 0xFFFF_FFFF { wanted.append((8, { uncompressed = $0 })) }
            if compressed == 0xFFFF_FFFF { wanted.append((8, { compressed = $0 })) }
            if local == 0xFFFF_FFFF { wanted.append((8, { local = $0 })) }
            if disk == 0xFFFF { wanted.append((4, { _ in })) }
            let zip64Field = Self.zip64Field(bytes, from: extraStart, length: extraLength)
            let isZIP64 = version & 0xFF >= 45 || (zip64Field.map { $0.size == 4 + wanted.reduce(0) { $0 + $1.size } } ?? false)
            if let field = zip64Field, isZIP64, field.size == 4 + wanted.reduce(0, { $0 + $1.size }) {
                var at = field.start + 4
                for item in wanted {
                    let value = item.size == 8 ? (u64(at) ?? 0) : 0
                    if value > 0 { item.apply(value) }  // zero means "not given": the 32-bit value stands
                    at += item.size
                }
            }
            guard compressed <= 0xFFFF_FFFF, uncompressed <= 0xFFFF_FFFF else { return tooLarge }
            guard local <= count else { return outside }
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28) else {
                return nil  // ZIPFoundation stops reading entries here
            }
            let dataStart = local + 30 + localName + localExtra
            let dataEnd = dataStart + (method == 0 ? uncompressed : compressed)
            guard dataEnd <= count else { return outside }
            // The extractor inflates word/document.xml, headers and footers; walk every word/*.xml, over the bytes
            // ZIPFoundation feeds zlib (from the data to the end of the file), with one output budget for them all.
            let name = Array(bytes[(position + 46)..<(position + 46 + nameLength)])
            if name.starts(with: Array("word/".utf8)), name.count > 9, name.suffix(4) == Array(".xml".utf8), u16(local + 8) == 8 {
                let walk = DeflateWalk.ending(of: bytes, from: dataStart, outputLimit: inflateLeft)
                switch walk.ending {
                case .complete: inflateLeft -= walk.produced
                case .outputLimit: return .inflatesPastLimit
                case .truncated: return .damaged("\(String(decoding: name, as: UTF8.self)) is cut short")
                case .invalid: return .damaged("\(String(decoding: name, as: UTF8.self)) is not valid compressed data")
                }
            }
            if flags & 0x08 != 0 {
                let descriptor = dataEnd
                // A ZIP64 entry's data descriptor holds 64-bit sizes, after an optional signature.
                if isZIP64, descriptor + 24 <= count {
                    let sizes = descriptor + (u32(descriptor) == 0x0807_4B50 ? 8 : 4)
                    guard let size1 = u64(sizes), let size2 = u64(sizes + 8), size1 <= 0xFFFF_FFFF, size2 <= 0xFFFF_FFFF
                    else { return tooLarge }
                }
            }
            position += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// Where a ZIP64 extended information record (header id 1) starts in an extra-field block, and its length with
    /// header, found the way ZIPFoundation's `scanForZIP64Field` finds it.
    private static func zip64Field(_ bytes: [UInt8], from start: Int, length: Int) -> (start: Int, size: Int)? {
        var offset = 0
        while offset < length - 4 {
            let at = start + offset
            let id = Int(bytes[at]) | Int(bytes[at + 1]) << 8
            let size = Int(bytes[at + 2]) | Int(bytes[at + 3]) << 8
            let next = offset + 4 + size
            guard next <= length else { return nil }
            if id == 1 { return (at, 4 + size) }
            offset = next
        }
        return nil
    }
}
