import Foundation

/// A scratch project folder with copies of the shipped roles and templates, removed when released.
public final class ScratchProject {
    public let folder: TempFolder
    public var url: URL { folder.url }

    public init(_ label: String = "cli") throws {
        folder = try TempFolder(label)
        for item in ["Roles", "Templates"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(item), to: folder.file(item))
        }
    }

    /// Rewrites the text file at `relative` with `change`.
    public func edit(_ relative: String, _ change: (String) -> String) throws {
        let file = folder.file(relative)
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }
}
