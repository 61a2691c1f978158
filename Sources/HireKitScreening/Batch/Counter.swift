import Foundation

/// A count shared by worker threads: which item is next, how many are done. Shared with the
/// pipeline's importer (package access).
package final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    package init() {}
    package func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
