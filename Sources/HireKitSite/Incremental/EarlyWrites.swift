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
///
/// Where the spare folder (`SpareFolder`) holds the same path as a file of its own (one link: not
/// shared with the live site, so no publish could keep it), that file is written over instead, in
/// place: it becomes the staged file when the spare becomes the staging folder. Freeing the old file
/// and allocating a new one cost the file system more than writing the bytes, and on a disk that
/// discards freed blocks every flush in the build waited for it.
final class EarlyWrites: @unchecked Sendable {
    let folder: String
    private let spare: String?
    /// The spare folder, opened once: its files are opened relative to it, so a spare replaced by a
    /// link to some other folder is never followed (-1 when there is no spare folder).
    private let spareFolder: Int32
    private let condition = NSCondition()
    private var written: Set<String> = []
    private var inSpare: Set<String> = []
    /// Paths whose spare file is being or was written over, written or not.
    private var claimed: Set<String> = []
    private var pending: Set<String> = []

    /// A new, empty folder at `folder` (anything left there by a killed build is removed), or nil if
    /// it cannot be made: the publish then writes the files as usual. `spare`: the spare folder.
    init?(folder: String, spare: String? = nil) {
        FolderHandles.removeTree(folder)
        guard mkdir(folder, 0o755) == 0 else { return nil }
        self.folder = folder
        self.spare = spare
        spareFolder = spare.map { open($0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) } ?? -1
    }

    deinit {
        if spareFolder >= 0 { close(spareFolder) }
    }

    /// Starts writing `file` as `path`, unless it holds exactly the bytes of its source, of
    /// `sourceSize` bytes (the publish then links the previous file instead).
    func write(_ path: String, _ file: SplicedFile, sourceSize: Int) {
        start(path) { descriptor, target in
            guard !file.matchesSource(size: sourceSize) else { return false }
            try file.write(into: descriptor, path: target)
            return true
        }
    }

    /// Starts writing `path` from `parts`, made on the writing thread (a late file may still be in
    /// the making).
    func write(_ path: String, parts: @escaping @Sendable () -> [Data]) {
        start(path) { descriptor, target in
            try FileWriting.write(parts(), into: descriptor, path: target)
            return true
        }
    }

    /// Top-level paths only, as the whole-site files are; others are left to the publish. `write`
    /// is given an open file to write from its start and the file's path; it returns false when it
    /// wrote nothing.
    private func start(_ path: String, _ write: @escaping @Sendable (Int32, String) throws -> Bool) {
        guard !path.utf8.contains(UInt8(ascii: "/")) else { return }
        condition.lock()
        guard pending.insert(path).inserted, !written.contains(path), !claimed.contains(path) else {
            condition.unlock()
            return
        }
        // The spare's file is claimed here, before the thread starts, so the publish can tell at once
        // whether the spare holds this path's new bytes (or will, once `isInSpare` says so).
        let spareFile = spare.map { $0 + "/" + path }
        let spareDescriptor = spareFolder >= 0 ? Self.openOwnFile(path, in: spareFolder) : nil
        if spareDescriptor != nil { claimed.insert(path) }
        condition.unlock()
        Thread { [self] in
            var done = false, overSpare = false
            var descriptor: Int32 = -1
            var target = folder + "/" + path
            if let spareFile, let spareDescriptor {
                (descriptor, target, overSpare) = (spareDescriptor, spareFile, true)
            } else {
                descriptor = (try? FileWriting.create(target)) ?? -1
            }
            if descriptor >= 0 {
                do {
                    done = try write(descriptor, target)
                } catch {
                    // A spare's file half written over is still the spare's: the publish replaces it.
                    if !overSpare { unlink(target) }
                }
                close(descriptor)
            }
            condition.lock()
            if done { if overSpare { self.inSpare.insert(path) } else { written.insert(path) } }
            pending.remove(path)
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    /// The regular file `name` in the open folder `folder`, opened for writing, if it has one link
    /// only (nothing else shares it); nil otherwise. Not blocking: a pipe placed there is refused,
    /// not waited on.
    private static func openOwnFile(_ name: String, in folder: Int32) -> Int32? {
        let descriptor = openat(folder, name, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Whether the spare's file at `path` is being or was written over (without waiting): the spare
    /// then keeps it, and `isInSpare` says whether it holds the new bytes.
    func claimsSpareFile(_ path: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return claimed.contains(path)
    }

    /// Waits for the write of `path` if one was started; true when it was written over the spare's
    /// file, which is then the staged file once the spare is the staging folder.
    func isInSpare(_ path: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while pending.contains(path) { condition.wait() }
        return inSpare.contains(path)
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
