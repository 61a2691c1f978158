import CPoppler
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("PDF reading order over bytes")
struct PDFReadingOrderEquivalenceTests {
    /// Random pages — one column, two columns with full-width lines between bands, right-aligned dates, stray and
    /// inverted boxes, every kind of blank and multi-byte characters — read as the String version read them.
    @Test func randomPagesReadAsTheStringVersionDid() {
        var generator = SeededGenerator(seed: 16)
        var gutters = 0
        for _ in 0..<500 {
            let page = RandomPage(using: &generator)
            var text = String(String.UnicodeScalarView(page.glyphs.map(\.scalar)))
            let boxes = page.glyphs.map { PopplerRectangle(x1: $0.x1, y1: $0.y1, x2: $0.x2, y2: $0.y2) }
            if StringReadingOrder.findGutter(StringReadingOrder.makeRuns(page.glyphs), pageWidth: page.width) != nil {
                gutters += 1
            }
            let expected = StringReadingOrder.lines(page.glyphs, pageWidth: page.width).joined(separator: "\n")
            let actual = text.withUTF8 { utf8 in
                boxes.withUnsafeBufferPointer { PDFReadingOrder.pageText(utf8: utf8, boxes: $0, pageWidth: page.width) }
            }
            #expect(actual.map { String(decoding: $0, as: UTF8.self) } == expected, "\(page.glyphs.count) glyphs")
        }
        // The pages must exercise the two-column path too, not only top-to-bottom reading.
        #expect(gutters >= 100)
    }

    @Test func boxCountOtherThanTheScalarCountIsRefused() {
        var text = "né"
        let boxes = [PopplerRectangle(x1: 0, y1: 0, x2: 5, y2: 10)]
        let result = text.withUTF8 { utf8 in
            boxes.withUnsafeBufferPointer { PDFReadingOrder.pageText(utf8: utf8, boxes: $0, pageWidth: 600) }
        }
        #expect(result == nil)
    }

    @Test func whitespaceTableIsUnicodeWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if PDFReadingOrder.isWhitespace(value) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16)) differs")
            }
        }
    }
}

/// A page of glyphs laid out as CVs lay them out, in poppler's order, with some noise.
private struct RandomPage {
    var glyphs: [StringReadingOrder.Glyph] = []
    var width: Double

    init(using generator: inout SeededGenerator) {
        width = [612, 595, 612, 300, 0].randomElement(using: &generator)!
        let twoColumns = Bool.random(using: &generator)
        let pieces: [String] = ["Call", "centre", "agent", "Mar", "2017", "–", "Present", "é", "😀", "e\u{301}", "ﬁ", ",",
                                " ", " ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{2003}", "\u{85}", "\u{2028}"]
        var y = Double.random(in: 20...60, using: &generator)
        for _ in 0..<Int.random(in: 0...24, using: &generator) {
            let size = [10.0, 10, 10, 12, 18, 0.5].randomElement(using: &generator)!
            let fullWidth = !twoColumns || Int.random(in: 0..<8, using: &generator) == 0
            let starts: [Double] = fullWidth ? [40] : [40, Double.random(in: 300...340, using: &generator)]
            for (column, start) in starts.enumerated() {
                var x = start + (Bool.random(using: &generator) ? 0 : Double.random(in: 0...8, using: &generator))
                let words = Int.random(in: 1...(fullWidth ? 10 : 5), using: &generator)
                for _ in 0..<words {
                    let piece = pieces.randomElement(using: &generator)!
                    for scalar in piece.unicodeScalars {
                        let advance = size * Double.random(in: 0.3...0.7, using: &generator)
                        add(scalar, x, y, x + advance, y + size)
                        x += advance
                    }
                    add(" ", x, y, x + size * 0.3, y + size)
                    x += size * 0.3
                }
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    // A right-aligned date on the same baseline.
                    x = 500
                    for scalar in "2010-2012".unicodeScalars {
                        add(scalar, x, y, x + 5, y + size)
                        x += 5
                    }
                }
                if column + 1 < starts.count, Bool.random(using: &generator) { continue }  // same line in poppler's text
                add(Bool.random(using: &generator) ? "\n" : "\r", x, y, x + 1, y + size)
            }
            switch Int.random(in: 0..<10, using: &generator) {
            case 0:
                add("x", Double.random(in: -50...700, using: &generator), Double.random(in: -50...900, using: &generator),
                    Double.random(in: -50...700, using: &generator), Double.random(in: -50...900, using: &generator))
            case 1:
                y += size * Double.random(in: 1.5...4, using: &generator)
            case 2:
                y -= size * Double.random(in: 0...3, using: &generator)
            default:
                break
            }
            y += size * Double.random(in: 1.0...1.4, using: &generator)
        }
    }

    private mutating func add(_ scalar: Unicode.Scalar, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) {
        glyphs.append(.init(scalar: scalar, x1: x1, y1: y1, x2: x2, y2: y2))
    }
}

/// The reference: `PDFReadingOrder` as it was before it read bytes, building each run's text as a `String`.
private enum StringReadingOrder {
    struct Glyph {
        var scalar: Unicode.Scalar
        var x1: Double, y1: Double, x2: Double, y2: Double
    }

    struct Run {
        var text: String
        var x1: Double, y1: Double, x2: Double, y2: Double
        var height: Double { y2 - y1 }
        var midY: Double { (y1 + y2) / 2 }
        var inkCount: Int
    }

