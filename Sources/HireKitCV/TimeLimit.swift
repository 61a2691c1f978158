import Foundation

/// Runs extraction work under a wall-clock limit so one hostile file can't stall a whole batch.
///
/// Poppler and libxml2 have no way to interrupt a parse from outside, and killing a thread isn't possible in-process.
/// So the work runs on its own thread and the caller waits on a semaphore with a deadline; on timeout the caller
/// gets nil and moves on, and the worker is abandoned. Trade-off: an abandoned worker keeps running (CPU and the
/// memory of that one file) until the library returns, so a batch full of pathological PDFs degrades throughput
/// rather than hanging. A child process per file would allow a real kill but costs a fork/exec per CV and
/// an IPC format; per-file limits (size, pages, decompressed bytes) already bound how long a worker can live.
/// A dedicated Thread rather than a GCD queue is used so a stuck worker never occupies a shared pool thread.
enum TimeLimit {
    /// The result of `work`, or nil if `seconds` passed first. Non-finite or non-positive limits run inline.
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
        guard seconds.isFinite, seconds > 0 else { return work() }
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.store(work())
            done.signal()
        }
        thread.name = "HireKitCV.extract"
        // libxml2 and the tree walkers recurse; give them the usual main-thread stack instead of 512 KiB.
        thread.stackSize = 8 << 20
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.take()
    }
}

/// Hands the worker's result to the waiting caller; the lock makes the hand-over safe across threads.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func store(_ newValue: T) {
        lock.lock()
        value = newValue
        lock.unlock()
    }

    func take() -> T? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
