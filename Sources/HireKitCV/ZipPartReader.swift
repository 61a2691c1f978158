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
