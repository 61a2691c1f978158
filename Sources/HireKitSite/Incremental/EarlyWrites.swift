import Foundation

/// The big files of a rebuild, written and flushed to disk in a folder beside the output while the
/// rest of the site is still rendering: the whole-site files that changed (jobs.json, the feeds, the
/// search index: each a `SplicedFile`), the index and the build's cache.
///
/// After one role is edited these files are most of what a rebuild writes (on a 10,000-role site
/// 190 MB, which the disk takes about a third of a second to flush) while little else is left to
/// render. Left to the publish, that flush came after the render instead of beside it. Each file is
/// written by a thread of its own as soon as it is made, and the publish moves the finished file
/// into the staging folder by a rename. A file that could not be written here is written by the
/// publish, which reports the failure. Made only under the output folder's lock; a folder left by a
/// killed build is removed by the next one.
final class EarlyWrites: @unchecked Sendable {
    let folder: String
    private let condition = NSCondition()
    private var written: Set<String> = []
    private var pending: Set<String> = []

    /// A new, empty folder at `folder` (anything left there by a killed build is removed), or nil if
    /// it cannot be made: the publish then writes the files as usual.
    init?(folder: String) {
        FolderHandles.removeTree(folder)
        guard mkdir(folder, 0o755) == 0 else { return nil }
        self.folder = folder
    }

    /// Starts writing `file` as `path`, unless it holds exactly the bytes of its source, of
    /// `sourceSize` bytes (the publish then links the previous file instead).
    func write(_ path: String, _ file: SplicedFile, sourceSize: Int) {
        start(path) { target in
            guard !file.matchesSource(size: sourceSize) else { return false }
            try file.write(to: target)
            return true
        }
    }

    /// Starts writing `path` from `parts`, made on the writing thread (a late file may still be in
    /// the making).
    func write(_ path: String, parts: @escaping @Sendable () -> [Data]) {
        start(path) { target in
            try FileWriting.write(parts(), to: target)
            return true
        }
    }

    /// Top-level paths only, as the whole-site files are; others are left to the publish.
    private func start(_ path: String, _ write: @escaping @Sendable (String) throws -> Bool) {
        guard !path.utf8.contains(UInt8(ascii: "/")) else { return }
        condition.lock()
        guard pending.insert(path).inserted, !written.contains(path) else {
            condition.unlock()
            return
        }
        condition.unlock()
        Thread { [self] in
            let target = folder + "/" + path
            var done = false
            do {
                done = try write(target)
            } catch {
                unlink(target)
            }
            condition.lock()
            if done { written.insert(path) }
            pending.remove(path)
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    /// Waits for the write of `path` if one was started, then moves the file written to `target`.
    /// False when there is none (not handed over, or its write failed): the caller writes it.
    func move(_ path: String, to target: String) -> Bool {
        condition.lock()
        while pending.contains(path) { condition.wait() }
        let isWritten = written.remove(path) != nil
        condition.unlock()
        return isWritten && rename(folder + "/" + path, target) == 0
    }

    /// Waits for the writes started, then removes the folder with whatever was not moved out of it.
    func finish() {
        condition.lock()
        while !pending.isEmpty { condition.wait() }
        condition.unlock()
        FolderHandles.removeTree(folder)
    }
}
