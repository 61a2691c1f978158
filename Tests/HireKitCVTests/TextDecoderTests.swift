import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Decoding text files")
struct TextDecoderTests {
    /// The decoder as it was written first: validity by decoding every scalar, then a String.
    private func referenceDecode(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var valid = true
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break decoding
            case .error: valid = false; break decoding
            }
        }
        let text = valid ? String(decoding: bytes, as: UTF8.self) : TextDecoder.windows1252(bytes)
        return referenceLooksLikeText(text) ? text : nil
    }

    /// The text test as it was written first, over Unicode scalars.
    private func referenceLooksLikeText(_ text: String) -> Bool {
        var total = 0, suspicious = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFD: suspicious += 1
            default: continue
            }
        }
        return suspicious == 0 || (suspicious < 8 && suspicious * 100 < total)
    }

    @Test func textWithAFewControlCharactersCountsAsTextAsBefore() {
        for text in ["plain CV\n", "Caf\u{E9}\u{85}\n\u{FFFD}", String(repeating: "a", count: 99) + "\u{1}", "\u{1}\u{2}\u{3}", "\u{9F}\u{80}x\u{FFFD}"] {
            #expect(TextDecoder.looksLikeText(text) == referenceLooksLikeText(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Random byte strings (valid and invalid UTF-8, controls, replacement characters) decode as the
    /// first version decoded them.
    @Test func randomBytesDecodeAsBefore() {
        var generator = SeededGenerator(seed: 1252)
        let pieces: [[UInt8]] = [[0x41], [0x20], [0x0A], [0x01], [0x7F], [0xC2, 0x85], [0xC2, 0x9F], [0xC3, 0xA9], [0xEF, 0xBF, 0xBD],
                                 [0xE2, 0x80, 0x93], [0xF0, 0x9F, 0x93, 0x9E], [0x93], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80],
                                 [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80], [0xEF, 0xBC]]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            // Leading BOMs and NULs take other paths, unchanged.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { continue }
            #expect(TextDecoder.decode(Data(bytes)) == referenceDecode(bytes), "\(bytes)")
        }
    }

    /// Printable ASCII of up to 99 characters (so that one suspicious character makes it binary)
    /// with one or two other characters at random places, before, inside and after the eight-byte
    /// steps of the check: judged as the first version judged it.
    @Test func oneSuspiciousCharacterAnywhereIsFoundAsBefore() {
        var generator = SeededGenerator(seed: 1253)
        let others = ["\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{FFFD}", "\n", "\t", "\r", "\u{0B}", "\u{0C}",
                      "\u{A0}", "\u{E9}", "\u{2013}", "\u{1F4DE}", "~", " "]
        var binary = 0
        for _ in 0..<5_000 {
            var scalars = (0..<Int.random(in: 1...99, using: &generator)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
            }
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                scalars.insert(Character(others.randomElement(using: &generator)!), at: Int.random(in: 0...scalars.count, using: &generator))
            }
            let text = String(scalars)
            let expected = referenceLooksLikeText(text)
            #expect(TextDecoder.looksLikeText(text) == expected, "\(text.unicodeScalars.map(\.value))")
            if !expected { binary += 1 }
        }
        #expect(binary > 1_000)
    }
}
