import Foundation

/// The CV files a recruiter names, handed out one at a time, in `CVFileCollector.collect`'s order,
/// from any number of threads.
///
/// When one folder is named (`hirekit screen cvs/`), it is walked lazily: only the entries of the
/// folders on the current path are held, not a list of every file (25,000 URLs were most of the
/// growth of peak memory with corpus size). Each folder's entries are sorted with a folder named
/// "x" ordered as "x/", which visits files exactly in the order of the collector's sort of their
/// full paths. Several paths are collected up front as before, since they must be merged and
/// de-duplicated.
public final class CVFileWalk: @unchecked Sendable {
    private let lock = NSLock()
    /// Files collected up front (several paths), handed out in order.
    private var collected: [URL]?
    /// Folders being walked, innermost last, each with its sorted entries and the next to visit.
    private var stack: [(directory: String, entries: [(name: String, isDirectory: Bool)], next: Int)] = []
    private var handedOut = 0
    /// A folder inside the walk that could not be listed; the walk stops there. `collect` would
    /// have thrown this before screening started.
    public private(set) var error: CVReadError?

    /// Checks the named paths as `CVFileCollector.collect` does and throws the same errors for them.
    public init(_ paths: [String]) throws(CVReadError) {
        var isDirectory: ObjCBool = false
        if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory), isDirectory.boolValue {
            let root = CVFileCollector.trimmingTrailingSlashes(paths[0])
            stack = [(root, try Self.entries(of: root), 0)]
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
            guard top.next < top.entries.count else { stack.removeLast(); continue }
            stack[stack.count - 1].next += 1
            let entry = top.entries[top.next]
            let path = top.directory == "/" ? "/\(entry.name)" : "\(top.directory)/\(entry.name)"
            guard entry.isDirectory else {
                defer { handedOut += 1 }
                return (handedOut, URL(fileURLWithPath: path, isDirectory: false))
            }
            do {
                stack.append((path, try Self.entries(of: path), 0))
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

    /// A folder's regular files and folders, skipping what `CVFileCollector` skips (hidden entries,
    /// Office lock files, links), sorted as their full paths sort.
    private static func entries(of directory: String) throws(CVReadError) -> [(name: String, isDirectory: Bool)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(path: directory, reason: "the folder can't be listed")
        }
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }
            .compactMap { name -> (key: String, name: String, isDirectory: Bool)? in
                let path = directory == "/" ? "/\(name)" : "\(directory)/\(name)"
                switch CVFileCollector.fileType(path) {
                case .typeDirectory?: return (name + "/", name, true)
                case .typeRegular?: return (name, name, false)
                default: return nil  // links, sockets, devices, or entries that vanished meanwhile
                }
            }
            .sorted { $0.key < $1.key }
            .map { ($0.name, $0.isDirectory) }
    }
}
