import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Byte tests eight bytes at a time")
struct ByteScanTests {
    /// Pieces of lines: years and near misses, the digits on either side of a word boundary, and
    /// non-ASCII characters (two to four bytes).
    private static let pieces = ["19", "20", "1", "2", "9", "0", "2019", "1820", "a", " ", "-", "\u{E9}", "\u{2022}", "\u{1F4DE}",
                                 "customer service", "x1", "2x"]

    private static func lines() -> [[UInt8]] {
        var generator = SeededGenerator(seed: 61)
        let random = (0..<20_000).map { _ in
            Array((0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
        }
        let real = (RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])).map { Array($0.utf8) }
        return random + real
    }

    /// `isASCII` is a byte-by-byte test for a byte of 0x80 or more, on random and real lines.
    @Test func isASCIIGivesTheByteByByteAnswer() {
        var mismatches = 0
        for line in Self.lines() where line.withUnsafeBufferPointer(ByteScan.isASCII) != line.allSatisfy({ $0 < 0x80 }) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("\(line)") }
        }
        #expect(mismatches == 0)
    }

    /// `isASCIIWithoutReturn` is a byte-by-byte test for a byte of 0x80 or more or a "\r", on random
    /// and real lines, with a "\r" put at every offset of some.
    @Test func isASCIIWithoutReturnGivesTheByteByByteAnswer() {
        var lines = Self.lines()
        lines += lines.prefix(200).flatMap { line in line.indices.map { var line = line; line[$0] = 0x0D; return line } }
        var mismatches = 0
        for line in lines where line.withUnsafeBufferPointer(ByteScan.isASCIIWithoutReturn) != line.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("\(line)") }
        }
        #expect(mismatches == 0)
    }

    /// `holdsYearStart` finds "19" or "20" wherever a byte-by-byte search does, across the eight-byte
    /// words' boundaries too, on random and real lines.
    @Test func holdsYearStartGivesTheByteByByteAnswer() {
        var mismatches = 0
        for line in Self.lines() {
            let expected = zip(line, line.dropFirst()).contains { $0 == (UInt8(ascii: "1"), UInt8(ascii: "9")) || $0 == (UInt8(ascii: "2"), UInt8(ascii: "0")) }
            if line.withUnsafeBufferPointer(ByteScan.holdsYearStart) != expected {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(line)") }
            }
        }
        #expect(mismatches == 0)
    }
}
