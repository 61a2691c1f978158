import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// The hand-written JSON of a role's search-index entry is byte for byte what `JSONEncoder` writes
/// (then made script-safe), for every shipped role and for text that needs escaping.
@Suite("Search index entry JSON")
struct SearchIndexJSONTests {
    @Test(arguments: shippedRoles.map(\.id))
    func everyShippedRoleIsWrittenAsTheEncoderWritesIt(id: String) throws {
        let entry = SearchIndex.entry(try #require(shippedRoles.first { $0.id == id }))
        #expect(SearchIndex.entryJSON(entry) == SearchIndex.encoderEntryJSON(entry))
    }

    @Test(arguments: ["</script><!-- & \"quoted\" back\\slash/", "line\u{2028}separator\u{2029}", "Café — naïve 👩‍💼",
                      "tab\there\nand a new line", ""])
    func textThatNeedsEscapingIsEscapedAsTheEncoderDoes(text: String) throws {
        var role = try #require(shippedRoles.first)
        role.title = text; role.department = text; role.track = text; role.industries = [text, "plain"]
        role.summary = text; role.responsibilities = [text]
        let entry = SearchIndex.entry(role)
        #expect(SearchIndex.entryJSON(entry) == SearchIndex.encoderEntryJSON(entry))
    }

    @Test func aControlCharacterIsLeftToTheEncoder() throws {
        var role = try #require(shippedRoles.first)
        role.summary = "bell\u{07}"; role.advancement = []
        #expect(SearchIndex.entryJSON(SearchIndex.entry(role)) == nil)
        let script = SearchIndex.script(try RoleCatalog(validating: [role]))
        #expect(script.contains(#"bell\u0007"#))
    }
}
