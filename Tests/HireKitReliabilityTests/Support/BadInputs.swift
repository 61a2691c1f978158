import Foundation

/// The committed corpus of bad inputs (`BadInputs/`, copied into the test bundle) and scratch folders.
enum BadInputs {
    static let root: URL = Bundle.module.resourceURL!.appendingPathComponent("BadInputs")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    static func text(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

    /// The files of a corpus folder, sorted, without its README; an empty folder gives no test cases.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { "\(folder)/\($0)" }
    }
}

/// The repository checkout, for the shipped roles and templates.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A fresh folder under the system temporary folder, removed with everything in it when released.
final class TempFolder {
    let url: URL
    var path: String { url.path }

    init(_ label: String = "reliability") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let target = file(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL { try write(relative, Data(text.utf8)) }
}
