import HireKitMarkup
import Testing

@Suite("JSON and CDATA escaping")
struct JSONEscapingTests {
    @Test func aStringCannotCloseTheScriptElement() {
        var out: [UInt8] = []
        #expect(JSONEscaping.appendString("</script> \"a\" & b\\\n", to: &out))
        #expect(String(decoding: out, as: UTF8.self) == #""\u003c/script\u003e \"a\" \u0026 b\\\n""#)
    }

    @Test func otherControlCharactersAreLeftToAGeneralEncoder() {
        var out: [UInt8] = []
        #expect(!JSONEscaping.appendString("a\u{1}b", to: &out))
    }

    @Test func lineSeparatorsAreEscapedOnlyWhenAsked() {
        let json = Array("[\"<a>\u{2028}\"]".utf8)
        let plain = json.withUnsafeBytes { JSONEscaping.scriptSafe($0, lineSeparators: false) }
        let script = json.withUnsafeBytes { JSONEscaping.scriptSafe($0, lineSeparators: true) }
        #expect(String(decoding: plain, as: UTF8.self) == "[\"\\u003ca\\u003e\u{2028}\"]")
        #expect(String(decoding: script, as: UTF8.self) == "[\"\\u003ca\\u003e\\u2028\"]")
    }

    @Test func cdataSplitsItsTerminatorAndDropsForbiddenCharacters() {
        #expect(CDATA.wrap("a]]>b\u{1}") == "<![CDATA[a]]]]><![CDATA[>b]]>")
        #expect(CDATA.wrap("plain") == "<![CDATA[plain]]>")
    }
}
