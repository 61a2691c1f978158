import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Section lines marked by number")
struct SectionLinesTests {
    /// Random sections (of every kind, overlapping, ending before they start, opening one past the
    /// last line) answer `isEmpty` and `contains` for every line number, and numbers outside the
    /// CV, as the `Set` of their line numbers did.
    @Test func answersAsTheSetOfLineNumbers() {
        var generator = SeededGenerator(seed: 81)
        for _ in 0..<3_000 {
            let lineCount = Int.random(in: 0...40, using: &generator)
            let sections = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                let first = Int.random(in: 1...(lineCount + 1), using: &generator)
                return CVSection(kind: SectionKind.allCases.randomElement(using: &generator)!, heading: "", headingLine: max(1, first - 1),
                                 firstLine: first, lastLine: Int.random(in: 0...max(lineCount, 1), using: &generator))
            }
            let kinds = SectionKind.allCases.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
            let set = Set(sections.filter { kinds.contains($0.kind) }.flatMap { Array($0.firstLine...max($0.firstLine, $0.lastLine)) })
            let lines = SectionLines(sections, kinds: kinds)
            #expect(lines.isEmpty == set.isEmpty)
            for number in -1...(lineCount + 3) {
                #expect(lines.contains(number) == set.contains(number), "\(sections) \(kinds) \(number)")
            }
        }
    }
}
