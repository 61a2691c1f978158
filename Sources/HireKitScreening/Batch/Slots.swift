import Foundation

/// Values written by index from worker threads, read once they are done. Shared with the pipeline's
/// importer (package access).
package final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()
    package init(count: Int) { storage = Array(repeating: nil, count: count) }
    package func set(_ index: Int, _ value: Value) { lock.lock(); storage[index] = value; lock.unlock() }
    package var values: [Value?] { lock.lock(); defer { lock.unlock() }; return storage }
}
