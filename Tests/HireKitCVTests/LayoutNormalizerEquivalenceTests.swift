import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Layout normalising over bytes")
struct LayoutNormalizerEquivalenceTests {
    /// Random texts of visible runs, every kind of blank and line break, controls, zero-width marks
    /// and multi-byte characters normalise as the scalar-by-scalar version did.
    @Test func randomTextsNormaliseAsTheScalarVersionDid() {
        var generator = SeededGenerator(seed: 11)
        let pieces = ["Call", "centre", "agent,", "a", "9", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
                      "\u{85}", "\u{2028}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{0}", "\u{1}", "\u{7F}", "\u{9F}",
                      "\u{AD}", "\u{200B}", "\u{FEFF}", "é", "ï¼", "—", "😀", "e\u{301}", "ﬁ",
                      // Runs of words longer than eight bytes, single and double spaces at every offset.
                      "Customer service agent at Northwind", "abcdefghijklmnopq", "a b c d e f g h i", "x  y  z",
                      "end ", " start", "Mar 2017 - Present", "~!@#$%^&*()_+{}|:\"<>?"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(LayoutNormalizer.normalize(text) == ScalarLayoutNormalizer.normalize(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// The laid-out text made into a `String` without validating it is the string the standard
    /// library's validation makes of the same bytes, and it is well-formed, on random texts of
    /// every kind of scalar and blank.
    @Test func unvalidatedLayoutGivesTheValidatedString() {
        var generator = SeededGenerator(seed: 12)
        let pieces = ["Call", "a", "9", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{85}", "\u{2028}", "\u{A0}", "\u{3000}",
                      "\u{0}", "\u{1}", "\u{7F}", "\u{9F}", "\u{AD}", "\u{200B}", "\u{FEFF}", "é", "ï¼", "—", "😀", "e\u{301}",
                      "ﬁ", "\u{10FFFF}", "\u{FFFD}", "\u{7FF}", "\u{800}", "Customer service agent", "x  y", "<>{}#"]
        for _ in 0..<20_000 {
            var text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let (fast, validated) = text.withUTF8 { (LayoutNormalizer.normalize(utf8: $0), LayoutNormalizer.validatingNormalize(utf8: $0)) }
            #expect(fast == validated, "\(text.unicodeScalars.map(\.value))")
            #expect(Array(fast.utf8) == Array(validated.utf8), "\(text.unicodeScalars.map(\.value))")
            #expect(String(validating: Array(fast.utf8), as: UTF8.self) != nil, "\(text.unicodeScalars.map(\.value))")
        }
    }
}

/// The reference: `LayoutNormalizer` as it was before it read bytes.
private enum ScalarLayoutNormalizer {
    /// `LayoutNormalizer.normalize` as first written, over Unicode scalars.
    static func normalize(_ text: String) -> String {
        // Built as UTF-8 bytes rather than String.UnicodeScalarView appends (a CV is tens of thousands of
        // characters and this runs for every CV); lines are written straight into the output, dropping a
        // blank line after another blank line or at the start, and a blank line at the end.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var lineCount = 0, lastLineEmpty = true
        var pendingSpace = false, pendingTab = false
        var previous: Unicode.Scalar = "\0"

        func endLine() {
            if !(line.isEmpty && lastLineEmpty) {
                if lineCount > 0 { output.append(UInt8(ascii: "\n")) }
                output.append(contentsOf: line)
                lineCount += 1
                lastLineEmpty = line.isEmpty
            }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
            pendingTab = false
        }

        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x0A:
                if previous == "\r" { continue }  // second half of "\r\n"
                endLine()
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                endLine()
            case 0x09:
                pendingTab = true
            case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = true
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue  // controls, soft hyphens and zero-width marks carry no words
            default:
                // Runs of blanks collapse to one; a tab survives (as one tab) because DOCX uses it between a job
                // title and its dates, and it is a clearer separator than a space.
                if !line.isEmpty {
                    if pendingTab { line.append(0x09) } else if pendingSpace { line.append(0x20) }
                }
                pendingSpace = false
                pendingTab = false
                if scalar.isASCII { line.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { line.append($0) } }
            }
        }
        endLine()
        // At most one blank line can end the output (blank lines never follow one another): drop it.
        if lineCount > 0, lastLineEmpty { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }
}
