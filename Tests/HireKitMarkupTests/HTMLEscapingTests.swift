import HireKitMarkup
import HireKitTestSupport
import Testing

@Suite("HTML escaping")
struct HTMLEscapingTests {
    @Test func theFiveSpecialCharactersBecomeEntities() {
        let text = "Tom & Jerry's <b>\"shop\"</b>"
        #expect(HTMLEscaping.escape(text) == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;shop&quot;&lt;/b&gt;")
    }

    @Test func textWithNothingToEscapeComesBackUnchanged() {
        let text = "Café — naïve résumé\tline\r\nnext ✓"
        #expect(HTMLEscaping.escape(text) == text)
    }

    @Test func aSpecialCharacterJoinedToACombiningMarkIsStillEscaped() {
        // '"' + U+0301 is one Character: escaping Character by Character would let it end an attribute.
        let text = "a\"\u{301}b<\u{301}c'\u{301}"
        #expect(HTMLEscaping.escape(text) == "a&quot;\u{301}b&lt;\u{301}c&#39;\u{301}")
    }

    @Test func controlCharactersXMLForbidsAreDropped() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{1B}c\u{7F}d\u{FFFE}e\u{FFFF}f\u{FFFD}") == "abc\u{7F}def\u{FFFD}")
    }

    @Test func escapingMatchesTheScalarByScalarDefinitionOnSeededText() {
        var generator = SeededGenerator(seed: 21)
        let pieces = ["a", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}",
                      "\u{EFBF}", "é", "e\u{301}", "\"\u{301}", "日本", "🙂", " "]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(HTMLEscaping.escape(text) == Self.scalarByScalar(text), "\(text.debugDescription)")
        }
    }

    /// The rule as written in `HTMLEscaping.escape`'s documentation, scalar by scalar.
    private static func scalarByScalar(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20, "\u{FFFE}", "\u{FFFF}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
