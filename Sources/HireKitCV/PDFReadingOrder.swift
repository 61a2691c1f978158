import CPoppler

/// Rebuilds a PDF page's lines in reading order from glyph boxes.
///
/// Poppler's own text order follows content-stream blocks, which for two-column CVs glues headings from both
/// columns together ("ContactProfile") and interleaves sidebar and main text. Here glyphs are grouped into runs
/// of contiguous text, a vertical gutter is looked for, and if one splits the page into two real columns, each
/// band of the page is read left column first, then right column. Without a gutter the page is read top to bottom.
///
/// It works on the page text's UTF-8 bytes: a run's text is a stretch of one buffer, and lines are written as
/// bytes, since building a `String` a character at a time cost an eighth of reading a PDF CV.
enum PDFReadingOrder {
    struct Run {
        /// The run's text: bytes `start..<end` of the page's run text.
        var start: Int, end: Int
        /// Top-left origin, as poppler reports them.
        var x1: Double, y1: Double, x2: Double, y2: Double
        var height: Double { y2 - y1 }
        var midY: Double { (y1 + y2) / 2 }
        var inkCount: Int
    }

    /// The page's lines in reading order, joined by "\n", as UTF-8; nil unless `boxes` holds exactly one box per
    /// Unicode scalar of `text` (poppler's page text, valid UTF-8), since pairing characters with the wrong boxes
    /// would garble the page.
    static func pageText(utf8 text: UnsafeBufferPointer<UInt8>, boxes: UnsafeBufferPointer<PopplerRectangle>,
                         pageWidth: Double) -> [UInt8]? {
        guard scalarCount(text) == boxes.count else { return nil }
        var runText: [UInt8] = []
        runText.reserveCapacity(text.count)
        let runs = makeRuns(text, boxes: boxes, into: &runText)
        var writer = LineWriter(runText: runText)
        guard let gutter = findGutter(runs, pageWidth: pageWidth) else {
            writer.assemble(runs)
            return writer.output
        }
        var left: [Run] = [], right: [Run] = []
        for run in runs.sorted(by: { ($0.y1, $0.x1) < ($1.y1, $1.x1) }) {
            if run.x2 <= gutter {
                left.append(run)
            } else if run.x1 >= gutter {
                right.append(run)
            } else {
                // Full-width text (a name banner, a footer) ends the band of columns above it.
                writer.assemble(left)
                writer.assemble(right)
                left = []
                right = []
                writer.assemble([run])
            }
        }
        writer.assemble(left)
        writer.assemble(right)
        return writer.output
    }

