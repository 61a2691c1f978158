import HireKitMarkup
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
}
