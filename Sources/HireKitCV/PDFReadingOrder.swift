/// Rebuilds a PDF page's lines in reading order from glyph boxes.
///
/// Poppler's own text order follows content-stream blocks, which for two-column CVs glues headings from both
/// columns together ("ContactProfile") and interleaves sidebar and main text. Here glyphs are grouped into runs
/// of contiguous text, a vertical gutter is looked for, and if one splits the page into two real columns, each
/// band of the page is read left column first, then right column. Without a gutter the page is read top to bottom.
enum PDFReadingOrder {
    struct Glyph {
        var scalar: Unicode.Scalar
        /// Top-left origin, as poppler reports them.
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
                // Full-width text (a name banner, a footer) ends the band of columns above it.
                flush()
                output += assemble([run])
            }
        }
        flush()
        return output
    }

    /// Splits poppler's text into runs wherever it moves to another line or jumps across a gap wider than
    /// ordinary word spacing, which is where two columns sharing a baseline meet.
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

    /// The x position of a gutter between two genuine columns, or nil.
    ///
    /// A candidate x in the middle 60% of the page splits runs into left, right and crossing. It counts as a
    /// gutter only if both sides hold a real share of the text (≥ 15% of glyphs, ≥ 3 runs) side by side
    /// vertically, most runs on each side share a left edge, and few runs cross it. The left-edge test is what
    /// keeps right-aligned dates on a one-column CV ("Agent ... Mar 2017 – Present") from being read as a column,
    /// which would separate every job from its dates.
    static func findGutter(_ runs: [Run], pageWidth: Double) -> Double? {
        // Past a few thousand runs the page is not a CV layout worth analysing, and the scan would get slow.
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

    /// Runs of `side` lying vertically within the span of `other`.
    private static func sideBySide(_ side: [Run], _ other: [Run]) -> Int {
        guard let top = other.map(\.y1).min(), let bottom = other.map(\.y2).max() else { return 0 }
        return side.filter { $0.midY >= top && $0.midY <= bottom }.count
    }

    /// Share of runs whose left edge is within 3 pt of the most common left edge.
    private static func leftEdgeAlignment(_ runs: [Run]) -> Double {
        let edges = runs.map(\.x1).sorted()
        var best = 0, start = 0
        for end in edges.indices {
            while edges[end] - edges[start] > 6 { start += 1 }
            best = max(best, end - start + 1)
        }
        return Double(best) / Double(max(runs.count, 1))
    }

    /// Groups runs that share a baseline into lines, top to bottom, each read left to right. A vertical gap
    /// taller than a line becomes a blank line, so sections stay visibly apart as they are on the page.
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
