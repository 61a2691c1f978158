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
}
