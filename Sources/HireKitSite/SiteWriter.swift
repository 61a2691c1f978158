import CFileSwap
import Foundation

/// Publishes a rendered site into the output folder in one atomic step.
///
/// The new site is staged in full in a folder beside the output, then exchanged with the old one by a
/// single `renameat2(RENAME_EXCHANGE)`: a build that fails or is killed at any point leaves either the
/// old or the new complete site. The site swapped out is kept as the next build's staging folder
/// (`SpareFolder`), so a rebuild writes only what changed. Files HireKit did not write (listed in no
/// manifest) are carried over; pages of deleted roles disappear with the old folder. A lock file
/// serialises concurrent builds of the same folder. When there is no output folder yet, the pages are
/// staged while the site renders (`EarlyPages`), and the publish writes the rest.
public struct SiteWriter: Sendable {
    public static let manifestName = ".hirekit-manifest"
    public let outputDirectory: String

    public init(outputDirectory: String) { self.outputDirectory = outputDirectory }

    /// What a publish did, for the build summary.
    public struct Result: Sendable, Equatable {
        /// Files written with new bytes (new or changed since the previous site).
        public var written: Int
        /// Files whose bytes were already in the previous site, carried over unchanged.
        public var reused: Int
        public var removed: [String]
        public var kept: [String]
        /// The folder already held exactly this site: nothing was written.
        public var unchanged: Bool
    }

    /// Files HireKit keeps beside the site rather than in its manifest.
    static let ownFiles: Set<String> = [manifestName, SiteBuildState.fileName, SiteBuildState.cacheFileName]

    /// Publishes `site`, with `state` (for the next build) written inside it so both change together.
    public func publish(_ site: SiteOutput) throws(SiteError) -> Result { try publish(site, state: nil) }

