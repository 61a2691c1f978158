import Foundation
import HireKitRoles

/// A digest of everything a build reads: role files, templates and assets, the configuration, the
/// `--base-url` override, and the hirekit executable itself (its path, size and modification
/// time, so a rebuilt or upgraded HireKit, which may render differently, never reuses old output).
///
/// Two builds with the same digest produce the same site, so the second can be skipped. The digest
/// is computed before the inputs are read: a file changed during a build then makes the stored
/// digest differ from the next one, which rebuilds.
enum InputDigest {
    /// nil when an input cannot be read; the build then goes ahead (and reports the problem).
    static func of(_ inputs: SiteBuild.Inputs) -> String? {
        var hash = StableHash()
        hash.mix(executableIdentity)
        hash.mix(inputs.baseURL.map { "base-url=" + $0 } ?? "")
        // A missing configuration means the defaults; one that exists but is unreadable fails the build.
        if FileManager.default.fileExists(atPath: inputs.configPath) {
            guard let data = FileManager.default.contents(atPath: inputs.configPath) else { return nil }
            hash.mix("config"); hash.mix(data)
        }
        for folder in [inputs.rolesDirectory, inputs.templatesDirectory] {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
            var paths: [String] = []
            while let path = enumerator.nextObject() as? String { paths.append(path) }
            hash.mix("folder")
            for path in paths.sorted() {
                let full = (folder as NSString).appendingPathComponent(path)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { return nil }
                if isFolder.boolValue { continue }
                // Paths relative to the folder: the same project built from elsewhere has the same digest.
                guard let data = FileManager.default.contents(atPath: full) else { return nil }
                hash.mix(path); hash.mix(data)
            }
        }
        return hash.text
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
