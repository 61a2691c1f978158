import Foundation

/// Open descriptors of a folder and its subfolders, so that files are linked and removed by name in
/// their folder (`linkat`, `unlinkat`) rather than by a whole path, which the kernel walks again for
/// every one of a large site's 10,000 pages.
struct FolderHandles: ~Copyable {
    private var descriptors: [String: Int32] = [:]

    /// Opens `base`/`folder` for each folder (relative, "" for `base` itself) that exists.
    init(base: String, folders: some Sequence<String>) {
        for folder in folders where descriptors[folder] == nil {
            let descriptor = open(folder.isEmpty ? base : base + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 { descriptors[folder] = descriptor }
        }
    }

    deinit { for descriptor in descriptors.values { close(descriptor) } }

    /// The folder holding `path` (relative) and the file's name in it; nil for a folder not opened.
    func locate(_ path: String) -> (folder: Int32, name: String)? {
        guard let slash = Self.lastSlash(in: path[...]) else { return descriptors[""].map { ($0, path) } }
        return descriptors[String(path[..<slash])].map { ($0, String(path[path.utf8.index(after: slash)...])) }
    }

    /// The folder (relative, "" for the top) holding each of `paths`.
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = [""]
        for path in paths {
            if let slash = lastSlash(in: path[...]) { folders.insert(String(path[..<slash])) }
        }
        return folders
    }

    /// The last "/" of a relative path, found over its bytes: `String.lastIndex(of:)` walks
    /// characters, a visible cost over a large site's 10,000 paths.
    static func lastSlash(in path: Substring) -> String.Index? {
        path.utf8.lastIndex(of: UInt8(ascii: "/"))
    }

    /// Removes `folder` and everything in it, links not followed; what cannot be removed is left.
    static func removeTree(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        empty(descriptor)
        close(descriptor)
        rmdir(folder)
    }

    /// Removes everything in the open folder `descriptor` (which it keeps open).
    private static func empty(_ descriptor: Int32) {
        let listing = dup(descriptor)
        guard listing >= 0 else { return }
        guard let directory = fdopendir(listing) else {
            close(listing)
            return
        }
        defer { closedir(directory) }
        var folders: [String] = []
        for (name, type) in FolderWalk.children(of: directory, typeOf: { name in
            var info = stat()
            return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info.st_mode & S_IFMT : 0
        }) {
            if type == DT_DIR { folders.append(name) } else { unlinkat(descriptor, name, 0) }
        }
        for name in folders {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 {
                empty(child)
                close(child)
            }
            unlinkat(descriptor, name, AT_REMOVEDIR)
        }
    }
}
