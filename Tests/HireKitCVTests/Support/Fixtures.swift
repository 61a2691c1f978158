import Foundation
import Testing
@testable import HireKitCV

/// Access to the committed fixtures (see Fixtures/make-fixtures.py) and scratch folders for generated files.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    static func read(_ name: String, limits: ReaderLimits = .init()) throws(CVReadError) -> CVDocument {
        try CVReader(limits: limits).read(fileAt: url(name))
    }

    /// The error reading `name` throws, or nil if it was read.
    static func error(_ name: String, limits: ReaderLimits = .init()) -> CVReadError? {
        do {
            _ = try read(name, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// A fresh empty folder, removed when `body` returns.
    /// Creates a small file at `url`, and the folders above it.
    static func touch(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("cv".utf8).write(to: url)
    }

    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirekit-cv-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}

/// Asserts that `parts` occur in `text` in this order (each after the end of the previous one).
func expectInOrder(_ text: String, _ parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    var searchFrom = text.startIndex
    for part in parts {
        guard let range = text.range(of: part, range: searchFrom..<text.endIndex) else {
            Issue.record("\"\(part)\" missing or out of order in:\n\(text)", sourceLocation: sourceLocation)
            return
        }
        searchFrom = range.upperBound
    }
}

extension String {
    var lines: [String] { split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
