import Foundation

/// The whole-site files of a rebuild that changed (jobs.json, the feeds, the search index: each a
/// `SplicedFile`), written and flushed to disk in a folder beside the output while the rest of the
/// site is still rendering.
///
/// After one role is edited these files are most of what a rebuild writes (on a 10,000-role site
/// 170 MB, which the disk takes about a third of a second to flush) while little else is left to
/// render. Left to the publish, that flush came after the render instead of beside it. Each file is
/// written by a thread of its own as soon as it is assembled, and the publish moves the finished file
/// into the staging folder by a rename. A file that could not be written here is written by the
/// publish, which reports the failure. Made only under the output folder's lock; a folder left by a
/// killed build is removed by the next one.
final class EarlyShares: @unchecked Sendable {
    let folder: String
    private let condition = NSCondition()
    private var written: Set<String> = []
    private var running = 0

    /// A new, empty folder at `folder` (anything left there by a killed build is removed), or nil if
    /// it cannot be made: the publish then writes the files as usual.
    init?(folder: String) {
        FolderHandles.removeTree(folder)
        guard mkdir(folder, 0o755) == 0 else { return nil }
        self.folder = folder
    }

    /// Starts writing `file` as `path`, unless it holds exactly the bytes of its source, of
    /// `sourceSize` bytes (the publish then links the previous file instead). Top-level paths only,
    /// as the whole-site files are.
    func write(_ path: String, _ file: SplicedFile, sourceSize: Int) {
        guard !path.utf8.contains(UInt8(ascii: "/")) else { return }
        condition.lock()
        running += 1
        condition.unlock()
        Thread { [self] in
            let target = folder + "/" + path
            var done = false
            if !file.matchesSource(size: sourceSize) {
                do {
                    try file.write(to: target)
                    done = true
                } catch {
                    unlink(target)
                }
            }
            condition.lock()
            if done { written.insert(path) }
            running -= 1
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    /// Waits for the writes started, then moves the file written as `path` to `target`. False when
    /// there is none (not handed over, or its write failed): the caller writes it.
    func move(_ path: String, to target: String) -> Bool {
        wait()
        condition.lock()
        let isWritten = written.remove(path) != nil
        condition.unlock()
        return isWritten && rename(folder + "/" + path, target) == 0
    }

    /// Waits for the writes started, then removes the folder with whatever was not moved out of it.
    func finish() {
        wait()
        FolderHandles.removeTree(folder)
    }

    private func wait() {
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
