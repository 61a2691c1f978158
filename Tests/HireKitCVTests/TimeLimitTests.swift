import Foundation
import Testing
@testable import HireKitCV

@Suite("Per-file time limit")
struct TimeLimitTests {
    @Test func workThatFinishesInTimeReturnsItsResult() {
        #expect(TimeLimit.run(seconds: 5) { 42 } == 42)
    }

    @Test func stuckWorkIsAbandonedAtTheDeadline() {
        let started = Date()
        let result = TimeLimit.run(seconds: 0.1) { () -> Int in
            Thread.sleep(forTimeInterval: 3)  // stands in for a parser that never returns
            return 1
        }
        #expect(result == nil)
        #expect(Date().timeIntervalSince(started) < 1.5)
    }

    @Test func infiniteLimitRunsWithoutADeadline() {
        #expect(TimeLimit.run(seconds: .infinity) { "done" } == "done")
    }

    @Test func consecutiveRunsReuseWorkerThreads() {
        // Other suites run at the same time and may take an idle worker, so most runs, not all, find one used before.
        let key = "TimeLimitTests.used"
        let reused = (0..<50).filter { _ in
            TimeLimit.run(seconds: 5) { () -> Bool in
                let used = Thread.current.threadDictionary[key] != nil
                Thread.current.threadDictionary[key] = true
                return used
            } == true
        }
        #expect(reused.count >= 25)
    }

    @Test func runAfterAnAbandonedRunIsNotHeldUpByIt() {
        #expect(TimeLimit.run(seconds: 0.1) { () -> Int in
            Thread.sleep(forTimeInterval: 2)
            return 1
        } == nil)
        let started = Date()
        #expect(TimeLimit.run(seconds: 5) { 42 } == 42)
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
