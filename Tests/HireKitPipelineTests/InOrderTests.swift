import Dispatch
import Foundation
import HireKitScreening
@testable import HireKitPipeline
import Testing

@Suite("Storing in order")
struct InOrderTests {
    @Test func itemsPutFromManyThreadsInAnyOrderAreHandedOnInIndexOrder() {
        let queue = InOrder<Int>()
        let handed = Slots<Int>(count: 2000)
        let position = Counter()
        DispatchQueue.concurrentPerform(iterations: 2000) { index in
            // Out of order on purpose: some items wait a little before they are put.
            if index % 7 == 0 { usleep(UInt32(index % 50)) }
            queue.put(index, index * 10) { index, item in
                handed.set(position.increment() - 1, item)
                #expect(item == index * 10)
            }
        }
        #expect(handed.values.compactMap { $0 } == (0..<2000).map { $0 * 10 })
    }
}