    /// Takes the output folder's lock (creating the folder's parent if needed): builds of one folder
    /// run one at a time. `hirekit build` holds it from reading the previous site to publishing, so
    /// pages and shares carried over from the folder cannot be replaced by another build meanwhile.
    func lock() throws(SiteError) -> FolderLock {
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .output(path: parent.path, detail: error.localizedDescription)
        }
        return try FolderLock(path: besideOutput("lock").path)
    }

    /// `.<output's name>.hirekit-<kind>`, beside the output (git ignores each of them).
    private func besideOutput(_ kind: String) -> URL {
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).hirekit-\(kind)")
    }

    /// The folder a new site is staged in, beside the output.
    var stagingFolder: URL { besideOutput("staging") }

    /// The previous site, kept beside the output for the next build to stage in (`SpareFolder`).
    var spareFolder: String { besideOutput("spare").path }

    /// The folder a rebuild writes its changed whole-site files in while it renders (`EarlyWrites`).
    var earlyWritesFolder: String { besideOutput("early").path }

    /// Publishes under the folder's lock, taken here unless the caller holds it (`locked`). Files in
    /// `early` are already in the staging folder, which is then used as it is; files in `earlyWrites`
    /// are moved into it, or were written over the spare's (`EarlyWrites`).
    func publish(_ site: SiteOutput, state: SiteBuildState?, locked: Bool = false,
                 early: EarlyPages? = nil, earlyWrites: EarlyWrites? = nil) throws(SiteError) -> Result {
        let fileManager = FileManager.default
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        // The swap below would exchange a file at the output path into the staging folder and delete it.
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: output.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw .output(path: output.path, detail: "it is a file, not a folder (move it away or choose another --output)")
        }
        let lock = locked ? nil : try self.lock()
        defer { lock?.release() }

        let oldManifest = Set(Self.readManifest(in: output))
        let existing = Self.regularFiles(in: output)
        let foreign = existing.filter { !Self.ownFiles.contains($0) && !oldManifest.contains($0) }
        if let clash = foreign.first(where: { site.contains($0) }) {
            throw .foreignFile(path: output.appendingPathComponent(clash).path)
        }
        let newManifest = site.paths
        let removed = oldManifest.filter { !site.contains($0) }.sorted()
        // Files the previous site already holds byte for byte: carried pages by construction, rendered
        // files when their bytes compare equal. Read under the lock, so no other build can have
        // replaced them since.
        let sameSlots = Slots<Bool>(count: newManifest.count)
        let files = site.files
        // Once, not per file: `URL.path` costs thousands of instructions a call.
        let outputPath = output.path
        Self.perform(newManifest.count, threads: Self.writerThreads) { index in
            let path = newManifest[index]
            guard oldManifest.contains(path), files[path] != nil || site.spliced[path] != nil else {
                sameSlots.set(index, site.carried.contains(path) && oldManifest.contains(path))
                return
            }
            let old = outputPath + "/" + path
            if let spliced = site.spliced[path] {
                var info = stat()
                sameSlots.set(index, stat(old, &info) == 0 && spliced.source == old && spliced.matchesSource(size: Int(info.st_size)))
            } else {
                sameSlots.set(index, files[path].map { Self.holds(old, $0) } ?? false)
            }
        }
        var sameFiles = Set(zip(newManifest, sameSlots.values).filter(\.1).map(\.0))
        // A late file is compared here only when it alone could leave the folder as it is: waiting for
        // it here would hold up the staging it is meant to run beside.
        if removed.isEmpty, sameFiles.count + site.late.count == newManifest.count {
            for (path, file) in site.late where Self.holds(outputPath + "/" + path, file.data) { sameFiles.insert(path) }
        }
        let same = sameFiles
        let stateFile = output.appendingPathComponent(SiteBuildState.fileName)
        // Nothing to do when the folder already holds exactly this site: skip the rewrite entirely.
        if removed.isEmpty, same.count == newManifest.count {
            // The site is right for these inputs, so the state may be updated in place (its digest
            // can differ, e.g. after an edit that changes no output); if that fails the old state
            // only costs the next build a render.
            if var state {
                state.outputs = OutputStamp.of(newManifest, in: output)
                let cacheFile = output.appendingPathComponent(SiteBuildState.cacheFileName)
                // The cache first: a stale head with a new cache only costs the next build work.
                let body = state.encodedBody, head = state.encodedHead
                if fileManager.contents(atPath: cacheFile.path) != body { try? body.write(to: cacheFile, options: .atomic) }
                if fileManager.contents(atPath: stateFile.path) != head { try? head.write(to: stateFile, options: .atomic) }
            }
            return Result(written: 0, reused: newManifest.count, removed: [], kept: foreign.sorted(), unchanged: true)
        }

        let staging = early?.staging ?? stagingFolder
        let spare = URL(fileURLWithPath: spareFolder)
        // Only worth it when some files carry over: otherwise every file in the spare would be
        // unlinked and written again, more work than a new folder (a spare left beside a deleted
        // output stays for the next build that has one).
        // The cache, when being written over the spare's (`EarlyWrites`), is kept with the site's files.
        let cacheInSpare = state != nil && earlyWrites?.claimsSpareFile(SiteBuildState.cacheFileName) == true
        let keeping = Set(newManifest + (cacheInSpare ? [SiteBuildState.cacheFileName] : []))
        let reusing = early == nil && !same.isEmpty && SpareFolder.reuse(spare.path, as: staging.path, keeping: keeping)
        if !reusing && early == nil { try? fileManager.removeItem(at: staging) }
        // The state's input-file lines (10,000 on a large site) are encoded on a core the staging
        // below mostly leaves idle while it waits for the disk.
        let filesSection = Slots<[UInt8]>(count: 1)
        let encodingFiles = DispatchGroup()
        if let state { DispatchQueue.global().async(group: encodingFiles) { filesSection.set(0, state.encodedFiles) } }
        defer { encodingFiles.wait() }
        let linked: Int
        do {
            // A new staging folder must be new: its files are written without unlinking them first.
            if !reusing && early == nil { try fileManager.createDirectory(at: staging, withIntermediateDirectories: false) }
            var folders: [URL] = [staging]
            // Paths as strings here and below: URL arithmetic on 10,000 paths was a visible cost
            // (`URL.path` alone, thousands of instructions a call).
            let stagingPath = staging.path
            var seen: Set<String> = [stagingPath]
            for path in newManifest {
                guard let slash = FolderHandles.lastSlash(in: path[...]) else { continue }
                let folder = stagingPath + "/" + path[..<slash]
                if seen.insert(folder).inserted {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    folders.append(URL(fileURLWithPath: folder))
                }
            }
            let outputBase = output.path + "/", stagingBase = stagingPath + "/"
            // Each file is written and flushed to disk (`Data.write` syncs it) on several threads at
            // once: most of the time goes to waiting for the disk, which serves several requests at
            // once. An unchanged file is carried over as a hard link: nothing is written, and it keeps
            // its inode and modification time, so deploy tools and caches see it did not change.
            // Files are never modified in place, so sharing them with the old folder is safe.
            let folderPaths = FolderHandles.folders(of: newManifest)
            let outputFolders = FolderHandles(base: output.path, folders: folderPaths)
            let stagingFolders = FolderHandles(base: staging.path, folders: folderPaths)
            let outcomes = Slots<Swift.Result<Bool, any Error>>(count: newManifest.count)
            let failed = Flag()
            // The cache (tens of megabytes for a large site) is written by the first worker, beside the
            // site's files rather than after them; the state, with the stamp of those files, after them.
            let cacheWritten = Slots<Swift.Result<Void, any Error>>(count: 1)
            // Late files first: a rebuild has usually made them by now, and flushing them runs beside
            // the others; a thread that must wait for one leaves the rest to the other threads.
            let order = newManifest.indices.filter { site.late[newManifest[$0]] != nil }
                + newManifest.indices.filter { site.late[newManifest[$0]] == nil }
            // Each staged file's status, for the state's stamp of the site (`OutputStamp`): read here,
            // where most files were stat-ed anyway, rather than by statting 10,000 paths afterwards.
            let stamps = Slots<OutputStamp.Entry?>(count: newManifest.count)
            Self.perform(newManifest.count + 1, threads: Self.writerThreads) { index in
                guard index > 0 else {
                    cacheWritten.set(0, Swift.Result {
                        let target = stagingBase + SiteBuildState.cacheFileName
                        guard let state, !(reusing && earlyWrites?.isInSpare(SiteBuildState.cacheFileName) == true) else { return }
                        // The spare's copy, if kept, was not fully written over.
                        if reusing && cacheInSpare { unlink(target) }
                        if earlyWrites?.move(SiteBuildState.cacheFileName, to: target) != true {
                            try FileWriting.write(state.encodedBodyParts, to: target)
                        }
                    })
                    return
                }
                let index = order[index - 1]
                let path = newManifest[index]
                var info = stat()
                // The status of the staged file, once in place (`known` when already read).
                func staged(linked: Bool, known: Bool = false) {
                    let located = known ? nil : stagingFolders.locate(path)
                    let found = known || located.map { fstatat($0.folder, $0.name, &info, 0) == 0 } == true
                    stamps.set(index, found ? OutputStamp.Entry(info) : nil)
                    outcomes.set(index, .success(linked))
                }
                if failed.isSet { stamps.set(index, nil); outcomes.set(index, .success(false)); return }
                let target = stagingBase + path
                if let early, early.contains(path) {
                    staged(linked: false)
                    return
                }
                // A late file's bytes are compared with the previous site's once made, and it is
                // linked as any other file if they are the same.
                let late = site.late[path]
                let isSame = same.contains(path) || late.map { oldManifest.contains(path) && Self.holds(outputBase + path, $0.data) } == true
                if isSame, let from = outputFolders.locate(path), let to = stagingFolders.locate(path) {
                    if reusing, SpareFolder.sameFile(from, to, info: &info) {
                        staged(linked: true, known: true)
                        return
                    }
                    if reusing { unlinkat(to.folder, to.name, 0) }
                    if linkat(from.folder, from.name, to.folder, to.name, 0) == 0 {
                        staged(linked: true)
                        return
                    }
                }
                // Written over the spare's own file, which is now the staged one.
                if reusing, earlyWrites?.isInSpare(path) == true {
                    staged(linked: false)
                    return
                }
                do {
                    // A spare's file may be a link to the live site's: it is replaced, never written into.
                    if reusing, unlink(target) != 0, errno != ENOENT { throw FileWriting.error(target) }
                    if let spliced = site.spliced[path] {
                        if earlyWrites?.move(path, to: target) != true { try spliced.write(to: target) }
                        staged(linked: false)
                        return
                    }
                    if late != nil, earlyWrites?.move(path, to: target) == true {
                        staged(linked: false)
                        return
                    }
                    // A carried page that cannot be linked (another file system) is copied.
                    let data = try files[path] ?? late?.data ?? Data(contentsOf: URL(fileURLWithPath: outputBase + path))
                    try data.write(to: URL(fileURLWithPath: target))
                    staged(linked: false)
                } catch {
                    failed.set()
                    stamps.set(index, nil)
                    outcomes.set(index, .failure(error))
                }
            }
            var count = 0
            for outcome in outcomes.values { if try outcome.get() { count += 1 } }
            linked = count
            for path in foreign {
                let target = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: output.appendingPathComponent(path), to: target)
            }
            try write(Data((newManifest.joined(separator: "\n") + "\n").utf8),
                      to: staging.appendingPathComponent(Self.manifestName))
            // Stamped in the staging folder: the swap renames folders, which keeps the files' times.
            try cacheWritten.values[0].get()
            if var state {
                let entries = stamps.values
                state.outputs = entries.allSatisfy { $0 != nil }
                    ? OutputStamp.of(newManifest, entries: entries.map { $0! }) : OutputStamp.of(newManifest, in: staging)
                encodingFiles.wait()
                try write(state.encodedHead(files: filesSection.values[0]), to: staging.appendingPathComponent(SiteBuildState.fileName))
            }
            // The files' names are entries in their folders: flush those too, so that after a crash
            // the swapped-in site holds every file, not just their contents.
            for folder in folders.reversed() { Self.syncFolder(folder.path) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .output(path: staging.path, detail: error.localizedDescription)
        }
        try swap(staging: staging, into: output)
        Self.syncFolder(parent.path)
        return Result(written: newManifest.count - linked, reused: linked, removed: removed, kept: foreign.sorted(), unchanged: false)
    }

    /// Whether the file at `path` holds exactly `data` (the size first: a changed whole-site file is
    /// megabytes on a large site).
    private static func holds(_ path: String, _ data: Data) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) == data.count else { return false }
        return FileManager.default.contents(atPath: path) == data
    }

    /// Threads writing files at once: more than there are cores, as each mostly waits for the disk.
    static let writerThreads = 8

    /// Runs `work` for every index below `count` on `threads` threads, and returns once all are done.
    static func perform(_ count: Int, threads: Int, _ work: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = Counter()
        let group = DispatchGroup()
        for _ in 0..<min(threads, count) {
            group.enter()
            Thread {
                while let indices = next.take(below: count) {
                    for index in indices { work(index) }
                }
                group.leave()
            }.start()
        }
        group.wait()
    }

    /// fsync of a folder; failures are ignored (some file systems cannot sync folders).
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func swap(staging: URL, into output: URL) throws(SiteError) {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: output.path) {
            guard rename(staging.path, output.path) == 0 else {
                throw .output(path: output.path, detail: String(cString: strerror(errno)))
            }
            return
        }
        if hirekit_exchange_paths(staging.path, output.path) == 0 {
            keepAsSpare(staging) // now holds the previous site
            return
        }
        // Filesystems without RENAME_EXCHANGE: two renames, with a short window and a backup.
        let backup = besideOutput("previous")
        try? fileManager.removeItem(at: backup)
        // errno is read before any clean-up, which would overwrite it.
        guard rename(output.path, backup.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fileManager.removeItem(at: staging)
            throw .output(path: output.path, detail: reason)
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(backup.path, output.path)
            throw .output(path: output.path, detail: reason)
        }
        keepAsSpare(backup)
    }

    /// Keeps the previous site, swapped out of the output, as the next build's spare (`SpareFolder`).
    private func keepAsSpare(_ previous: URL) {
        FolderHandles.removeTree(spareFolder)
        if rename(previous.path, spareFolder) != 0 { FolderHandles.removeTree(previous.path) }
    }

    static func readManifest(in folder: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path) else { return [] }
        // Split over bytes: splitting the String walks characters, and a large site's manifest has
        // 10,000 lines, read three times a build.
        return data.withUnsafeBytes { bytes in
            bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Relative paths of the regular files under `folder`, symlinks not followed, sorted; a folder
    /// that cannot be read is left out.
    static func regularFiles(in folder: URL) -> [String] {
        FolderWalk.entries(in: folder.standardizedFileURL.path).entries.filter(\.isRegularFile).map(\.path).sorted()
    }
}

/// The next indices to work on, shared by the writer threads.
private final class Counter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    /// The next indices: eight at a time (taken one at a time, eight threads queued on the lock for
    /// 10,000 pages), but one at a time at first, where the publish puts its longest pieces of work
    /// (the cache, the late files), so that no thread gets two of them.
    func take(below count: Int) -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        let start = next
        next = min(count, next + (next < 16 ? 1 : 8))
        return start..<next
    }
}

/// Set once by any thread, read by all.
private final class Flag: @unchecked Sendable {
    private var set_ = false
    private let lock = NSLock()
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return set_ }
    func set() { lock.lock(); set_ = true; lock.unlock() }
}

/// An exclusive advisory lock (flock) held for the duration of a publish.
struct FolderLock {
    let descriptor: Int32

    init(path: String) throws(SiteError) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .output(path: path, detail: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            close(descriptor)
            throw .output(path: path, detail: String(cString: strerror(errno)))
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
