import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Table cells written without Foundation")
struct TableCellTests {
    /// Every tenth from 0 to 1,000, and random doubles, are written as `String(format: "%.1f")`
    /// writes them (whole numbers without the point).
    @Test func numbersAreWrittenAsTheFormatterWritesThem() {
        var generator = SeededGenerator(seed: 71)
        let tenths = (0...10_000).map { Double($0) / 10 }
        let others = (0..<5_000).map { _ in Double.random(in: -5...1_000, using: &generator) } + [1.25, 0.05, 0.15, 2.45, 1e10 + 0.5]
        for value in tenths + others {
            let expected = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            #expect(Tenths.text(value) == expected, "\(value)")
        }
    }

    /// Random cells, ASCII and not, padded or cut to random widths as Foundation pads them.
    @Test func cellsArePaddedAsFoundationPadsThem() {
        var generator = SeededGenerator(seed: 72)
        let pieces = ["a", "cv-12.txt", " ", "9", "é", "e\u{301}", "📞", "\r\n", "-", "Bachelor"]
        for _ in 0..<5_000 {
            let cell = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 0...30, using: &generator)
            #expect(TableReport.padded(cell, toWidth: width) == cell.padding(toLength: width, withPad: " ", startingAt: 0), "\(cell) \(width)")
        }
    }

    /// Random rows of random cells (ASCII and not, shorter and longer than their columns, empty,
    /// ending in spaces or marks) are written byte for byte as the padded cells joined were.
    @Test func rowsAreWrittenAsThePaddedCellsJoined() {
        var generator = SeededGenerator(seed: 74)
        let pieces = ["a", "cv-12.txt", " ", "  ", "9", "\u{E9}", "e\u{301}", " \u{301}", "\u{600}", "\u{1F4DE}", "\r\n", "-", "Bachelor", ""]
        for _ in 0..<5_000 {
            let columns = Int.random(in: 0...9, using: &generator)
            let row = (0..<columns).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let widths = (0..<columns).map { _ in Int.random(in: 0...20, using: &generator) }
            let joined = TableReport.droppingTrailingSpaces(zip(row, widths).map { TableReport.padded($0, toWidth: $1) }.joined(separator: "  "))
            #expect(Array(TableReport.line(row, widths: widths).utf8) == Array(joined.utf8), "\(row) \(widths)")
        }
    }

    /// Random rows ending in spaces after ASCII, after non-ASCII characters, after a mark or a
    /// prepended character that may join the first space, lose the same trailing spaces as when
    /// they were removed Character by Character.
    @Test func trailingSpacesAreDroppedAsCharacterByCharacterRemovalDropsThem() {
        var generator = SeededGenerator(seed: 73)
        let pieces = ["a", "9", "cv.txt", " ", "  ", "\t", "é", "e\u{301}", " \u{301}", "\u{600}", "\u{600} ", "📞", "\r", "\r\n", "\u{200D}"]
        for _ in 0..<10_000 {
            let line = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = line
            while expected.hasSuffix(" ") { expected.removeLast() }
            #expect(TableReport.droppingTrailingSpaces(line) == expected, "\(line.unicodeScalars.map(\.value))")
        }
    }
}
