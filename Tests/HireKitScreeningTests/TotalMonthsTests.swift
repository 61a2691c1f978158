import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Months covered, sorted as month numbers")
struct TotalMonthsTests {
    /// `totalMonths` as it sorted the ranges themselves.
    private static func reference(_ ranges: [DateRange]) -> Int {
        var total = 0
        var covered: (start: Int, end: Int)?
        for range in ranges.sorted(by: { $0.start < $1.start }) {
            let start = range.start.index, end = range.end.index
            if let current = covered, start <= current.end {
                covered = (current.start, max(current.end, end))
            } else {
                if let current = covered { total += current.end - current.start }
                covered = (start, end)
            }
        }
        if let current = covered { total += current.end - current.start }
        return total
    }

    /// Random sets of up to 30 ranges over a few years, with equal starts, overlaps, gaps and
    /// ranges ending before they start (whose order among equal starts changes the total).
    @Test func randomRangesCoverWhatSortingTheRangesGave() {
        var generator = SeededGenerator(seed: 101)
        for _ in 0..<20_000 {
            let ranges = (0..<Int.random(in: 0...30, using: &generator)).map { line in
                let start = Int.random(in: 24_000...24_060, using: &generator), end = start + Int.random(in: -6...40, using: &generator)
                return DateRange(start: YearMonth(index: start), end: YearMonth(index: end), isOngoing: false, line: line + 1, text: "x")
            }
            #expect(ExperienceExtractor.totalMonths(ranges) == Self.reference(ranges))
        }
    }
}
