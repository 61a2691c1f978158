import Foundation

/// Helpers shared by the fuzz targets: turning libFuzzer's bytes into the inputs each parser takes, and
/// finding the repository's files (roles, templates) at run time.
public enum FuzzInput {
    /// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, as `Data` (copied, so the harness may keep it).
    public static func data(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let start, count > 0 else { return Data() }
        return Data(bytes: start, count: count)
    }

    /// Text the way HireKit's readers would get it from a user's file: invalid UTF-8 repaired with U+FFFD.
    public static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    /// Splits `data` at every occurrence of the byte 0x00, the separator the structure-aware targets use
    /// between fields (role text fields, matcher phrases, DOCX parts).
    public static func fields(_ data: Data, maxFields: Int = 64) -> [Data] {
        var parts: [Data] = []
        var start = data.startIndex
        for index in data.indices where data[index] == 0 {
            parts.append(data[start..<index])
            start = data.index(after: index)
            if parts.count == maxFields - 1 { break }
        }
        parts.append(data[start...])
        return parts.map { Data($0) }
    }

    /// The repository root: `HIREKIT_ROOT` if set, else two folders above this source file (Fuzz/Sources/..).
    public static var repositoryRoot: URL {
        if let root = ProcessInfo.processInfo.environment["HIREKIT_ROOT"] { return URL(fileURLWithPath: root) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
