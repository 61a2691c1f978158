import Foundation

/// A fresh folder under the system temporary folder, removed with everything in it when released.
public final class TempFolder {
    public let url: URL
    public var path: String { url.path }

    public init(_ label: String = "tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    @discardableResult
    public func write(_ relative: String, _ data: Data) throws -> URL {
        let target = file(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target
    }

    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> URL { try write(relative, Data(text.utf8)) }

    /// The text of the file at `relative`, or nil if there is none.
    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: file(relative).path).map { String(decoding: $0, as: UTF8.self) }
    }
}
