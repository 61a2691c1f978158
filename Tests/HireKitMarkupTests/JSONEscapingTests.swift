import HireKitMarkup
import HireKitTestSupport
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

    @Test func seededStringArraysAreWrittenAsEachStringIs() {
        // `appendStrings` copies plain ASCII strings whole; everything must read as `appendString`
        // writes each element, under every option.
        var generator = SeededGenerator(seed: 91)
        let pieces = ["key", "a b", "-", "'", "\"", "\\", "<", ">", "&", "\u{7F}", "\u{1}", "\n", "é", "\u{2028}", "🙂", ""]
        for _ in 0..<2_000 {
            let texts = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            for (scriptSafe, lineSeparators) in [(true, false), (true, true), (false, false), (false, true)] {
                var together: [UInt8] = [], apart: [UInt8] = Array("[".utf8)
                let wrote = JSONEscaping.appendStrings(texts, to: &together, scriptSafe: scriptSafe, lineSeparators: lineSeparators)
                var each = true
                for (index, text) in texts.enumerated() where each {
                    if index > 0 { apart.append(UInt8(ascii: ",")) }
                    each = JSONEscaping.appendString(text, to: &apart, scriptSafe: scriptSafe, lineSeparators: lineSeparators)
                }
                if each { apart.append(UInt8(ascii: "]")) }
                #expect(wrote == each, "\(texts)")
                if wrote { #expect(together == apart, "\(texts)") }
            }
        }
    }

    @Test func cdataSplitsItsTerminatorAndDropsForbiddenCharacters() {
        #expect(CDATA.wrap("a]]>b\u{1}") == "<![CDATA[a]]]]><![CDATA[>b]]>")
        #expect(CDATA.wrap("plain") == "<![CDATA[plain]]>")
    }

    @Test func escapingMatchesTheByteByByteVersionsOnSeededText() {
        var generator = SeededGenerator(seed: 22)
        let pieces = ["a", "\"", "\\", "\n", "\r", "\t", "<", ">", "&", "\u{1}", "\u{7F}", "\u{2028}", "\u{2029}",
                      "\u{2027}", "é", "日本", "🙂", " ", "</script>", "word"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for scriptSafe in [true, false] {
                var fast: [UInt8] = [1], slow: [UInt8] = [1]
                #expect(JSONEscaping.appendString(text, to: &fast, scriptSafe: scriptSafe)
                    == Self.appendByteByByte(text, to: &slow, scriptSafe: scriptSafe))
                #expect(fast == slow, "\(text.debugDescription)")
            }
            // With line separators: the string literal, then the script-safe pass over it.
            var withSeparators: [UInt8] = [], literal: [UInt8] = []
            let written = JSONEscaping.appendString(text, to: &withSeparators, lineSeparators: true)
            #expect(written == Self.appendByteByByte(text, to: &literal, scriptSafe: true))
            if written {
                #expect(withSeparators == Self.scriptSafeByteByByte(literal, lineSeparators: true), "\(text.debugDescription)")
            }
            for lineSeparators in [true, false] {
                let bytes = Array(text.utf8)
                let fast = bytes.withUnsafeBytes { JSONEscaping.scriptSafe($0, lineSeparators: lineSeparators) }
                #expect(fast == Self.scriptSafeByteByByte(bytes, lineSeparators: lineSeparators), "\(text.debugDescription)")
            }
        }
    }

    /// The escaping as first written, a byte at a time: the oracle for the run-copying version.
    private static func appendByteByByte(_ text: String, to out: inout [UInt8], scriptSafe: Bool) -> Bool {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<") where scriptSafe: out.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">") where scriptSafe: out.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&") where scriptSafe: out.append(contentsOf: "\\u0026".utf8)
            case ..<0x20, 0x7f: return false
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return true
    }

    private static func scriptSafeByteByByte(_ bytes: [UInt8], lineSeparators: Bool) -> [UInt8] {
        var escaped: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"): escaped.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): escaped.append(contentsOf: "\\u0026".utf8)
            case 0xE2 where lineSeparators && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                escaped.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: escaped.append(byte)
            }
            index += 1
        }
        return escaped
    }
}
