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
/// The rendering threads only hand pages over. One thread creates and writes them: creating files in
/// one folder takes the folder's lock, and a second creator spun on it instead of rendering. Four
/// threads flush them: with as many rendering threads as cores, waiting for the disk left a core idle.
/// They are plain threads rather than dispatch work, so that a rendering thread waiting for room in
/// a queue can never be waiting for a dispatch thread it occupies itself.
final class EarlyPages: @unchecked Sendable {
    let staging: URL
    private let base: String
    private let lock = NSLock()
    private var written: Set<String> = []
    /// Pages handed over and not yet created, then created and waiting for their flush (each holding
    /// its bytes or a descriptor, hence the bound on both queues).
    private let flushes = NSCondition()
    private var toCreate: [(path: String, data: Data)] = []
    private var pending: [(descriptor: Int32, path: String)] = []
    private var threadsStarted = false, creatorRunning = false
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
        flushes.lock()
        defer { flushes.unlock() }
        // Too late after `finish`: the publish writes it.
        guard !finished else { return }
        if !threadsStarted { startThreads() }
        while toCreate.count >= Self.maxPending { flushes.wait() }
        toCreate.append((path, data))
        flushes.broadcast()
    }

    /// Called with `flushes` locked.
    private func startThreads() {
        threadsStarted = true
        creatorRunning = true
        Thread { [self] in createPending() }.start()
        flushersRunning = Self.flushers
        for _ in 0..<Self.flushers {
            Thread { [self] in flushPending() }.start()
        }
    }

    private func createPending() {
        flushes.lock()
        while true {
            while toCreate.isEmpty && !finished { flushes.wait() }
            guard !toCreate.isEmpty else { break }
            let (path, data) = toCreate.removeFirst()
            flushes.broadcast()
            flushes.unlock()
            let target = base + path
            var descriptor: Int32 = -1
            do {
                descriptor = try FileWriting.create(target)
                try FileWriting.append(data, to: descriptor, path: target)
            } catch {
                if descriptor >= 0 { close(descriptor) }
                unlink(target)
                descriptor = -1
            }
            flushes.lock()
            if descriptor >= 0 {
                while pending.count >= Self.maxPending { flushes.wait() }
                pending.append((descriptor, path))
                flushes.broadcast()
            }
        }
        creatorRunning = false
        flushes.broadcast()
        flushes.unlock()
    }

    private func flushPending() {
        flushes.lock()
        while true {
            while pending.isEmpty && !(finished && !creatorRunning) { flushes.wait() }
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

    /// Waits until every page handed over has been written and flushed (or removed, if that failed)
    /// and the threads have ended. Further pages are left to the publish.
    func finish() {
        flushes.lock()
        finished = true
        flushes.broadcast()
        while creatorRunning || flushersRunning > 0 { flushes.wait() }
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
