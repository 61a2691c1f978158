import Foundation

/// One value per index, written by concurrent workers (`DispatchQueue.concurrentPerform`) and read
/// once they have all finished.
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.lock(); storage[index] = value; lock.unlock() }

    /// Every value; each slot must have been set.
    var values: [Value] { lock.lock(); defer { lock.unlock() }; return storage.map { $0! } }
}

/// A value made on first use and shared afterwards, by any thread.
final class Memo<Value>: @unchecked Sendable {
    private var stored: Value?
    private let lock = NSLock()

    func value(_ make: () -> Value) -> Value {
        lock.lock(); defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
