import Foundation

/// Everything under a folder, listed with readdir's file types: Foundation's enumerators cost several
/// system calls and URL or NSString objects per file, a visible share of a 10,000-page rebuild.
/// Links are listed but not followed into; a type readdir does not know is asked of lstat.
enum FolderWalk {
    struct Entry {
        /// Relative to the folder walked.
        let path: String
        let isFolder: Bool
        let isRegularFile: Bool
    }

    /// The entries under `folder` in no particular order, and whether every folder could be read.
    static func entries(in folder: String) -> (entries: [Entry], complete: Bool) {
        var entries: [Entry] = []
        var complete = true
        func walk(_ absolute: String, _ relative: String) {
            guard let directory = opendir(absolute) else { complete = false; return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let path = absolute + "/" + name, child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == DT_UNKNOWN {
                    // A file gone meanwhile is still listed, as neither folder nor regular file.
                    var info = stat()
                    let kind = lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
                    type = kind == S_IFDIR ? Int32(DT_DIR) : kind == S_IFREG ? Int32(DT_REG) : 0
                }
                entries.append(Entry(path: child, isFolder: type == DT_DIR, isRegularFile: type == DT_REG))
                if type == DT_DIR { walk(path, child) }
            }
        }
        walk(folder, "")
        return (entries, complete)
    }
}
