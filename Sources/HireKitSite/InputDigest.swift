import Foundation
import HireKitRoles

/// A digest of everything a build reads: role files, templates and assets, the configuration, the
/// `--base-url` override, and the hirekit executable itself (its path, size and modification
/// time, so a rebuilt or upgraded HireKit, which may render differently, never reuses old output).
///
/// Two builds with the same digest produce the same site, so the second can be skipped. The digest
/// is computed before the inputs are read: a file changed during a build then makes the stored
/// digest differ from the next one, which rebuilds.
///
/// Each file's own digest is kept with its `stat` (`InputFiles`): the next build trusts the digest of
/// a file whose size, modification time and inode are unchanged instead of reading it, as git does
/// for its index. A file modified within two seconds before the digest was taken is read again
/// every time, since a later write in the same clock tick would leave its time unchanged.
enum InputDigest {
    /// The digest (nil when an input cannot be read; the build then goes ahead and reports the
    /// problem) and what was learnt about each file, for the next build.
    static func of(_ inputs: SiteBuild.Inputs, previous: InputFiles = InputFiles()) -> (digest: String?, files: InputFiles) {
        var files = InputFiles(scanned: Date().timeIntervalSince1970)
        var hash = StableHash()
        hash.mix(executableIdentity)
        hash.mix(inputs.baseURL.map { "base-url=" + $0 } ?? "")
        // A missing configuration means the defaults; one that exists but is unreadable fails the build.
        if FileManager.default.fileExists(atPath: inputs.configPath) {
            guard let data = FileManager.default.contents(atPath: inputs.configPath) else { return (nil, files) }
            hash.mix("config"); hash.mix(data)
        }
        for (kind, folder) in [("roles", inputs.rolesDirectory), ("templates", inputs.templatesDirectory)] {
            guard let paths = filePaths(in: folder) else { return (nil, files) }
            hash.mix("folder")
            // Files are read and hashed on all cores (a large site has thousands), then mixed in order.
            let scanned = Slots<Scan>(count: paths.count)
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                scanned.set(index, scan(folder + "/" + paths[index], key: kind + "/" + paths[index], previous: previous))
            }
            for (path, scan) in zip(paths, scanned.values) {
                switch scan {
                case .failed: return (nil, files)
                case .folder: continue
                case let .file(entry):
                    files.entries[kind + "/" + path] = entry
                    // Paths relative to the folder: the same project built from elsewhere has the same digest.
                    hash.mix(path); hash.mix(entry.digest)
                }
            }
        }
        return (hash.text, files)
    }

    private enum Scan {
        case file(InputFiles.Entry)
        case folder
        case failed
    }

    /// One input file's status and digest; the previous digest is trusted while the file's status is
    /// unchanged and it was not modified within two seconds of the last scan.
    private static func scan(_ full: String, key: String, previous: InputFiles) -> Scan {
        var info = stat()
        guard stat(full, &info) == 0 else { return .failed }
        if info.st_mode & S_IFMT == S_IFDIR { return .folder }
        let seen = InputFiles.Stat(info)
        if let known = previous.entries[key], known.stat == seen, Double(seen.modifiedSeconds) < previous.scanned - 2 {
            return .file(InputFiles.Entry(stat: seen, digest: known.digest))
        }
        guard let data = FileManager.default.contents(atPath: full) else { return .failed }
        return .file(InputFiles.Entry(stat: seen, digest: RoleFileRecord.digest(of: data)))
    }

    /// Paths under `folder`, relative to it, sorted; folders (including linked ones) are listed and
    /// left to the caller to skip. nil when a folder cannot be read.
    private static func filePaths(in folder: String) -> [String]? {
        let (entries, complete) = FolderWalk.entries(in: folder)
        return complete ? entries.map(\.path).sorted() : nil
    }

    /// The running hirekit's path, size and modification time: changes whenever HireKit is rebuilt
    /// or upgraded. Also part of every page key (`SiteBuilder.buildKey`).
    static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(path)|\(size)|\(modified)"
    }()
}

/// Each input file's `stat` and digest as a build found them (`InputDigest`), stored in
/// `.hirekit-state`: "roles/<path>" or "templates/<path>" → entry.
struct InputFiles: Equatable {
    struct Stat: Equatable {
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var inode: UInt64

        init(size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int, inode: UInt64) {
            self.size = size; self.modifiedSeconds = modifiedSeconds; self.modifiedNanoseconds = modifiedNanoseconds; self.inode = inode
        }

        init(_ info: stat) {
            self.init(size: Int64(info.st_size), modifiedSeconds: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec,
                      inode: UInt64(info.st_ino))
        }
    }

    struct Entry: Equatable {
        var stat: Stat
        var digest: String
    }

    /// When the files were looked at (seconds since 1970).
    var scanned: Double = 0
    var entries: [String: Entry] = [:]

    /// Role file name → digest, for files directly in the roles folder.
    var roleDigests: [String: String] {
        // Over each key's bytes: prefix checks and slicing through Characters cost a rebuild of
        // 10,000 roles 12,000 instructions a file, before anything else could start.
        var digests: [String: String] = [:]
        digests.reserveCapacity(entries.count)
        let prefix = Array("roles/".utf8)
        for (key, entry) in entries {
            var key = key
            let name = key.withUTF8 { bytes -> String? in
                guard bytes.starts(with: prefix), !bytes[prefix.count...].contains(UInt8(ascii: "/")) else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[prefix.count...]), as: UTF8.self)
            }
            if let name { digests[name] = entry.digest }
        }
        return digests
    }

    /// One line per file, sorted: `<key>\t<size>\t<seconds>\t<nanoseconds>\t<inode>\t<digest>`.
    var encoded: [UInt8] {
        var writer = StateText.Writer()
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.line(key, String(entry.stat.size), String(entry.stat.modifiedSeconds), String(entry.stat.modifiedNanoseconds),
                        String(entry.stat.inode), entry.digest)
        }
        return writer.bytes
    }

    init(scanned: Double = 0, entries: [String: Entry] = [:]) { self.scanned = scanned; self.entries = entries }

    /// Lines as `encoded` writes them, from `bytes[range]`; a malformed line is skipped (its file is
    /// only read again).
    init(scanned: Double, decoding bytes: UnsafeRawBufferPointer, in range: Range<Int>) {
        self.scanned = scanned
        var entries: [String: Entry] = [:]
        StateText.forEachLine(bytes, in: range) { fields, next in
            guard fields.count == 6, let size = StateText.integer(bytes, fields[1]), let seconds = StateText.integer(bytes, fields[2]),
                  let nanoseconds = StateText.integer(bytes, fields[3]), let inode = StateText.unsigned(bytes, fields[4]) else { return next }
            entries[StateText.string(bytes, fields[0])] = Entry(
                stat: Stat(size: Int64(size), modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds, inode: inode),
                digest: StateText.string(bytes, fields[5]))
            return next
        }
        self.entries = entries
    }
}
