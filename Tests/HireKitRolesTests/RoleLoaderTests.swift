import Foundation
import Testing
@testable import HireKitRoles

@Suite("Loading role files")
struct RoleLoaderTests {
    @Test func aValidRoleLoadsWithEveryField() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML()])
        let catalog = try RoleLoader().load(directory: folder.path)
        let role = try #require(catalog.role(id: "cashier"))
        #expect(role.title == "Cashier")
        #expect(role.skills.required.first?.synonyms == ["cash register", "balanced cash drawer"])
        #expect(role.skills.required.first?.knockout == true)
        #expect(role.employment.types == [.partTime])
        #expect(role.education.minimum == EducationLevel.none)
    }

    @Test func anUnknownKeyIsReportedWithItsPositionAndASuggestion() throws {
        let yaml = roleYAML().replacingOccurrences(of: "summary:", with: "sumary:")
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        let unknown = try #require(problems.first { $0.problem.contains("unknown key 'sumary'") })
        #expect(unknown.line == 5 && unknown.column == 1)
        #expect(unknown.fix == "Did you mean 'summary'?")
    }

    @Test func aMissingRequiredFieldIsNamed() throws {
        let yaml = roleYAML().replacingOccurrences(of: "title: Cashier\n", with: "")
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        #expect(problems.map(\.problem) == ["missing required field 'title' in the role file"])
    }

    @Test func aWrongTypeSaysWhatWasExpected() throws {
        let yaml = roleYAML().replacingOccurrences(of: "minimum_years: 0", with: "minimum_years: two")
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        let problem = try #require(problems.first)
        #expect(problem.problem == "'minimum_years' must be a number, found 'two'")
        #expect(problem.line == 20)
    }

    @Test func aScreeningWeightOutsideZeroToAHundredIsReportedWithItsLine() throws {
        let yaml = roleYAML(extra: "screening:\n  experience_weight: -20\n  knockout_cap: 250")
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        #expect(problems.map(\.problem) == ["'experience_weight' is -20, outside 0–100", "'knockout_cap' is 250, outside 0–100"])
        #expect(problems.map(\.line) == [29, 30])
    }

    @Test func screeningWeightsInRangeLoad() throws {
        let yaml = roleYAML(extra: "screening:\n  experience_weight: 0\n  knockout_cap: 100")
        #expect(try RoleFolder(["cashier.yml": yaml]).diagnostics().isEmpty)
    }

    @Test func aSlugThatCouldEscapeTheOutputFolderIsRejected() throws {
        let problems = try RoleFolder(["cashier.yml": roleYAML(id: "../cashier")]).diagnostics()
        #expect(problems.contains { $0.problem == "id '../cashier' is not a valid slug" && $0.line == 1 && $0.column == 5 })
    }

    @Test func anAdvancementLinkToNoRoleIsReportedWithASuggestion() throws {
        let problems = try RoleFolder([
            "cashier.yml": roleYAML(advancement: ["head-cashiers"]),
            "head-cashier.yml": roleYAML(id: "head-cashier", title: "Head Cashier"),
        ]).diagnostics()
        let dangling = try #require(problems.first)
        #expect(dangling.problem == "advancement link to 'head-cashiers', but no role has that id")
        #expect(dangling.fix.hasPrefix("Did you mean 'head-cashier'?"))
        #expect(dangling.line == 21)
    }

    @Test func anAdvancementCycleIsReported() throws {
        let problems = try RoleFolder([
            "a.yml": roleYAML(id: "a", advancement: ["b"]),
            "b.yml": roleYAML(id: "b", advancement: ["a"]),
        ]).diagnostics()
        #expect(problems.map(\.problem) == ["advancement cycle a → b → a"])
    }

    @Test func aDuplicateIdIsReported() throws {
        let problems = try RoleFolder([
            "cashier.yml": roleYAML(),
            "cashier.yaml": roleYAML(),
        ]).diagnostics()
        #expect(problems.contains { $0.problem.hasPrefix("duplicate id 'cashier'") })
    }

    @Test func anEmptyRequiredListIsReported() throws {
        let yaml = roleYAML().replacingOccurrences(of: "industries: [Retail]", with: "industries: []")
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        #expect(problems.map(\.problem) == ["'industries' is empty"])
    }

    @Test func duplicateYAMLKeysAreReported() throws {
        let yaml = roleYAML().replacingOccurrences(of: "track: frontline", with: "track: frontline\ntrack: retail")
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        #expect(problems.first?.problem == "duplicate key 'track' in one mapping")
    }

    @Test func tabIndentationIsAYAMLSyntaxErrorWithAPosition() throws {
        let yaml = roleYAML().replacingOccurrences(of: "  - Take payment", with: "\t- Take payment")
        let problem = try #require(try RoleFolder(["cashier.yml": yaml]).diagnostics().first)
        #expect(problem.problem.hasPrefix("invalid YAML"))
        #expect(problem.line == 8)
    }

    @Test func anUnknownEnumValueListsTheAllowedOnes() throws {
        let yaml = roleYAML().replacingOccurrences(of: "minimum: none", with: "minimum: bachelors")
        let problem = try #require(try RoleFolder(["cashier.yml": yaml]).diagnostics().first)
        #expect(problem.problem == "'bachelors' is not an allowed value")
        #expect(problem.fix.hasPrefix("Did you mean 'bachelor'?"))
    }

    @Test func theIdMustMatchTheFileName() throws {
        let problems = try RoleFolder(["till.yml": roleYAML()]).diagnostics()
        #expect(problems.map(\.problem) == ["the id 'cashier' does not match the file name 'till.yml'"])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let yaml = roleYAML(id: "../x", advancement: ["nowhere"]).replacingOccurrences(of: "title:", with: "titel:")
        let problems = try RoleFolder(["x.yml": yaml]).diagnostics()
        #expect(problems.count >= 3)
    }

    @Test func anOversizedFileIsRefusedBeforeParsing() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML(extra: "# " + String(repeating: "x", count: 2_000))])
        do {
            _ = try RoleLoader(maxFileBytes: 1_000).load(directory: folder.path)
            Issue.record("expected the oversized file to be refused")
        } catch {
            #expect(error.diagnostics.first?.problem.contains("over the 1000-byte limit") == true)
        }
    }

    @Test func aSymlinkOutOfTheRolesFolderIsRefused() throws {
        let outside = try RoleFolder(["secret.yml": roleYAML()])
        let folder = try RoleFolder([:])
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/cashier.yml", withDestinationPath: outside.path + "/secret.yml")
        let problem = try #require(folder.diagnostics().first)
        #expect(problem.problem.contains("outside the roles folder"))
    }

    @Test func aYAMLAliasBombIsRejectedQuicklyWithoutExpandingIt() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += roleYAML().replacingOccurrences(of: "industries: [Retail]", with: "industries: *a8")
        let started = Date()
        let problems = try RoleFolder(["cashier.yml": yaml]).diagnostics()
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(problems.contains { $0.problem == "'an entry of industries' must be text, found a list" })
        #expect(problems.contains { $0.problem == "unknown key 'a8' in the role file" })
    }

    @Test func diagnosticsPrintAsFileLineColumn() {
        let diagnostic = RoleDiagnostic(file: "Roles/x.yml", line: 3, column: 1, problem: "unknown key 'titel'", fix: "Did you mean 'title'?")
        #expect(diagnostic.description == "Roles/x.yml:3:1: error: unknown key 'titel'. Did you mean 'title'?")
    }
}
