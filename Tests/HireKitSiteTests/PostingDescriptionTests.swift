import Foundation
import HireKitMarkup
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// The posting's HTML description (JSON-LD, Atom feed, aggregators' feed) is appended into one
/// string; it must read exactly as the version that interpolated and joined its pieces, for every
/// shipped role and for seeded roles with text that needs escaping, empty lists and no preferred skills.
@Suite("Posting description")
struct PostingDescriptionTests {
    @Test func everyShippedRoleIsDescribedAsBefore() {
        for role in shippedRoles {
            #expect(JobPostingJSONLD.descriptionHTML(role) == Self.joinedDescription(role), "\(role.id)")
        }
    }

    @Test func seededRolesAreDescribedAsBefore() {
        var generator = SeededGenerator(seed: 57)
        let pieces = ["Serve", " guests", " & ", "<b>", "\"quoted\"", "'", "é", "日本", "🙂", "\u{7}", ""]
        func text() -> String {
            (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        for _ in 0..<500 {
            var role = sampleRole(summary: text())
            role.responsibilities = (0..<Int.random(in: 0...4, using: &generator)).map { _ in text() }
            role.skills.required = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Skill(name: text()) }
            role.skills.preferred = (0..<Int.random(in: 0...2, using: &generator)).map { _ in Skill(name: text()) }
            role.experience.minimumYears = [0, 0.5, 1, 2.5].randomElement(using: &generator)!
            #expect(JobPostingJSONLD.descriptionHTML(role) == Self.joinedDescription(role))
        }
    }

    /// `descriptionHTML` as first written: the oracle.
    private static func joinedDescription(_ role: Role) -> String {
        let e = HTMLEscaping.escape
        var html = "<p>\(e(role.summary))</p><h3>Responsibilities</h3><ul>"
        html += role.responsibilities.map { "<li>\(e($0))</li>" }.joined()
        html += "</ul><h3>Required skills</h3><ul>"
        html += role.skills.required.map { "<li>\(e($0.name))</li>" }.joined()
        html += "</ul>"
        if !role.skills.preferred.isEmpty {
            html += "<h3>Preferred skills</h3><ul>" + role.skills.preferred.map { "<li>\(e($0.name))</li>" }.joined() + "</ul>"
        }
        html += "<h3>Education and experience</h3><p>\(e(role.education.minimum.displayName)). \(e(RoleViewBuilder.experienceText(role.experience.minimumYears)))</p>"
        return html
    }
}
