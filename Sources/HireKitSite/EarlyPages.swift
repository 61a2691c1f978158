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
/// A page's flush to disk is left to a few flushing threads: the rendering threads write the file and
/// go on rendering instead of waiting for the disk (with as many rendering threads as cores, a wait
/// left a core idle).
final class EarlyPages: @unchecked Sendable {
    let staging: URL
    private let base: String
    private let lock = NSLock()
    private var written: Set<String> = []
    private let flushing = DispatchQueue(label: "HireKitSite.EarlyPages.flush", attributes: .concurrent)
    private let flushes = DispatchGroup()
    /// Files written but not yet flushed, at most: each holds a descriptor.
    private let room = DispatchSemaphore(value: 64)

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
        room.wait()
        flushing.async(group: flushes) { [self] in
            defer { room.signal() }
            let flushed = fsync(descriptor) == 0
            close(descriptor)
            guard flushed else {
                unlink(target)
                return
            }
            lock.lock()
            written.insert(path)
            lock.unlock()
        }
    }

    /// Whether `path` was written and flushed; waits for the flushes still running.
    func contains(_ path: String) -> Bool {
        flushes.wait()
        lock.lock()
        defer { lock.unlock() }
        return written.contains(path)
    }
}
