import Foundation
import HireKitRoles

/// A digest of files' sizes and modification times (to the nanosecond), so a build can tell whether
/// the site it published last is still as it left it. A page edited by hand, restored by `git
/// checkout` or touched by another tool gets a new modification time; a build that finds the stamp
/// changed neither skips the build nor reuses pages from the folder. `stat` only: 10,000 files take
/// milliseconds, where reading them back would take seconds.
enum OutputStamp {
    /// The stamp of `paths` inside `folder`, in the order given; nil when one of them is missing.
    static func of(_ paths: [String], in folder: URL) -> String? {
        var hash = StableHash()
        let base = folder.path + "/"
        for path in paths {
            var info = stat()
            guard stat(base + path, &info) == 0 else { return nil }
            mix(path, Entry(info), into: &hash)
        }
        return hash.text
    }

    /// What the stamp takes of one file's status.
    struct Entry: Sendable, Equatable {
        let size: Int64, seconds: Int64, nanoseconds: Int64

        init(_ info: stat) {
            size = Int64(info.st_size); seconds = Int64(info.st_mtim.tv_sec); nanoseconds = Int64(info.st_mtim.tv_nsec)
        }
    }

    /// The stamp of `paths` from their status as already read (by the publish, which stats each file
    /// it stages): the same as `of(_:in:)` while the files are unchanged.
    static func of(_ paths: [String], entries: [Entry]) -> String {
        var hash = StableHash()
        for (path, entry) in zip(paths, entries) { mix(path, entry, into: &hash) }
        return hash.text
    }

    private static func mix(_ path: String, _ entry: Entry, into hash: inout StableHash) {
        hash.mix(path)
        // The numbers as their bytes: written out as text they were most of a 10,000-page stamp,
        // which a build takes twice.
        var numbers = (entry.size, entry.seconds, entry.nanoseconds)
        withUnsafeBytes(of: &numbers) { hash.mix($0) }
    }
}
