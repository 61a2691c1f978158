import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// A role page's JSON-LD is built as typed values and written by `PrettyJSON`; it must be byte for
/// byte what Foundation's `JSONSerialization` writes for the same posting (sorted keys, pretty
/// printed, slashes unescaped) made script-safe, for every shipped role and for seeded roles.
@Suite("Job posting JSON-LD")
struct JobPostingJSONLDTests {
    @Test func everyShippedRoleIsWrittenAsJSONSerializationWritesIt() {
        for role in shippedRoles {
            #expect(Self.written(role, SiteConfig()) == Self.serialized(role, SiteConfig()), "\(role.id)")
        }
    }

    @Test func seededRolesAreWrittenAsJSONSerializationWritesThem() {
        var generator = SeededGenerator(seed: 88)
        let pieces = ["Front desk", " & ", "<script>", "\"", "/", "\\", "é", "日本", "🙂", "\u{2028}", "a"]
        func text() -> String {
            (1...Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        var compared = 0
        for _ in 0..<300 {
            var role = sampleRole(title: text(), summary: text())
            role.responsibilities = (0..<Int.random(in: 1...3, using: &generator)).map { _ in text() }
            role.employment.remote = Bool.random(using: &generator)
            if Bool.random(using: &generator) { role.employment.locations = [] ; role.employment.remote = true }
            role.experience.minimumYears = [0, 0.5, 1, 2.5].randomElement(using: &generator)!
            role.salary = Bool.random(using: &generator) ? nil : Salary(currency: "EUR", minimum: [0, 17, 18.5, 1_250_000].randomElement(using: &generator)!,
                                                                      maximum: 21.25, unit: .hour)
            if Bool.random(using: &generator) { role.datePosted = nil; role.validThrough = nil; role.onetCode = nil }
            role.education.minimum = EducationLevel.allCases.randomElement(using: &generator)!
            let config = Bool.random(using: &generator) ? SiteConfig() : SiteConfig(companyName: text(), baseURL: "https://jobs.example/",
                                                                                     logoPath: "logo.svg", applyURL: "https://apply.example/")
            #expect(Self.written(role, config) == Self.serialized(role, config))
            compared += 1
        }
        #expect(compared == 300)
    }

    private static func written(_ role: Role, _ config: SiteConfig) -> String {
        JobPostingJSONLD.scriptContent(for: role, config: config)
    }

    /// The posting through Foundation: the oracle.
    private static func serialized(_ role: Role, _ config: SiteConfig) -> String {
        JobPostingJSONLD.scriptSafe(JobPostingJSONLD.serialized(JobPostingJSONLD.object(for: role, config: config)))
    }
}
