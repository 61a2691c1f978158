import Foundation

/// Every regular file under a folder with its bytes, keyed by relative path: a site before and after a build.
///
/// The build state (`.hirekit-state` and `.hirekit-cache`) is left out: it records the published
/// files' modification times, so two builds of the same site never write the same state.
public enum FolderSnapshot {
    public static func of(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path.count + 1
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base))
            if path.hasSuffix(".hirekit-state") || path.hasSuffix(".hirekit-cache") { continue }
            files[path] = try? Data(contentsOf: url)
        }
        return files
    }
}
