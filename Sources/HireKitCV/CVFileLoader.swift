import Foundation

/// A CV file's bytes, read with `stat`, `open`, `fstat` and `read`.
///
/// Foundation's route (resolving every link in the path by hand, `attributesOfItem`, a
/// `FileHandle`) cost about 0.1 M instructions a CV, a fifth of reading a text CV; the kernel
/// follows links itself. The errors are the ones that route gave, case for case
/// (`CVFileLoaderEquivalenceTests` compares the two).
enum CVFileLoader {
    /// The bytes of the file at `path`, at most `maxBytes` plus one (so a file that grew after its
    /// size was checked is still caught as too large). `source` names the file in errors.
    static func load(_ path: String, source: String, maxBytes: Int) throws(CVReadError) -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            // A link to nothing, or a loop of links, is still there as a link, and a link is not a
            // regular file; anything else (a missing file or folder above it) is missing.
            var link = stat()
            throw .unreadable(path: source, reason: lstat(path, &link) == 0 ? "not a regular file" : "no such file")
        }
        // Checked before opening: a FIFO or a device is never opened (opening either can block or
        // act), and an oversized upload is never loaded into memory.
        try checkRegular(status, source: source)
        let size = Int(status.st_size)
        if size > maxBytes { throw .tooLarge(path: source, bytes: size, limit: maxBytes) }
        if size == 0 { throw .empty(path: source) }

        // Non-blocking, so that a file swapped for a FIFO after the check cannot hang the batch.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { throw unreadable(path, source: source) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, source: source) }
        try checkRegular(status, source: source)
        let limit = min(maxBytes, Int.max - 1) + 1
        guard let data = readAll(descriptor, expected: Int(status.st_size), limit: limit) else {
            throw unreadable(path, source: source)
        }
        return data
    }

    private static func checkRegular(_ status: stat, source: String) throws(CVReadError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .unreadable(path: source, reason: "it is a folder, not a file")
        default: throw .unreadable(path: source, reason: "not a regular file")
        }
    }

    /// Why a file that exists could not be opened or read, told apart as before: by whether it may be read.
    private static func unreadable(_ path: String, source: String) -> CVReadError {
        .unreadable(path: source, reason: access(path, R_OK) == 0 ? "read error" : "permission denied")
    }

    /// Up to `limit` bytes until the end of the file, into a buffer of the size `fstat` gave (plus
    /// one byte, to see the end), grown only if the file grew meanwhile. nil on a read error.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Data? {
        var capacity = min(max(expected, 0), limit - 1) + 1
        guard var buffer = malloc(capacity) else { return nil }
        var count = 0
        while count < limit {
            if count == capacity {
                capacity = capacity > limit / 2 ? limit : capacity * 2
                guard let grown = realloc(buffer, capacity) else { free(buffer); return nil }
                buffer = grown
            }
            let got = read(descriptor, buffer + count, capacity - count)
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                free(buffer)
                return nil
            }
            count += got
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }
}
