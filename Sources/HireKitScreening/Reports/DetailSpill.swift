import Foundation

/// An anonymous temporary file that per-candidate report text is appended to while a batch is
/// screened and read back, one candidate at a time, in rank order when the report is written.
///
/// Ranking needs every CV screened before the first line can be printed, but the details (the
/// JSON of every role's results, explanations with evidence) are most of a report's size, about
/// 80 KB per CV as JSON. Holding them would make memory grow with the batch; parked on disk they
/// cost one candidate's worth of memory. The file is unlinked from the start (`tmpfile`), so it
/// disappears with the process however it ends.
final class DetailSpill: @unchecked Sendable {
    struct Slice: Sendable, Equatable { var offset: Int; var count: Int }

    private let lock = NSLock()
    private var file: UnsafeMutablePointer<FILE>?
    private var end = 0
    /// Details kept in memory instead, for small reports built from an in-memory `Outcome`
    /// or when no temporary file can be made.
    private var memory: [UInt8] = []
    private var failed = false

    init(inMemory: Bool = false) {
        if !inMemory { file = tmpfile() }
    }

    deinit { if let file { fclose(file) } }

    /// Appends `text`; safe to call from several threads.
    func append(_ text: String) -> Slice {
        var text = text
        return text.withUTF8 { bytes in
            lock.lock(); defer { lock.unlock() }
            if let file {
                fseeko(file, off_t(end), SEEK_SET)
                if fwrite(bytes.baseAddress, 1, bytes.count, file) != bytes.count { failed = true }
                defer { end += bytes.count }
                return Slice(offset: end, count: bytes.count)
            }
            defer { memory.append(contentsOf: bytes) }
            return Slice(offset: memory.count, count: bytes.count)
        }
    }

    /// The text appended as `slice`. Precondition: no write failed (see `check`).
    func read(_ slice: Slice) -> String {
        lock.lock(); defer { lock.unlock() }
        guard let file else {
            let start = Int(slice.offset)
            return String(decoding: memory[start..<(start + slice.count)], as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            fseeko(file, off_t(slice.offset), SEEK_SET)
            return fread(buffer.baseAddress, 1, slice.count, file)
        }
    }

    /// Throws when a write failed (a full disk): the report would otherwise come out incomplete.
    func check() throws {
        lock.lock(); defer { lock.unlock() }
        if failed || (file.map { fflush($0) != 0 } ?? false) {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSLocalizedDescriptionKey:
                "could not write the report's temporary file (is the temporary folder full?)"])
        }
    }
}
