import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing

/// Broken and hostile role files (`BadInputs/roles/`), each alone in a roles folder, must give exactly the
/// diagnostics in its `.expected` file — what `hirekit check` and `hirekit build` print — and never crash or hang.
@Suite("Bad role files")
struct RoleFileBadInputTests {
    static let inputs = BadInputs.files(in: "roles").filter { $0.hasSuffix(".yml") }

    /// Loads `Roles/` inside `folder` and returns what the user reads, with the folder's path shown as `Roles`.
    static func problems(in folder: TempFolder) -> String? {
        let roles = folder.file("Roles").path
        do {
            _ = try RoleLoader().load(directory: roles)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: roles + "/", with: "Roles/")
        }
    }

    @Test("every bad role file gives exactly its expected diagnostics", arguments: inputs)
    func corpusInput(_ input: String) throws {
        let folder = try TempFolder("roles")
        let name = (input as NSString).lastPathComponent
        try folder.write("Roles/\(name)", try BadInputs.data(input))
        let expected = try BadInputs.text(input + ".expected").trimmingCharacters(in: .newlines)
        let started = Date()
        #expect(Self.problems(in: folder) == expected)
        #expect(Date().timeIntervalSince(started) < 2, "\(input) took too long")
    }

    @Test func aTenMegabyteRoleFileIsRefusedWithoutBeingRead() throws {
        let folder = try TempFolder("roles-10mb")
        let handle = try FileHandle(forWritingTo: try folder.write("Roles/huge.yml", "id: huge\n"))
        try handle.truncate(atOffset: 10 * 1024 * 1024)
        try handle.close()
        #expect(Self.problems(in: folder) == """
            Roles/huge.yml: error: the file is 10485760 bytes, over the 1000000-byte limit for a role. \
            A role definition fits in a few kilobytes: check that this is the right file.
            1 problem found in role definitions.
            """)
    }

    @Test func aSymlinkLeadingOutOfTheRolesFolderIsRefused() throws {
        let folder = try TempFolder("roles-link")
        let outside = try folder.write("elsewhere/secret.yml", try BadInputs.data("roles/wrong-types.yml"))
        try FileManager.default.createDirectory(at: folder.file("Roles"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("Roles/cashier.yml").path, withDestinationPath: outside.path)
        let real = outside.resolvingSymlinksInPath().path
        #expect(Self.problems(in: folder) == """
            Roles/cashier.yml: error: the file is a link to \(real), outside the roles folder. \
            Copy the role file into the folder instead of linking to it.
            1 problem found in role definitions.
            """)
    }

    @Test func aSymlinkThroughDotDotIsRefusedToo() throws {
        let folder = try TempFolder("roles-dotdot")
        let outside = try folder.write("shared/cashier.yml", try BadInputs.data("roles/wrong-types.yml"))
        try FileManager.default.createDirectory(at: folder.file("Roles"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("Roles/cashier.yml").path, withDestinationPath: "../shared/cashier.yml")
        let problems = Self.problems(in: folder)
        #expect(problems?.hasPrefix("Roles/cashier.yml: error: the file is a link to \(outside.resolvingSymlinksInPath().path), outside the roles folder.") == true)
    }

    @Test func aNamedPipeInTheRolesFolderIsRefusedInsteadOfBlocking() throws {
        let folder = try TempFolder("roles-fifo")
        try FileManager.default.createDirectory(at: folder.file("Roles"), withIntermediateDirectories: true)
        try #require(mkfifo(folder.file("Roles/cashier.yml").path, 0o644) == 0)
        #expect(Self.problems(in: folder) == """
            Roles/cashier.yml: error: not a regular file. Remove it from the roles folder.
            1 problem found in role definitions.
            """)
    }

    @Test func hirekitCheckPrintsTheSameDiagnosticsAndExitsWithOne() throws {
        let folder = try TempFolder("roles-cli")
        try folder.write("Roles/wrong-types.yml", try BadInputs.data("roles/wrong-types.yml"))
        let result = try hirekit(["check", "--roles", "Roles", "--templates", repositoryRoot.appendingPathComponent("Templates").path,
                                  "--config", "none.yml"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == (try BadInputs.text("roles/wrong-types.yml.expected")))
        #expect(result.stdout.isEmpty)
    }
}
