import Foundation

/// One value per index, written by concurrent workers (`DispatchQueue.concurrentPerform`) and read
/// once they have all finished.
///
/// Each index is set once, by one worker, so workers write apart and need no lock (the publish sets
/// tens of thousands from eight threads, which queued on a shared lock); the join that ends the
/// workers orders their writes before `values` is read.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    /// Every value; each slot must have been set.
    var values: [Value] { storage.map { $0! } }
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
