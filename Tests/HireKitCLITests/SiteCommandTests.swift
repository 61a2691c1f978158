import Foundation
import HireKitTestSupport
import Testing

@Suite("hirekit build, check and roles")
struct SiteCommandTests {
    @Test func checkOnTheShippedRolesSucceeds() throws {
        let result = try hirekit(["check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("roles and their templates are valid"))
    }

    @Test func checkReportsATypoADanglingLinkAndAnEscapingSlugInOneFilePrecisely() throws {
        let project = try ScratchProject()
        try project.edit("Roles/greeter.yml") { yaml in
            yaml.replacingOccurrences(of: "id: greeter", with: "id: ../greeter")
                .replacingOccurrences(of: "\nsummary:", with: "\nsumary:")
                .replacingOccurrences(of: "advancement: [cashier, front-office-supervisor]", with: "advancement: [cashier, front-desk-lead]")
        }
        let result = try hirekit(["check"], in: project.url)
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 3)
        #expect(errors.contains("Roles/greeter.yml:5:1: error: unknown key 'sumary' in the role file. Did you mean 'summary'?"))
        #expect(errors.contains("Roles/greeter.yml:1:5: error: id '../greeter' is not a valid slug. \(slugRule)"))
        #expect(errors.contains { $0.hasPrefix("Roles/greeter.yml:67:24: error: advancement link to 'front-desk-lead', but no role has that id.") })
    }

    private let slugRule = "Use lowercase letters, digits and single hyphens, e.g. 'call-center-agent' (at most 80 characters)."

    @Test func buildWritesTheSiteAndARebuildChangesNothing() throws {
        let project = try ScratchProject()
        let first = try hirekit(["build"], in: project.url)
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("site/roles/cashier.html").path))
        #expect(first.stdout == "Built 35 files into site/ (35 written, 0 unchanged; role pages: 15 rendered, 0 reused).\n")
        let second = try hirekit(["build"], in: project.url)
        #expect(second.stdout == "site/ is up to date (35 files, none written; role pages: 0 rendered, 15 reused).\n")
    }

    @Test func theSummarySaysHowManyPagesAnEditRerendered() throws {
        let project = try ScratchProject()
        #expect(try hirekit(["build"], in: project.url).status == 0)
        try project.edit("Roles/greeter.yml") { $0.replacingOccurrences(of: "  Greeters set the tone", with: "  Greeters always set the tone") }
        let rebuild = try hirekit(["build"], in: project.url)
        // The greeter's page, plus the index, search index, feeds and job feed that quote its summary.
        #expect(rebuild.stdout.hasPrefix("Built 35 files into site/ ("))
        #expect(rebuild.stdout.hasSuffix("; role pages: 1 rendered, 14 reused).\n"))
    }

    @Test func aFailedBuildExitsNonZeroAndKeepsThePreviousSite() throws {
        let project = try ScratchProject()
        try hirekit(["build"], in: project.url)
        let before = try Data(contentsOf: project.url.appendingPathComponent("site/index.html"))
        try project.edit("Templates/index.mustache") { $0 + "{{#departments}}" }
        let result = try hirekit(["build"], in: project.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Templates/index.mustache:"))
        #expect(try Data(contentsOf: project.url.appendingPathComponent("site/index.html")) == before)
    }

    @Test func rolesListsEveryRoleWithItsPaths() throws {
        let result = try hirekit(["roles"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("cashier") && result.stdout.contains("→ head-cashier"))
    }

    @Test func versionAndHelpAreAvailable() throws {
        #expect(try hirekit(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try hirekit(["--help"]).stdout
        for command in ["build", "check", "roles"] { #expect(help.contains(command)) }
    }
}
