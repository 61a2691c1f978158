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
            hash.mix(path)
            // The numbers as their bytes: written out as text they were most of a 10,000-page stamp,
            // which a build takes twice.
            var numbers = (Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))
            withUnsafeBytes(of: &numbers) { hash.mix($0) }
        }
        return hash.text
    }
}
