import HireKitMarkup
import Testing

@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    @Test func aLineKeepsEmphasisLinksAndHTMLAsText() {
        #expect(MarkdownEscaping.escapeLine("*bold* _it_ [link](x) <b>") == "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>")
    }

    @Test func aLineThatWouldStartAListOrHeadingIsEscaped() {
        #expect(MarkdownEscaping.escapeLine("- item") == "\\- item")
        #expect(MarkdownEscaping.escapeLine("# title") == "\\# title")
        #expect(MarkdownEscaping.escapeLine("2026. A year") == "2026\\. A year")
    }

    @Test func anAmpersandEscapedOnlyWhereItWouldStartAnEntity() {
        #expect(MarkdownEscaping.escapeLine("Harbor & Pine &amp;") == "Harbor & Pine \\&amp;")
    }

    @Test func inlineTextStaysOnOneTableRow() {
        #expect(MarkdownEscaping.escapeInline("a | b\r\nc (d) #1!") == "a \\| b  c \\(d\\) \\#1\\!")
    }

    @Test func aSpecialCharacterJoinedToACombiningMarkIsStillEscaped() {
        #expect(MarkdownEscaping.escapeInline("|\u{301}") == "\\|\u{301}")
        #expect(MarkdownEscaping.escapeLine("[\u{301}") == "\\[\u{301}")
    }
}
