import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// The hand-written JSON of a role page's self-check terms is byte for byte what `JSONEncoder`
/// writes, for every shipped role and for text that needs escaping.
@Suite("Self-check terms JSON")
struct SelfCheckTermsJSONTests {
    @Test(arguments: shippedRoles.map(\.id))
    func everyShippedRoleIsWrittenAsTheEncoderWritesIt(id: String) throws {
        let role = try #require(shippedRoles.first { $0.id == id })
        #expect(SelfCheckTermsJSON.encode(.init(role: role)) == SelfCheckData.encoderTermsJSON(for: role))
    }

    @Test(arguments: ["</script><!-- & \"quoted\" back\\slash", "line\u{2028}separator\u{2029}", "Café — naïve 👩‍💼", "tab\there"])
    func textThatNeedsEscapingIsEscapedAsTheEncoderDoes(text: String) throws {
        var role = try #require(shippedRoles.first)
        role.title = text; role.track = text
        role.skills.required[0].name = text; role.skills.required[0].synonyms = [text, "plain"]
        #expect(SelfCheckTermsJSON.encode(.init(role: role)) == SelfCheckData.encoderTermsJSON(for: role))
    }

    @Test(arguments: [0, 0.5, 1, 1.5, 2.25, 10])
    func minimumYearsArePrintedAsTheEncoderPrintsThem(years: Double) throws {
        var role = try #require(shippedRoles.first)
        role.experience.minimumYears = years
        #expect(SelfCheckTermsJSON.encode(.init(role: role)) == SelfCheckData.encoderTermsJSON(for: role))
    }

    @Test func aControlCharacterIsLeftToTheEncoder() throws {
        var role = try #require(shippedRoles.first)
        role.skills.required[0].name = "bell\u{07}"
        #expect(SelfCheckTermsJSON.encode(.init(role: role)) == nil)
        #expect(SelfCheckData.termsJSON(for: role) == SelfCheckData.encoderTermsJSON(for: role))
    }
}
