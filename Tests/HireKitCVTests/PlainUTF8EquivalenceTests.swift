import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Plain UTF-8 text read without decoding")
struct PlainUTF8EquivalenceTests {
    /// Pieces of well-formed and broken UTF-8: every lead byte's second-byte range at its edges,
    /// overlong forms, surrogates, scalars past U+10FFFF, stray continuation bytes, and the
    /// characters counted against a text.
    private static let text: [[UInt8]] = [
        Array("Customer".utf8), Array(" service agent, ".utf8), Array("abcdefgh".utf8), [0x0A], [0x0D, 0x0A], [0x09], [0x20],
        [0x0B], [0x0C], [0xC3, 0xA9], [0xC3, 0x82, 0xC2, 0xB7], [0xC2, 0xA0], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE2, 0x82, 0xAC],
        [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBE], [0xEF, 0xBB, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], Array("{".utf8), Array("<p>".utf8), Array("\n# Skills\n".utf8), Array("\n- item".utf8),
        Array("\n## Experience\n".utf8),
    ]
    private static let suspicious: [[UInt8]] = [[0x00], [0x01], [0x08], [0x0E], [0x1F], [0x7F], [0xC2, 0x80], [0xC2, 0x9F], [0xC2, 0x85], [0xEF, 0xBF, 0xBD]]
    private static let broken: [[UInt8]] = [
        [0xC0, 0x80], [0xC1, 0xBF], [0x80], [0xBF], [0xFF], [0xFE], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE9],
    ]

    /// Mostly text, with a character counted against a text or a broken sequence now and then;
    /// cut anywhere one time in four, so sequences also end short.
    private static func randomBytes(_ generator: inout SeededGenerator) -> [UInt8] {
        var bytes = (0..<Int.random(in: 1...14, using: &generator)).flatMap { _ in
            let draw = Int.random(in: 0..<100, using: &generator)
            return (draw < 86 ? text : draw < 94 ? suspicious : broken).randomElement(using: &generator)!
        }
        if Int.random(in: 0..<4, using: &generator) == 0 { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator))) }
        return bytes
    }

    /// Well-formed exactly when the standard library validates the bytes, and clean exactly when
    /// they hold none of the scalars `TextDecoder.looksLikeText` counts.
    @Test func bytesAreCheckedAsTheStandardLibraryAndLooksLikeTextCheckThem() {
        var generator = SeededGenerator(seed: 161)
        var outcomes: [UTF8Check.Outcome: Int] = [:]
        for _ in 0..<30_000 {
            let bytes = Self.randomBytes(&generator)
            let outcome = bytes.withUnsafeBufferPointer(UTF8Check.check)
            outcomes[outcome, default: 0] += 1
            guard let text = String(validating: bytes, as: UTF8.self) else {
                #expect(outcome == .invalid, "\(bytes)")
                continue
            }
            let suspicious = text.unicodeScalars.contains { scalar in
                switch scalar.value {
                case 0x09...0x0D: false
                case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFD: true
                default: false
                }
            }
            #expect(outcome == (suspicious ? .suspicious : .clean), "\(bytes)")
        }
        // Each answer is given often enough to test something.
        #expect(outcomes.values.allSatisfy { $0 > 3_000 } && outcomes.count == 3, "\(outcomes)")
    }

    /// Whenever the shortcut takes bytes as plain UTF-8, decoding and sniffing them as before gives
    /// plain text of the same bytes; whenever it refuses them, decoding refused them too.
    @Test func theShortcutAgreesWithDecodingAndSniffing() throws {
        var generator = SeededGenerator(seed: 162)
        let names = ["cv.txt", "cv", "cv.json", "cv.JSON", "cv.md", "cv.Markdown", "cv.mkd", "cv.mdown", "cv.html", "cv.m\u{212A}d", "Zoë.txt"]
        var plain = 0, refused = 0
        for _ in 0..<30_000 {
            let bytes = Self.randomBytes(&generator)
            let source = names.randomElement(using: &generator)!
            let shortcut = Result { () throws(CVReadError) -> Bool in
                try bytes.withUnsafeBufferPointer { buffer throws(CVReadError) in try FormatDetector.isPlainUTF8(buffer, source: source) }
            }
            let decoded = TextDecoder.decode(Data(bytes))
            switch shortcut {
            case .success(true):
                plain += 1
                let text = try #require(decoded, "\(bytes)")
                #expect(Array(text.utf8) == bytes)
                #expect(try FormatDetector.textFormat(text, source: source) == .plainText, "\(bytes) \(source)")
            case .success(false):
                continue
            case .failure(let error):
                refused += 1
                #expect(error == .unsupportedFormat(path: source, detail: "binary data, not a text document"))
                #expect(decoded == nil, "\(bytes)")
            }
        }
        #expect(plain > 2_000 && refused > 200, "\(plain) plain, \(refused) refused")
    }

    /// JSON, which a "{" anywhere may begin after leading blanks, is never taken for plain text.
    @Test func jsonIsLeftToSniffing() throws {
        for json in ["{}", " {\"basics\": {}}", "\n{\"work\": []}\n", "\t{\"a\": 1}"] {
            let bytes = Array(json.utf8)
            #expect(try !bytes.withUnsafeBufferPointer { buffer throws(CVReadError) in try FormatDetector.isPlainUTF8(buffer, source: "cv.txt") })
            #expect(throws: CVReadError.self) { try CVReader().read(data: Data(bytes), source: "cv.txt") }
        }
    }
}
