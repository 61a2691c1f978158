import Foundation

/// New files of the staged site written by hand where `Data.write` cannot: from several parts
/// (the cache, whose role archive is not copied into one buffer first) or with ranges copied by the
/// kernel (`SplicedFile`). Each is flushed to disk before it is closed, as `Data.write` does.
enum FileWriting {
    /// Opens a new file (it must not exist) for writing.
    static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw error(path) }
        return descriptor
    }

    static func append(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw error(path) }
                done += written
            }
        }
    }

    static func flush(_ descriptor: Int32, path: String) throws {
        guard fsync(descriptor) == 0 else { throw error(path) }
    }

    /// A new file of `parts`, one after the other.
    static func write(_ parts: [Data], to path: String) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try write(parts, into: descriptor, path: path)
    }

    /// `parts` from the start of the open file `descriptor`, which is then cut to their length and
    /// flushed to disk.
    static func write(_ parts: [Data], into descriptor: Int32, path: String) throws {
        for part in parts { try append(part, to: descriptor, path: path) }
        guard ftruncate(descriptor, off_t(parts.reduce(0) { $0 + $1.count })) == 0 else { throw error(path) }
        try flush(descriptor, path: path)
    }

    /// The error of the last system call, naming `path`.
    static func error(_ path: String, code: Int32 = errno) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                userInfo: [NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
    }
}
