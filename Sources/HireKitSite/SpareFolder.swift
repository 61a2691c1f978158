import Foundation

/// The previous site, kept beside the output after a publish (`.<name>.hirekit-spare`) and made into
/// the next build's staging folder, so that a rebuild writes only the files that changed instead of
/// linking every unchanged page into an empty folder and removing the whole previous site after the
/// swap: on a 10,000-page site those links and removals were a third of a one-role rebuild.
///
/// Nothing in the spare is trusted. A page is kept only when it is the very file (same device and
/// inode) the live site holds and the build found that file still right, or a file of the spare's
/// own that the build wrote over with its new bytes (`EarlyWrites`); everything else the next site
/// needs is written anew, and whatever it does not need is removed before anything is written.
/// The spare shares unchanged files with the live site as hard links, so it takes the space of the
/// files the last build changed. Since a file shared with the live site is never modified in place (a
/// changed file is unlinked first, then created; only files with one link are written over), nothing
/// done to the spare reaches the live site.
enum SpareFolder {
    /// Makes `staging` the folder to stage the next site in, holding only what of an earlier build's
    /// site the next one may keep: the spare, renamed, or with no spare any leftover staging folder
    /// of a killed build. Returns false when there is nothing to reuse or it cannot be cleared; the
    /// site is then staged in a new folder.
    static func reuse(_ spare: String, as staging: String, keeping files: Set<String>) -> Bool {
        guard take(spare, as: staging) else { return false }
        if clear(staging, keeping: files) { return true }
        FolderHandles.removeTree(staging)
        return false
    }

    /// The spare renamed to `staging` (a leftover staging folder removed first), or with no spare a
    /// leftover staging folder as it is. Returns whether `staging` now holds an earlier build's files.
    private static func take(_ spare: String, as staging: String) -> Bool {
        if isFolder(spare) {
            if exists(staging) { FolderHandles.removeTree(staging) }
            if rename(spare, staging) == 0 { return true }
            FolderHandles.removeTree(spare)
        }
        guard exists(staging) else { return false }
        if isFolder(staging) { return true }
        unlink(staging)
        return false
    }

    /// Removes from `staging` everything but the regular files at `files` and the folders holding
    /// them: pages of deleted roles, the previous build's own files and copies of files HireKit did
    /// not write, links, and anything else that is not the site's. Returns whether every entry could
    /// be listed and every unwanted one removed.
    private static func clear(_ staging: String, keeping files: Set<String>) -> Bool {
        var folders: Set<String> = []
        for path in files {
            var path = Substring(path)
            while let slash = FolderHandles.lastSlash(in: path) {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        let (entries, complete) = FolderWalk.entries(in: staging)
        guard complete else { return false }
        var unwanted: [FolderWalk.Entry] = []
        for entry in entries {
            let wanted = entry.isFolder ? folders.contains(entry.path) : entry.isRegularFile && files.contains(entry.path)
            if !wanted { unwanted.append(entry) }
        }
        // What was in an unwanted folder is unwanted too, and may already be gone with it.
        for entry in unwanted {
            let path = staging + "/" + entry.path
            if entry.isFolder {
                FolderHandles.removeTree(path)
                if exists(path) { return false }
            } else if unlink(path) != 0, errno != ENOENT {
                return false
            }
        }
        return true
    }

    /// Whether the open folders' entries `a` and `b` are the same file (a hard link's two names);
    /// `info` is then its status.
    static func sameFile(_ a: (folder: Int32, name: String), _ b: (folder: Int32, name: String), info: inout stat) -> Bool {
        var first = stat()
        guard fstatat(a.folder, a.name, &first, AT_SYMLINK_NOFOLLOW) == 0,
              fstatat(b.folder, b.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
        return first.st_dev == info.st_dev && first.st_ino == info.st_ino
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A folder itself, not a link to one.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
