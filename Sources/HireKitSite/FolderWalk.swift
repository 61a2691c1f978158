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
            for (name, type) in children(of: directory, typeOf: { name in
                var info = stat()
                return lstat(absolute + "/" + name, &info) == 0 ? info.st_mode & S_IFMT : 0
            }) {
                let child = relative.isEmpty ? name : relative + "/" + name
                entries.append(Entry(path: child, isFolder: type == DT_DIR, isRegularFile: type == DT_REG))
                if type == DT_DIR { walk(absolute + "/" + name, child) }
            }
        }
        walk(folder, "")
        return (entries, complete)
    }

    /// The names in an open folder listing ("." and ".." left out) with readdir's file types; a type
    /// readdir does not know is taken from `typeOf` (the `st_mode` file type of an lstat, 0 for a file
    /// gone meanwhile, which is then listed as neither folder nor regular file).
    static func children(of directory: OpaquePointer, typeOf: (String) -> mode_t) -> [(name: String, type: Int32)] {
        var children: [(name: String, type: Int32)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var type = Int32(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                let kind = typeOf(name)
                type = kind == S_IFDIR ? Int32(DT_DIR) : kind == S_IFREG ? Int32(DT_REG) : 0
            }
            children.append((name, type))
        }
        return children
    }
}
