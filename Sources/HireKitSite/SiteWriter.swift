import CFileSwap
import Foundation

/// Publishes a rendered site into the output folder in one atomic step.
///
/// The new site is written in full to a staging folder beside the output, then exchanged with the
/// old one by a single `renameat2(RENAME_EXCHANGE)`: a build that fails or is killed at any point
/// leaves either the old or the new complete site. Files HireKit did not write (listed in no
/// manifest) are carried over; pages of deleted roles disappear with the old folder. A lock file
/// serialises concurrent builds of the same folder.
public struct SiteWriter: Sendable {
    public static let manifestName = ".hirekit-manifest"
    public let outputDirectory: String

    public init(outputDirectory: String) { self.outputDirectory = outputDirectory }

    /// What a publish did, for the build summary.
    public struct Result: Sendable, Equatable {
        public var written: Int
        public var removed: [String]
        public var kept: [String]
        public var unchanged: Bool
    }

    public func publish(_ site: SiteOutput) throws(SiteError) -> Result {
        let fileManager = FileManager.default
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        // The swap below would exchange a file at the output path into the staging folder and delete it.
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: output.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw .output(path: output.path, detail: "it is a file, not a folder (move it away or choose another --output)")
        }
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .output(path: parent.path, detail: error.localizedDescription)
        }
        let lock = try FolderLock(path: parent.appendingPathComponent(".\(name).hirekit-lock").path)
        defer { lock.release() }

        let oldManifest = Self.readManifest(in: output)
        let existing = Self.regularFiles(in: output)
        let foreign = existing.filter { $0 != Self.manifestName && !oldManifest.contains($0) }
        if let clash = foreign.first(where: { site.files[$0] != nil }) {
            throw .foreignFile(path: output.appendingPathComponent(clash).path)
        }
        let newManifest = site.paths
        let removed = oldManifest.filter { site.files[$0] == nil }.sorted()
        // Nothing to do when the folder already holds exactly this site: skip the rewrite entirely.
        if Set(oldManifest) == Set(newManifest), newManifest.allSatisfy({ path in
            fileManager.contents(atPath: output.appendingPathComponent(path).path) == site.files[path]
        }) {
            return Result(written: 0, removed: [], kept: foreign.sorted(), unchanged: true)
        }

        let staging = parent.appendingPathComponent(".\(name).hirekit-staging")
        try? fileManager.removeItem(at: staging)
        do {
            for path in newManifest {
                try write(site.files[path]!, to: staging.appendingPathComponent(path))
            }
            for path in foreign {
                let target = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: output.appendingPathComponent(path), to: target)
            }
            try write(Data((newManifest.joined(separator: "\n") + "\n").utf8),
                      to: staging.appendingPathComponent(Self.manifestName))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .output(path: staging.path, detail: error.localizedDescription)
        }
        try swap(staging: staging, into: output)
        return Result(written: newManifest.count, removed: removed, kept: foreign.sorted(), unchanged: false)
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
            try? fileManager.removeItem(at: staging) // now holds the previous site
            return
        }
        // Filesystems without RENAME_EXCHANGE: two renames, with a short window and a backup.
        let backup = staging.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).hirekit-previous")
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
        try? fileManager.removeItem(at: backup)
    }

    static func readManifest(in folder: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Relative paths of the regular files under `folder`, symlinks not followed.
    static func regularFiles(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let base = folder.standardizedFileURL.path.count + 1
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base)))
        }
        return paths.sorted()
    }
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
