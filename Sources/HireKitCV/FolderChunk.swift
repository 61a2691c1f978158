import Foundation

/// The next entries of a folder in the order `CVFileWalk` visits them (a sub-folder "x" sorted as
/// "x/", as `CVFileCollector`'s sort of full paths has it), at most `limit` at a time: the
/// smallest keys after the last one visited, found by one pass of `readdir` over the folder.
///
/// A folder of 25,000 CVs listed whole (names, keys, the sorted copies) was most of the growth of
/// peak memory with the number of CVs screened. Read a chunk at a time, the walk holds at most
/// `limit` entries per open folder, whatever the folder's size, for one more pass over it per chunk.
struct FolderChunk {
    struct Entry {
        /// The name, with "/" after a folder's: what entries are ordered by.
        var key: String
        var name: String
        var isDirectory: Bool
    }

    /// In key order.
    var entries: [Entry]
    /// True when no entry of the folder comes after these.
    var isLast: Bool

    /// Entries held per folder: 4,096 of them take about 400 KB, and a folder of 25,000 CVs is
    /// read in 7 passes.
    static let limit = 4_096

    /// The regular files and folders of `directory` whose keys come after `key` (all when nil),
    /// skipping what `CVFileCollector` skips (hidden entries, Office lock files, links): the first
    /// `limit` of them in key order.
    init(of directory: String, after key: String?, limit: Int) throws(CVReadError) {
        guard let folder = opendir(directory) else { throw .unreadable(path: directory, reason: "the folder can't be listed") }
        defer { closedir(folder) }
        var entries: [Entry] = []
        var later = 0
        while let item = readdir(folder) {
            let name = withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: item.pointee.d_name)) { String(cString: $0) }
            }
            // "." and ".." are hidden too.
            guard !name.hasPrefix("."), !name.hasPrefix("~$"),
                  let isDirectory = Self.isDirectory(item.pointee.d_type, path: directory == "/" ? "/\(name)" : "\(directory)/\(name)")
            else { continue }
            let entry = Entry(key: isDirectory ? name + "/" : name, name: name, isDirectory: isDirectory)
            if let key, entry.key <= key { continue }
            later += 1
            guard entries.count < limit || entry.key < entries[entries.count - 1].key else { continue }
            // Binary search for its place among the smallest keys so far.
            var low = 0, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].key < entry.key { low = middle + 1 } else { high = middle }
            }
            entries.insert(entry, at: low)
            if entries.count > limit { entries.removeLast() }
        }
        self.entries = entries
        isLast = later <= limit
    }

    /// true for a folder, false for a regular file, nil for anything else (links, sockets, devices,
    /// or an entry that vanished meanwhile), from the entry's type, or `lstat` when the file system
    /// does not give it: links are not followed, as `CVFileCollector.fileType` does not follow them.
    private static func isDirectory(_ type: UInt8, path: String) -> Bool? {
        switch Int32(type) {
        case Int32(DT_DIR): return true
        case Int32(DT_REG): return false
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return true
            case S_IFREG: return false
            default: return nil
            }
        default: return nil
        }
    }
}
