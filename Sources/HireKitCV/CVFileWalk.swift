import Foundation

/// The CV files a recruiter names, handed out one at a time, in `CVFileCollector.collect`'s order,
/// from any number of threads.
///
/// When one folder is named (`hirekit screen cvs/`), it is walked lazily: only a chunk of the
/// entries of each folder on the current path is held (`FolderChunk`), not a list of every file,
/// so memory does not grow with the size of the folder. Each folder's entries are ordered with a
/// folder named "x" as "x/", which visits files exactly in the order of the collector's sort of
/// their full paths. Several paths are collected up front as before, since they must be merged
/// and de-duplicated.
public final class CVFileWalk: @unchecked Sendable {
    private let lock = NSLock()
    /// Files collected up front (several paths), handed out in order.
    private var collected: [URL]?
    /// Folders being walked, innermost last, each with its current chunk and the next entry to visit.
    private var stack: [(directory: String, chunk: FolderChunk, next: Int)] = []
    private var handedOut = 0
    /// A folder inside the walk that could not be listed; the walk stops there. `collect` would
    /// have thrown this before screening started.
    public private(set) var error: CVReadError?

    /// Entries read from a folder at a time (`FolderChunk.limit`; tests read smaller chunks).
    private let chunkLimit: Int

    /// Checks the named paths as `CVFileCollector.collect` does and throws the same errors for them.
    public convenience init(_ paths: [String]) throws(CVReadError) {
        try self.init(paths, chunkLimit: FolderChunk.limit)
    }

    init(_ paths: [String], chunkLimit: Int) throws(CVReadError) {
        self.chunkLimit = chunkLimit
        var isDirectory: ObjCBool = false
        if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory), isDirectory.boolValue {
            let root = CVFileCollector.trimmingTrailingSlashes(paths[0])
            stack = [(root, try FolderChunk(of: root, after: nil, limit: chunkLimit), 0)]
        } else {
            collected = try CVFileCollector.collect(paths)
        }
    }

    /// The next file and its position in the batch (0, 1, 2…), or nil when all are handed out.
    public func next() -> (order: Int, url: URL)? {
        lock.lock(); defer { lock.unlock() }
        if let collected {
            guard handedOut < collected.count else { return nil }
            defer { handedOut += 1 }
            return (handedOut, collected[handedOut])
        }
        while let top = stack.last {
            do {
                guard top.next < top.chunk.entries.count else {
                    if top.chunk.isLast {
                        stack.removeLast()
                    } else {
                        // The next chunk starts after the last key of this one.
                        stack[stack.count - 1] = (top.directory, try FolderChunk(of: top.directory, after: top.chunk.entries.last?.key, limit: chunkLimit), 0)
                    }
                    continue
                }
                stack[stack.count - 1].next += 1
                let entry = top.chunk.entries[top.next]
                let path = top.directory == "/" ? "/\(entry.name)" : "\(top.directory)/\(entry.name)"
                guard entry.isDirectory else {
                    defer { handedOut += 1 }
                    return (handedOut, URL(fileURLWithPath: path, isDirectory: false))
                }
                stack.append((path, try FolderChunk(of: path, after: nil, limit: chunkLimit), 0))
            } catch {
                self.error = error
                stack.removeAll()
            }
        }
        return nil
    }

    /// How many files a walk of `paths` finds (for a progress bar), without keeping them.
    public static func count(_ paths: [String]) -> Int {
        guard let walk = try? CVFileWalk(paths) else { return 0 }
        var count = 0
        while walk.next() != nil { count += 1 }
        return count
    }
}