    /// Unicode scalars in valid UTF-8: the bytes that are not continuation bytes.
    static func scalarCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in text where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Unicode's White_Space property (`Unicode.Scalar.Properties.isWhitespace`), for one scalar.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Splits poppler's text into runs wherever it moves to another line or jumps across a gap wider than
    /// ordinary word spacing, which is where two columns sharing a baseline meet. Each run's text is appended to
    /// `runText`, whitespace inside a run becoming one space.
    static func makeRuns(_ text: UnsafeBufferPointer<UInt8>, boxes: UnsafeBufferPointer<PopplerRectangle>,
                         into runText: inout [UInt8]) -> [Run] {
        var runs: [Run] = []
        var run = Run(start: 0, end: 0, x1: 0, y1: 0, x2: 0, y2: 0, inkCount: 0)
        var open = false
        var last = PopplerRectangle(), hasLast = false
        var pendingSpace = false
        var index = 0, glyph = 0
        while index < text.count {
            let start = index
            let byte = text[index]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            index += length
            let box = boxes[glyph]
            glyph += 1
            if byte == 0x0A || byte == 0x0D {
                if open { close(&run, into: &runs, end: runText.count) }
                open = false
                hasLast = false
                pendingSpace = false
                continue
            }
            var value = length == 1 ? UInt32(byte) : UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(text[start + offset] & 0x3F) }
            if isWhitespace(value) {
                pendingSpace = open
                continue
            }
            if hasLast {
                let height = max(last.y2 - last.y1, box.y2 - box.y1, 1)
                let sameLine = abs((last.y1 + last.y2) / 2 - (box.y1 + box.y2) / 2) < height * 0.5
                let gap = box.x1 - last.x2
                if !sameLine || gap > height * 1.5 || gap < -height {
                    if open { close(&run, into: &runs, end: runText.count) }
                    open = false
                    pendingSpace = false
                }
            }
            if open {
                if pendingSpace { runText.append(UInt8(ascii: " ")) }
                run.x1 = min(run.x1, box.x1)
                run.y1 = min(run.y1, box.y1)
                run.x2 = max(run.x2, box.x2)
                run.y2 = max(run.y2, box.y2)
                run.inkCount += 1
            } else {
                run = Run(start: runText.count, end: 0, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, inkCount: 1)
                open = true
            }
            // A byte at a time: a character is one to four bytes, too few for append(contentsOf:) to pay.
            for offset in start..<index { runText.append(text[offset]) }
            last = box
            hasLast = true
            pendingSpace = false
        }
        if open { close(&run, into: &runs, end: runText.count) }
        return runs
    }

    private static func close(_ run: inout Run, into runs: inout [Run], end: Int) {
        run.end = end
        runs.append(run)
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
            // Counted first without building the two sides: most candidates fail on these counts alone.
            var leftCount = 0, rightCount = 0, leftInk = 0, rightInk = 0
            for run in runs {
                if run.x2 <= x {
                    leftCount += 1
                    leftInk += run.inkCount
                }
                if run.x1 >= x {
                    rightCount += 1
                    rightInk += run.inkCount
                }
            }
            let crossing = runs.count - leftCount - rightCount
            guard leftCount >= 3, rightCount >= 3, crossing * 4 <= runs.count else { continue }
            guard share(leftInk, of: totalInk) >= 0.15, share(rightInk, of: totalInk) >= 0.15 else { continue }
            let left = runs.filter { $0.x2 <= x }
            let right = runs.filter { $0.x1 >= x }
            guard sideBySide(left, right) >= 3, sideBySide(right, left) >= 3 else { continue }
            guard leftEdgeAlignment(left) >= 0.5, leftEdgeAlignment(right) >= 0.5 else { continue }
            if best == nil || crossing < best!.crossing { best = (x, crossing) }
        }
        return best?.x
    }

    private static func share(_ ink: Int, of total: Int) -> Double {
        Double(ink) / Double(max(total, 1))
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
}

/// Writes a page's lines as UTF-8, joined by "\n", from runs whose text lies in one buffer.
private struct LineWriter {
    let runText: [UInt8]
    private(set) var output: [UInt8] = []
    private var lineCount = 0

    init(runText: [UInt8]) {
        self.runText = runText
        output.reserveCapacity(runText.count + runText.count / 8)
    }

    private mutating func startLine() {
        if lineCount > 0 { output.append(UInt8(ascii: "\n")) }
        lineCount += 1
    }

    /// Groups runs that share a baseline into lines, top to bottom, each read left to right, and writes them. A
    /// vertical gap taller than a line becomes a blank line, so sections stay visibly apart as they are on the
    /// page; a blank line ends the group.
    mutating func assemble(_ runs: [PDFReadingOrder.Run]) {
        guard !runs.isEmpty else { return }
        // Each run joins the line above it or starts the next, so a line is a stretch of the sorted runs.
        let sorted = runs.sorted(by: { ($0.y1, $0.x1) < ($1.y1, $1.x1) })
        var previousBottom: Double?, previousHeight = 0.0
        var lineStart = 0
        while lineStart < sorted.count {
            let first = sorted[lineStart]
            var lineEnd = lineStart + 1
            while lineEnd < sorted.count,
                  abs(first.midY - sorted[lineEnd].midY) < max(first.height, sorted[lineEnd].height) * 0.5 {
                lineEnd += 1
            }
            let line = sorted[lineStart..<lineEnd]
            let top = line.map(\.y1).min()!, bottom = line.map(\.y2).max()!
            if let previousBottom, top - previousBottom > previousHeight * 0.8 { startLine() }
            startLine()
            for (position, run) in line.sorted(by: { $0.x1 < $1.x1 }).enumerated() {
                if position > 0 { output.append(UInt8(ascii: " ")) }
                output.append(contentsOf: runText[run.start..<run.end])
            }
            previousBottom = bottom
            previousHeight = bottom - top
            lineStart = lineEnd
        }
        startLine()
    }
}