    static func lines(_ glyphs: [Glyph], pageWidth: Double) -> [String] {
        let runs = makeRuns(glyphs)
        guard let gutter = findGutter(runs, pageWidth: pageWidth) else { return assemble(runs) }
        var output: [String] = []
        var left: [Run] = [], right: [Run] = []
        func flush() {
            output += assemble(left)
            output += assemble(right)
            left = []
            right = []
        }
        for run in runs.sorted(by: { ($0.y1, $0.x1) < ($1.y1, $1.x1) }) {
            if run.x2 <= gutter {
                left.append(run)
            } else if run.x1 >= gutter {
                right.append(run)
            } else {
                flush()
                output += assemble([run])
            }
        }
        flush()
        return output
    }

    static func makeRuns(_ glyphs: [Glyph]) -> [Run] {
        var runs: [Run] = []
        var current: Run?
        var lastInk: Glyph?
        var pendingSpace = false

        func close() {
            if let run = current, run.inkCount > 0 { runs.append(run) }
            current = nil
            lastInk = nil
            pendingSpace = false
        }

        for glyph in glyphs {
            if glyph.scalar == "\n" || glyph.scalar == "\r" {
                close()
                continue
            }
            if glyph.scalar.properties.isWhitespace {
                pendingSpace = current != nil
                continue
            }
            if let last = lastInk {
                let height = max(last.y2 - last.y1, glyph.y2 - glyph.y1, 1)
                let sameLine = abs((last.y1 + last.y2) / 2 - (glyph.y1 + glyph.y2) / 2) < height * 0.5
                let gap = glyph.x1 - last.x2
                if !sameLine || gap > height * 1.5 || gap < -height { close() }
            }
            if var run = current {
                if pendingSpace { run.text += " " }
                run.text.unicodeScalars.append(glyph.scalar)
                run.x1 = min(run.x1, glyph.x1)
                run.y1 = min(run.y1, glyph.y1)
                run.x2 = max(run.x2, glyph.x2)
                run.y2 = max(run.y2, glyph.y2)
                run.inkCount += 1
                current = run
            } else {
                current = Run(text: String(glyph.scalar), x1: glyph.x1, y1: glyph.y1, x2: glyph.x2, y2: glyph.y2,
                              inkCount: 1)
            }
            lastInk = glyph
            pendingSpace = false
        }
        close()
        return runs
    }

    static func findGutter(_ runs: [Run], pageWidth: Double) -> Double? {
        guard runs.count >= 6, runs.count <= 3000, pageWidth > 0 else { return nil }
        let totalInk = runs.reduce(0) { $0 + $1.inkCount }
        var best: (x: Double, crossing: Int)?
        var x = pageWidth * 0.2
        while x <= pageWidth * 0.8 {
            defer { x += 2 }
            let left = runs.filter { $0.x2 <= x }
            let right = runs.filter { $0.x1 >= x }
            let crossing = runs.count - left.count - right.count
            guard left.count >= 3, right.count >= 3, crossing * 4 <= runs.count else { continue }
            guard share(left, of: totalInk) >= 0.15, share(right, of: totalInk) >= 0.15 else { continue }
            guard sideBySide(left, right) >= 3, sideBySide(right, left) >= 3 else { continue }
            guard leftEdgeAlignment(left) >= 0.5, leftEdgeAlignment(right) >= 0.5 else { continue }
            if best == nil || crossing < best!.crossing { best = (x, crossing) }
        }
        return best?.x
    }

    private static func share(_ runs: [Run], of total: Int) -> Double {
        Double(runs.reduce(0) { $0 + $1.inkCount }) / Double(max(total, 1))
    }

    private static func sideBySide(_ side: [Run], _ other: [Run]) -> Int {
        guard let top = other.map(\.y1).min(), let bottom = other.map(\.y2).max() else { return 0 }
        return side.filter { $0.midY >= top && $0.midY <= bottom }.count
    }

    private static func leftEdgeAlignment(_ runs: [Run]) -> Double {
        let edges = runs.map(\.x1).sorted()
        var best = 0, start = 0
        for end in edges.indices {
            while edges[end] - edges[start] > 6 { start += 1 }
            best = max(best, end - start + 1)
        }
        return Double(best) / Double(max(runs.count, 1))
    }

    static func assemble(_ runs: [Run]) -> [String] {
        guard !runs.isEmpty else { return [] }
        var lines: [[Run]] = []
        for run in runs.sorted(by: { ($0.y1, $0.x1) < ($1.y1, $1.x1) }) {
            if let last = lines.last?.first, abs(last.midY - run.midY) < max(last.height, run.height) * 0.5 {
                lines[lines.count - 1].append(run)
            } else {
                lines.append([run])
            }
        }
        var output: [String] = []
        var previousBottom: Double?, previousHeight = 0.0
        for line in lines {
            let top = line.map(\.y1).min()!, bottom = line.map(\.y2).max()!
            if let previousBottom, top - previousBottom > previousHeight * 0.8 { output.append("") }
            output.append(line.sorted { $0.x1 < $1.x1 }.map(\.text).joined(separator: " "))
            previousBottom = bottom
            previousHeight = bottom - top
        }
        output.append("")
        return output
    }
}
