import Testing
@testable import HireKitScreening

@Suite("Concurrent screening")
struct ConcurrentScreeningTests {
    @Test func oneScreenerServesManyThreadsWithIdenticalResults() async {
        let screener = Fixtures.screener()
        let cvs = (0..<40).map { index in
            index.isMultiple(of: 2) ? Fixtures.cv : Fixtures.cv.replacingOccurrences(of: "de-escalation", with: "typing")
        }
        let expected = cvs.map { screener.screen(text: $0, source: "cv") }
        let results = await withTaskGroup(of: (Int, ScreeningResult).self) { group in
            for (index, cv) in cvs.enumerated() {
                group.addTask { (index, screener.screen(text: cv, source: "cv")) }
            }
            return await group.reduce(into: Array(repeating: expected[0], count: cvs.count)) { $0[$1.0] = $1.1 }
        }
        #expect(results == expected)
        #expect(results[1].knockedOut)
    }
}
