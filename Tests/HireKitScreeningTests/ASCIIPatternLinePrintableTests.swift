import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Pattern lines told printable eight bytes at a time")
struct ASCIIPatternLinePrintableTests {
    /// Random byte strings, mostly printable with now and then a tab, a control byte, DEL, a
    /// space's neighbours or a byte with the high bit set, at every offset within a word, then the
    /// repository's and (when present) the eval corpus's lines: `ByteScan.isPrintableASCII` is the byte-by-byte test.
    @Test func isPrintableGivesTheByteByByteAnswer() {
        var generator = SeededGenerator(seed: 71)
        let rare: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        let random = (0..<20_000).map { _ in
            (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                Int.random(in: 0..<12, using: &generator) == 0 ? rare.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
        }
        let real = (RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])).map { Array($0.utf8) }
        var mismatches = 0
        for bytes in random + real {
            let expected = bytes.allSatisfy { $0 &- 0x20 < 0x5F || $0 == 0x09 }
            if bytes.withUnsafeBufferPointer(ByteScan.isPrintableASCII) != expected {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(bytes)") }
            }
        }
        #expect(mismatches == 0)
    }
}
