import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// jobs.json's hand-written elements are byte for byte what `JSONEncoder` writes, for every shipped
/// role, for roles with every optional field absent or empty, and for text that needs escaping.
@Suite("jobs.json elements")
struct JobsJSONEntryTests {
    func expectAsEncoder(_ role: Role, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = "https://jobs.example/roles/\(role.id).html", path = "roles/\(role.id).html"
        let written = JobsJSONEntry.encode(role: role, url: url, path: path).map { String(decoding: $0, as: UTF8.self) }
        let encoded = String(decoding: SiteFeeds.encoderJobsJSONEntry(role: role, url: url, path: path), as: UTF8.self)
        #expect(written == encoded, sourceLocation: sourceLocation)
    }

    @Test(arguments: shippedRoles.map(\.id))
    func everyShippedRoleIsWrittenAsTheEncoderWritesIt(id: String) throws {
        expectAsEncoder(try #require(shippedRoles.first { $0.id == id }))
    }

    @Test func aRoleWithoutOptionalFieldsAndWithEmptyListsIsWrittenAsTheEncoderWritesIt() throws {
        var role = try #require(shippedRoles.first)
        role.salary = nil; role.datePosted = nil; role.validThrough = nil; role.onetCode = nil
        role.education.preferred = nil; role.employment.schedule = nil
        role.alsoKnownAs = []; role.advancement = []; role.education.fields = []; role.experience.backgrounds = []
        role.skills.preferred = []; role.employment.locations = []
        role.skills.required[0].synonyms = []
        role.employment.locations = [Location(city: "Albany", region: "NY", country: "US")]
        expectAsEncoder(role)
    }

    @Test(arguments: ["</script> & <b>", "\"quoted\" back\\slash / slash", "Café — naïve 👩‍💼\u{2028}", "line\nbreak\ttab"])
    func textThatNeedsEscapingIsEscapedAsTheEncoderDoes(text: String) throws {
        var role = try #require(shippedRoles.first)
        role.title = text; role.summary = text; role.skills.required[0].synonyms = [text]
        role.employment.locations[0].street = text
        expectAsEncoder(role)
    }

    @Test(arguments: [0, 0.5, 1, 1.25, 12.5, 47_500])
    func numbersArePrintedAsTheEncoderPrintsThem(value: Double) throws {
        var role = try #require(shippedRoles.first { $0.salary != nil })
        role.experience.minimumYears = value; role.salary?.minimum = value
        role.screening.knockoutCap = value
        expectAsEncoder(role)
    }

    @Test func aControlCharacterIsLeftToTheEncoder() throws {
        var role = try #require(shippedRoles.first)
        role.summary = "bell\u{07}"
        #expect(JobsJSONEntry.encode(role: role, url: "u", path: "p") == nil)
    }
}
