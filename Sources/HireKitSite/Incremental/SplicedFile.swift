import CFileSwap
import Foundation

/// A whole-site file of a rebuild, as pieces: new bytes, and ranges of the previous build's file of
/// the same path (the shares of roles that did not change, and the separators between them).
///
/// The publish writes the ranges with `copy_file_range`, so the kernel copies them from the old file
/// to the new one: on a large site these files run to hundreds of megabytes, and assembling them in
/// memory first meant faulting in the old file, zeroing and filling as many new pages, and copying
/// every byte once more into the file. Only a build holding the output folder's lock makes one, and
/// the old file it reads from stays in place until the publish swaps the folder.
struct SplicedFile: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case bytes(Data)
        /// A range of `source`.
        case previous(offset: Int, length: Int)
    }

    /// The previous build's file the `.previous` pieces are ranges of.
    let source: String
    private(set) var pieces: [Piece] = []
    /// The file's length.
    private(set) var count = 0
    /// New bytes not yet closed into a piece: shares arrive a few kilobytes at a time.
    private var pending = Data()

    init(source: String, capacity: Int = 0) {
        self.source = source
        pending.reserveCapacity(capacity)
    }

    mutating func append(_ bytes: some Sequence<UInt8>) {
        let before = pending.count
        pending.append(contentsOf: bytes)
        count += pending.count - before
    }

    /// Appends `length` bytes of `source` from `offset`, joining them to the piece before when that
    /// ended just there.
    mutating func appendPrevious(offset: Int, length: Int) {
        guard length > 0 else { return }
        closePending()
        if case .previous(let start, let before)? = pieces.last, start + before == offset {
            pieces[pieces.count - 1] = .previous(offset: start, length: before + length)
        } else {
            pieces.append(.previous(offset: offset, length: length))
        }
        count += length
    }

    /// Whether the last piece is a range of `source` ending at `offset` (so the bytes that follow it
    /// there are next).
    func endsInSource(at offset: Int) -> Bool {
        guard pending.isEmpty, case .previous(let start, let length)? = pieces.last else { return false }
        return start + length == offset
    }

    /// The pieces, with any pending bytes closed into the last one.
    func finished() -> SplicedFile {
        var file = self
        file.closePending()
        return file
    }

    /// The file's bytes, when it has no range of the previous file.
    var newBytesOnly: Data? {
        let file = finished()
        switch file.pieces.count {
        case 0: return Data()
        case 1: if case .bytes(let data) = file.pieces[0] { return data }
        default: break
        }
        return nil
    }

    /// Whether the file holds exactly the bytes of `source`, of `size` bytes: its ranges in place and
    /// its new bytes (a head, a tail, a share made again) equal to those there.
    func matchesSource(size: Int) -> Bool {
        let file = finished()
        guard file.count == size else { return false }
        var offset = 0
        var old: Data?
        for piece in file.pieces {
            switch piece {
            case .previous(let start, let length):
                guard start == offset else { return false }
                offset += length
            case .bytes(let data):
                if old == nil { old = try? Data(contentsOf: URL(fileURLWithPath: source), options: .alwaysMapped) }
                guard let old, old.count == size,
                      old[(old.startIndex + offset)..<(old.startIndex + offset + data.count)] == data else { return false }
                offset += data.count
            }
        }
        return true
    }

    /// Writes the file at `path` (which must not exist), copying the ranges from `source`, and
    /// flushes it to disk as `Data.write` does for the other files.
    func write(to path: String) throws {
        let output = try FileWriting.create(path)
        defer { close(output) }
        try write(into: output, path: path)
    }

    /// Writes the file from the start of the open file `output` (named `path` in errors), which is
    /// then cut to the file's length and flushed to disk.
    func write(into output: Int32, path: String) throws {
        let file = finished()
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw FileWriting.error(source) }
        defer { close(input) }
        for piece in file.pieces {
            switch piece {
            case .bytes(let data):
                try FileWriting.append(data, to: output, path: path)
            case .previous(let offset, let length):
                guard hirekit_copy_range(input, Int64(offset), output, Int64(length)) == 0 else { throw FileWriting.error(source) }
            }
        }
        guard ftruncate(output, off_t(file.count)) == 0 else { throw FileWriting.error(path) }
        try FileWriting.flush(output, path: path)
    }

    /// The file's bytes, reading the ranges from `source`.
    func data() throws -> Data {
        let file = finished()
        var out = Data(capacity: file.count)
        var old: Data?
        for piece in file.pieces {
            switch piece {
            case .bytes(let data): out.append(data)
            case .previous(let offset, let length):
                if old == nil { old = try Data(contentsOf: URL(fileURLWithPath: source), options: .alwaysMapped) }
                guard let old, offset >= 0, offset + length <= old.count else { throw FileWriting.error(source, code: EIO) }
                out.append(old[(old.startIndex + offset)..<(old.startIndex + offset + length)])
            }
        }
        return out
    }

    private mutating func closePending() {
        guard !pending.isEmpty else { return }
        pieces.append(.bytes(pending))
        pending = Data()
    }
}
