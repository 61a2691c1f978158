import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Decoding a line's code points with their offsets")
struct ScalarOffsetsTests {
    /// Random lines of one- to four-byte characters, then the repository's and (when present) the
    /// eval corpus's lines: the code points `unicodeScalars` gives, each at the offset of its UTF-8.
    @Test func decodingGivesTheScalarsOfUnicodeScalarsAtTheirOffsets() {
        var generator = SeededGenerator(seed: 31)
        let pool: [UInt32] = [0x41, 0x20, 0x2D, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x2022, 0x200B, 0xFFFD, 0xFFFF, 0x10000, 0x1F4DE, 0x10FFFF]
        let random = (0..<5_000).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Unicode.Scalar(pool.randomElement(using: &generator)!)!
            }))
        }
        let real = RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])
        var chars: [UInt32] = [], offsets: [Int] = []
        var mismatches = 0
        for line in random + real {
            var line = line
            line.withUTF8 { ScalarOffsets.decode($0, into: &chars, offsets: &offsets) }
            let scalars = line.unicodeScalars
            let expectedOffsets = scalars.indices.map { line.utf8.distance(from: line.utf8.startIndex, to: $0) } + [line.utf8.count]
            if chars != scalars.map(\.value) || offsets != expectedOffsets {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(scalars.map(\.value))") }
            }
        }
        #expect(mismatches == 0)
    }
}
