import Foundation

/// Every regular file under a folder with its bytes, keyed by relative path: a site before and after a build.
public enum FolderSnapshot {
    public static func of(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path.count + 1
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base))] = try? Data(contentsOf: url)
        }
        return files
    }
}
