import Foundation

/// A file of the site whose bytes may still be in the making when the render returns: the index,
/// which lists every role and renders on a thread of its own from before the render begins. The
/// publish stages every other file first and waits for this one only when it comes to write it, so
/// the longest single piece of a rebuild's work runs beside the staging instead of before it.
final class LateFile: @unchecked Sendable, Equatable {
    private let make: @Sendable () -> Data
    private let memo = Memo<Data>()

    init(_ make: @escaping @Sendable () -> Data) { self.make = make }

    /// The file's bytes, made (or waited for) on first use.
    var data: Data { memo.value(make) }

    static func == (lhs: LateFile, rhs: LateFile) -> Bool { lhs === rhs }
}
