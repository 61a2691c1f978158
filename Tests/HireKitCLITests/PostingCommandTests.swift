import Foundation
import HireKitTestSupport
import Testing

@Suite("hirekit posting")
struct PostingCommandTests {
    @Test func markdownIsTheDefaultFormat() throws {
        let result = try hirekit(["posting", "receptionist"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Receptionist\n"))
        #expect(result.stdout.contains("## What you will do"))
    }

    @Test func textFormatPrintsPlainText() throws {
        let result = try hirekit(["posting", "receptionist", "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Receptionist\n============\n"))
    }

    @Test func htmlFormatPrintsAFragment() throws {
        let result = try hirekit(["posting", "receptionist", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<h2>Receptionist</h2>\n"))
        #expect(result.stdout.contains("Harbor &amp; Pine"))
    }

    @Test func anUnknownRoleExitsNonZeroWithASuggestion() throws {
        let result = try hirekit(["posting", "recepcionist"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no role has the id 'recepcionist'. Did you mean 'receptionist'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownFormatIsRejected() throws {
        let result = try hirekit(["posting", "receptionist", "--format", "pdf"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("markdown"))
    }

    @Test func thePostingUsesTheSiteConfiguration() throws {
        let project = try ScratchProject()
        try "company_name: Example Co\napply_url: https://jobs.example.org/apply\n"
            .write(to: project.url.appendingPathComponent("hirekit.yml"), atomically: true, encoding: .utf8)
        let result = try hirekit(["posting", "cashier", "--format", "text"], in: project.url)
        #expect(result.stdout.contains("Company: Example Co"))
        #expect(result.stdout.contains("Apply online: https://jobs.example.org/apply"))
    }
}
