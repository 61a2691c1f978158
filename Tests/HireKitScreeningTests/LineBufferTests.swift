import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("A CV's lines in one buffer")
struct LineBufferTests {
    /// Random lines mixing ASCII, table characters and others (combining marks, ligatures,
    /// full-width forms, emoji, "\r"), so that lines take both the table and the Foundation path.
    private static func randomLines(seed: UInt64, count: Int) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let ascii = (0x20..<0x7F).map(UInt32.init) + [0x09, 0x0D]
        let others: [UInt32] = [0x0300, 0x0301, 0x0131, 0x00DF, 0xFB01, 0xFF0D, 0x2010, 0x2212, 0x200D, 0xFEFF, 0x1F4DE,
                                0x0130, 0x212B, 0x00C5, 0x0660, 0x0661, 0x17F, 0x212A]
        return (0..<count).map { _ in
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                let pool = [ascii, ascii, CommonScalarFolding.scalars, others][Int.random(in: 0..<4, using: &generator)]
                scalars.append(Unicode.Scalar(pool.randomElement(using: &generator)!)!)
            }
            return String(scalars)
        }
    }

    /// Each folded line of the buffer is what `normalizeLine` makes of the line alone, on random
    /// lines, the repository's text CVs and, when present, the eval corpus.
    @Test func eachFoldedLineIsTheLineNormalised() {
        let lines = Self.randomLines(seed: 81, count: 5_000) + RealCVLines.repository()
            + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])
        // In CV-sized groups, so that lines follow one another in one buffer.
        var start = 0
        var mismatches = 0
        while start < lines.count {
            let group = Array(lines[start..<min(start + 40, lines.count)])
            let folded = LineBuffer(folding: LineBuffer(lines: group))
            #expect(folded.count == group.count)
            for (index, line) in group.enumerated() where folded.string(at: index) != MatchNormalizer.normalizeLine(line) {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(line.unicodeScalars.map { String($0.value, radix: 16) })") }
            }
            start += 40
        }
        #expect(mismatches == 0)
        #expect(LineBuffer(folding: LineBuffer(lines: [])).count == 0)
        #expect(LineBuffer(folding: LineBuffer(lines: [""])).strings == [""])
    }

    /// Lines given as they are come back as they were given.
    @Test func linesAreKeptAsGiven() {
        let lines = Self.randomLines(seed: 82, count: 500)
        #expect(LineBuffer(lines: lines).strings == lines)
        #expect(LineBuffer(lines: []).strings == [])
    }

    /// A text is split into the lines `MatchNormalizer.lines(of:)` gives, with only "\n" breaks (the
    /// bytes' own path) and with every other break (the `Character` path), on random texts and on
    /// the repository's text CVs.
    @Test func textIsSplitAsMatchNormalizerSplitsIt() {
        var generator = SeededGenerator(seed: 84)
        let breaks = ["\n", "\n", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        let pieces = Self.randomLines(seed: 85, count: 300)
        var texts = ["", "\n", "\n\n", "a", "a\n", "\na", "a\r\nb", "a\n\nb\n"]
        for _ in 0..<2_000 {
            let onlyLineFeeds = Bool.random(using: &generator)
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                text += pieces.randomElement(using: &generator)!
                    .replacingOccurrences(of: "\r", with: onlyLineFeeds ? "" : "\r")
                text += onlyLineFeeds ? "\n" : breaks.randomElement(using: &generator)!
            }
            texts.append(text)
        }
        texts += RealCVLines.repository().map { $0 + "\n" + $0 }
        for text in texts {
            #expect(LineBuffer(text: text).strings == MatchNormalizer.lines(of: text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// A text has only "\n" line breaks, by the bytes' pre-check and by the byte-by-byte test,
    /// exactly when its only newline `Character` is "\n": on random texts mixing every break with
    /// characters whose UTF-8 holds the bytes the pre-check looks for (U+00A8, U+0129, "…").
    @Test func onlyLineFeedsAgreesWithTheCharacters() {
        var generator = SeededGenerator(seed: 86)
        let pieces = ["a", "Skills", " ", "\n", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
                      "\u{A8}", "\u{A9}", "\u{129}", "\u{2026}", "\u{2018}", "\u{C5}", "\u{2022}", "é", "ï¼"]
        var withBreaks = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.allSatisfy { !$0.isNewline || $0 == "\n" }
            var copy = text
            copy.withUTF8 { bytes in
                #expect(MatchNormalizer.onlyLineFeeds(bytes) == expected, "\(text.unicodeScalars.map(\.value))")
                #expect(MatchNormalizer.onlyLineFeedsByBytes(bytes) == expected, "\(text.unicodeScalars.map(\.value))")
            }
            if !expected { withBreaks += 1 }
        }
        #expect(withBreaks > 1_000)
    }

    /// Case safety read from a line's bytes agrees with the `String` path.
    @Test func caseSafetyOfBytesAgreesWithTheStringPath() {
        let lines = Self.randomLines(seed: 83, count: 5_000) + RealCVLines.repository()
        var unsafe = 0
        for line in lines {
            var copy = line
            let byBytes = copy.withUTF8(CaseSafeScalars.allNonASCIICaseSafe(bytes:))
            #expect(byBytes == CaseSafeScalars.allNonASCIICaseSafe(line), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            if !byBytes { unsafe += 1 }
        }
        #expect(unsafe > 100)
    }
}
