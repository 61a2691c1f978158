import Foundation

/// Runs extraction work under a wall-clock limit so one hostile file can't stall a whole batch.
///
/// Poppler and libxml2 have no way to interrupt a parse from outside, and killing a thread isn't possible in-process.
/// So the work runs on a worker thread and the caller waits on a semaphore with a deadline; on timeout the caller
/// gets nil and moves on, and the worker is abandoned. Trade-off: an abandoned worker keeps running (CPU and the
/// memory of that one file) until the library returns, so a batch full of pathological PDFs degrades throughput
/// rather than hanging. A child process per file would allow a real kill but costs a fork/exec per CV and
/// an IPC format; per-file limits (size, pages, decompressed bytes) already bound how long a worker can live.
/// Dedicated threads rather than a GCD queue are used so a stuck worker never occupies a shared pool thread.
/// A worker whose work has ended waits for the next file instead of exiting: starting a thread per file cost
/// 60–100 µs, about 1.5 % of reading a PDF CV.
enum TimeLimit {
    /// The result of `work`, or nil if `seconds` passed first. Non-finite or non-positive limits run inline.
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
        guard seconds.isFinite, seconds > 0 else { return work() }
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let worker = TimeLimitWorker.idleOrNew()
        worker.start {
            box.store(work())
            // Back among the idle before the caller hears of it, so the caller's next file finds it there.
            TimeLimitWorker.makeIdle(worker)
            done.signal()
        }
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

/// A thread that runs `TimeLimit`'s work one piece at a time. A worker is either idle (in `idle`) or running work
/// (taken off it), so no two callers ever share one.
private final class TimeLimitWorker: @unchecked Sendable {
    private static let idle = IdleWorkers()

    private let wake = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var work: (@Sendable () -> Void)?

    static func idleOrNew() -> TimeLimitWorker {
        idle.take() ?? TimeLimitWorker()
    }

    static func makeIdle(_ worker: TimeLimitWorker) {
        idle.add(worker)
    }

    private init() {
        let thread = Thread { [self] in
            while true {
                wake.wait()
                lock.lock()
                let work = self.work
                self.work = nil
                lock.unlock()
                work?()
            }
        }
        thread.name = "HireKitCV.extract"
        // libxml2 and the tree walkers recurse; give them the usual main-thread stack instead of 512 KiB.
        thread.stackSize = 8 << 20
        thread.start()
    }

    func start(_ work: @escaping @Sendable () -> Void) {
        lock.lock()
        self.work = work
        lock.unlock()
        wake.signal()
    }
}

/// The workers waiting for work, shared by every caller of `TimeLimit.run`.
private final class IdleWorkers: @unchecked Sendable {
    private let lock = NSLock()
    private var workers: [TimeLimitWorker] = []

    func take() -> TimeLimitWorker? {
        lock.lock()
        defer { lock.unlock() }
        return workers.popLast()
    }

    func add(_ worker: TimeLimitWorker) {
        lock.lock()
        workers.append(worker)
        lock.unlock()
    }
}
