import Foundation

/// Expands the paths a recruiter names (files and folders, e.g. `hirekit screen cvs/`) into the CV files to read.
public enum CVFileCollector {
    /// Regular files named directly, plus the regular files found recursively inside named folders, sorted by
    /// path so batch output is the same on every machine, without duplicates.
    ///
    /// Inside folders, hidden entries (".git", ".DS_Store") and Office lock files ("~$cv.docx") are skipped, and
    /// so are symbolic links: a linked folder can loop back on itself or lead outside the folder the recruiter
    /// chose, and a linked file can expose something that isn't a CV (a link to /etc/passwd). A path named
    /// directly is used even if it is a link or hidden, because the recruiter asked for it.
    /// Returned URLs keep the paths as given, so `url.relativePath` is what reports should show.
    public static func collect(_ paths: [String]) throws(CVReadError) -> [URL] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            // fileExists follows links, which is right for paths the recruiter typed.
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            if isDirectory.boolValue {
                try walk(directory: trimmingTrailingSlashes(path), into: &files)
            } else {
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard fileType(resolved) == .typeRegular else {
                    throw .unreadable(path: path, reason: "not a regular file")
                }
                files.append(path)
            }
        }
        var seen = Set<String>()
        return files.sorted()
            .filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
            .map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    private static func walk(directory: String, into files: inout [String]) throws(CVReadError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(path: directory, reason: "the folder can't be listed")
        }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let path = directory == "/" ? "/\(name)" : "\(directory)/\(name)"
            // attributesOfItem doesn't follow links, so a link reports itself as one and is skipped.
            switch fileType(path) {
            case .typeDirectory?: try walk(directory: path, into: &files)
            case .typeRegular?: files.append(path)
            default: continue  // links, sockets, devices, or entries that vanished meanwhile
            }
        }
    }

    static func fileType(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    static func trimmingTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
