import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Folding common characters from a table")
struct CommonScalarFoldingTests {
    @Test func eachTableCharacterFoldsAsFoundationFoldsIt() {
        for value in CommonScalarFolding.scalars {
            let line = "A" + String(Unicode.Scalar(value)!) + "b"
            #expect(CommonScalarFolding.normalizedLine(line) == MatchNormalizer.foldedByFoundation(line), "U+\(String(value, radix: 16))")
        }
    }

    @Test func asciiLinesFoldAsFoundationFoldsThem() {
        let line = "Handled 80+ CALLS/day\tin `Zendesk` (C# & .NET)\r"
        #expect(CommonScalarFolding.normalizedLine(line) == MatchNormalizer.foldedByFoundation(line))
    }

    @Test func mojibakeFoldsAsFoundationFoldsIt() {
        for line in ["2019 ï¼\u{200B} 2021", "Â Customer Service", "â€“ Present", "Ã©quipe", "CafÃ© Ã‰tÃ©", "Œuvre ½ ¼ ¾ ™ ‰"] {
            #expect(CommonScalarFolding.normalizedLine(line) == MatchNormalizer.foldedByFoundation(line), "\(line)")
        }
    }

    @Test func combiningMarksAreLeftToFoundation() {
        #expect(CommonScalarFolding.normalizedLine("Cafe\u{301}") == nil)
        #expect(MatchNormalizer.normalizeLine("Cafe\u{301}") == "cafe")
    }

    @Test func charactersOutsideTheTableAreLeftToFoundation() {
        #expect(CommonScalarFolding.normalizedLine("ﬁnance") == nil)
        #expect(CommonScalarFolding.normalizedLine("Ωmega") == nil)
        #expect(CommonScalarFolding.normalizedLine("call 📞") == nil)
    }

    /// Random lines mixing ASCII, table characters and others (combining marks, ligatures,
    /// full-width forms, Greek, emoji): `normalizeLine` must give what Foundation gives.
    @Test func randomLinesFoldAsFoundationFoldsThem() {
        var generator = SeededGenerator(seed: 16)
        let ascii = (0x20..<0x7F).map(UInt32.init) + [0x09]
        let others: [UInt32] = [0x0300, 0x0301, 0x0308, 0x0327, 0x0131, 0x0142, 0x0111, 0x00DF, 0x1E9E, 0x03A3, 0x03C2,
                                0xFB01, 0xFF0D, 0xFF21, 0x2010, 0x2011, 0x2212, 0x2044, 0x2060, 0x200D, 0xFEFF, 0x1F4DE,
                                0x0130, 0x01C4, 0x2126, 0x212B, 0x00C5, 0x0041]
        for _ in 0..<5_000 {
            let length = Int.random(in: 1...12, using: &generator)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                let pool = [ascii, CommonScalarFolding.scalars, others][Int.random(in: 0..<3, using: &generator)]
                scalars.append(Unicode.Scalar(pool.randomElement(using: &generator)!)!)
            }
            let line = String(scalars)
            #expect(MatchNormalizer.normalizeLine(line) == MatchNormalizer.foldedByFoundation(line),
                    "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
