import Foundation

/// The committed corpus of bad inputs (`BadInputs/`, copied into the test bundle) (scratch folders are `TempFolder`).
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
