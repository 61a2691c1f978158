import Foundation

/// Pages and whole-site files written into a new staging folder while the rest of the site is still
/// rendering, for a build into an output folder that does not exist yet (a first build, or one after
/// the site was deleted).
///
/// With no previous site there is nothing to compare a page with, so it can be written as soon as it
/// is made. Creating ten thousand files costs the kernel about as much as rendering them, and new
/// files in one folder are created one at a time; starting them during the render keeps both cores
/// busy instead of leaving the writes for the end. `SiteWriter.publish` then writes only the rest,
/// and swaps the folder in as always: a build that stops half way leaves the staging folder, which
/// the next build removes.
///
/// A page's flush to disk is left to a few threads of its own: the rendering threads write the file
/// and go on rendering instead of waiting for the disk (with as many rendering threads as cores, a
/// wait left a core idle). They are plain threads rather than dispatch work, so that a rendering
/// thread waiting for room in the queue can never be waiting for a dispatch thread it occupies.
final class EarlyPages: @unchecked Sendable {
    let staging: URL
    private let base: String
    private let lock = NSLock()
    private var written: Set<String> = []
    /// Pages written and waiting for their flush (each holds a descriptor, hence the bound).
    private let flushes = NSCondition()
    private var pending: [(descriptor: Int32, path: String)] = []
    private var flushersRunning = 0
    private var finished = false
    private static let flushers = 4, maxPending = 64

    /// Folders created up front (besides the staging folder itself, ""); files elsewhere are left to
    /// the publish.
    private static let folders = ["roles", "self-check"]

    /// A new, empty staging folder at `staging` (anything left there by a killed build is removed),
    /// or nil if it cannot be made: the publish then stages as usual and reports the problem.
    init?(staging: URL) {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            for folder in Self.folders {
                try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: false)
            }
        } catch {
            return nil
        }
        self.staging = staging
        base = staging.path + "/"
    }

    /// Writes `data` as the staged file `path` (flushed to disk, as the publish writes files). A page
    /// that cannot be written here is simply not recorded: the publish writes it, and reports a failure.
    func write(_ path: String, _ data: Data) {
        let folder = FolderHandles.lastSlash(in: path[...]).map { String(path[..<$0]) } ?? ""
        guard folder.isEmpty || Self.folders.contains(folder) else { return }
        let target = base + path
        let descriptor: Int32
        do {
            descriptor = try FileWriting.create(target)
            do {
                try FileWriting.append(data, to: descriptor, path: target)
            } catch {
                close(descriptor)
                throw error
            }
        } catch {
            unlink(target)
            return
        }
        flushes.lock()
        guard !finished else {
            // Too late to be flushed here: the publish writes it.
            flushes.unlock()
            close(descriptor)
            unlink(target)
            return
        }
        if flushersRunning == 0 { startFlushers() }
        while pending.count >= Self.maxPending { flushes.wait() }
        pending.append((descriptor, path))
        flushes.broadcast()
        flushes.unlock()
    }

    /// Called with `flushes` locked.
    private func startFlushers() {
        flushersRunning = Self.flushers
        for _ in 0..<Self.flushers {
            Thread { [self] in flushPending() }.start()
        }
    }

    private func flushPending() {
        flushes.lock()
        while true {
            while pending.isEmpty && !finished { flushes.wait() }
            guard !pending.isEmpty else { break }
            let (descriptor, path) = pending.removeFirst()
            flushes.broadcast()
            flushes.unlock()
            let flushed = fsync(descriptor) == 0
            close(descriptor)
            if flushed {
                lock.lock()
                written.insert(path)
                lock.unlock()
            } else {
                unlink(base + path)
            }
            flushes.lock()
        }
        flushersRunning -= 1
        flushes.broadcast()
        flushes.unlock()
    }

    /// Waits until every page written has been flushed (or removed, if its flush failed) and the
    /// flushing threads have ended. Further pages are not expected.
    func finish() {
        flushes.lock()
        finished = true
        flushes.broadcast()
        while flushersRunning > 0 { flushes.wait() }
        flushes.unlock()
    }

    /// Whether `path` was written and flushed; waits for the flushes still running.
    func contains(_ path: String) -> Bool {
        finish()
        lock.lock()
        defer { lock.unlock() }
        return written.contains(path)
    }
}
