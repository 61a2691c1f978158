import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Achievement needles found in one pass")
struct AchievementNeedlesTests {
    /// Needles, pieces of them, and what surrounds them in CV lines.
    private static let pieces = [
        "csat", "nps", "net promoter", "satisfaction", "quality", "qa", "calls", "tickets", "chats", "e-mails", "emails",
        "inquiries", "cases", "sec", "min", "hours", "hr", "day", "aht", "handle time", "wait time", "turnaround", "%",
        "percent", "$", "€", "£", "¥", "usd", "eur", "gbp", "dollars", "pounds", "ca", "cal", "tick", "per", "handl",
        "percen", "dolla", "q", "n", "t", "1", "80", "4.5", " ", "/", ".", ",", "é", "ï¼",
    ]

    /// On random lines, each pattern is marked present exactly when one of its needles occurs in the
    /// line's bytes.
    @Test func randomLinesFindEveryNeedleTheyHold() {
        var generator = SeededGenerator(seed: 61)
        for _ in 0..<5_000 {
            let line = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(line.utf8)
            let expected = AchievementExtractor.needles.map { needles in
                needles.contains { needle in
                    bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
                }
            }
            #expect(AchievementExtractor.patternsWithNeedle(in: line) == expected, "\(line)")
        }
    }

    /// The digit test eight bytes at a time answers as the byte-by-byte test did, on random bytes
    /// of every length up to 40 (weighted towards the edges of the digit range and high bytes), and
    /// on the lines of the repository's text CVs and, when present, the eval corpus.
    @Test func mayHoldDigitAgreesWithTheByteByByteTest() {
        let byByte = { (bytes: [UInt8]) in bytes.contains { $0 >= 0x80 || $0 &- UInt8(ascii: "0") < 10 } }
        let edges: [UInt8] = [0x00, 0x09, 0x20, 0x2F, 0x30, 0x35, 0x39, 0x3A, 0x40, 0x7F, 0x80, 0xA0, 0xB0, 0xB9, 0xC3, 0xFF]
        var generator = SeededGenerator(seed: 62)
        var samples: [[UInt8]] = (0..<20_000).map { _ in
            (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? edges.randomElement(using: &generator)! : UInt8.random(in: 0x41...0x7A, using: &generator)
            }
        }
        samples += (RealCVLines.repository() + (RealCVLines.evalCorpusPresent ? RealCVLines.evalCorpus() : [])).map { Array($0.utf8) }
        var mismatches = 0
        for bytes in samples where bytes.withUnsafeBufferPointer(AchievementExtractor.mayHoldDigit(bytes:)) != byByte(bytes) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("\(bytes)") }
        }
        #expect(mismatches == 0)
        #expect(AchievementExtractor.mayHoldDigit("Handled 80 calls a day") && !AchievementExtractor.mayHoldDigit("Handled calls daily"))
        #expect(AchievementExtractor.mayHoldDigit("Caf\u{E9}") && !AchievementExtractor.mayHoldDigit(""))
    }
}
