import Testing
@testable import HireKitScreening

@Suite("Case-safe characters for the regex prefilters")
struct CaseSafeScalarsTests {
    private func mayMatch(_ triggers: [String], _ line: String) -> Bool {
        WordStartPrefilter(triggers).mayMatch(line, caseSafe: CaseSafeScalars.allNonASCIICaseSafe(line))
    }

    /// The ASCII letters a character's case mappings produce: one that ICU's case-insensitive
    /// matching could take for an ASCII letter produces some.
    private func asciiLettersInCaseMappings(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
            .contains { $0.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }
    }

    @Test func noCaseSafeCharacterMapsToAnASCIILetter() {
        for range in CaseSafeScalars.ranges {
            for value in range where CaseSafeScalars.contains(value) {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(!asciiLettersInCaseMappings(scalar), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func noCaseSafeCharacterIsADecimalDigit() {
        for range in CaseSafeScalars.ranges {
            for value in range where CaseSafeScalars.contains(value) {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(scalar.properties.generalCategory != .decimalNumber, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func charactersThatFoldToASCIIAreExcluded() {
        for value: UInt32 in [0x00DF, 0x0130, 0x0131, 0x0149, 0x017F, 0x01F0, 0x212A] {
            #expect(!CaseSafeScalars.contains(value))
            #expect(asciiLettersInCaseMappings(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    @Test func mojibakeLinesAreCaseSafe() {
        #expect(CaseSafeScalars.allNonASCIICaseSafe("â€¢ i1⁄4 2019 â· €5 ¢"))
        #expect(!CaseSafeScalars.allNonASCIICaseSafe("ſcience"))
    }

    @Test func caseSafeLinesWithoutATriggerSkipTheRegex() {
        #expect(!mayMatch(["master"], "â€¢ team leader, â· 2019"))
    }

    @Test func aTriggerAfterANonASCIICharacterStartsAWord() {
        #expect(mayMatch(["master"], "â€¢master's degree"))
    }

    @Test func linesWithOtherNonASCIICharactersAlwaysReachTheRegex() {
        #expect(mayMatch(["master"], "ſcience"))
    }
}
