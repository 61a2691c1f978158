/// The `hirekit` command: argument parsing and printing only. Every step it runs lives in the
/// library modules (HireKitRoles, HireKitSite, HireKitCV, HireKitScreening), where tests reach it.
import ArgumentParser
import Foundation

@main
struct HireKit: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "hirekit",
        abstract: "Role definitions to a careers site, and CV screening against those roles.",
        version: version,
        subcommands: [Build.self, Check.self, ListRoles.self, Posting.self, Screen.self, Evaluate.self, Candidates.self, Audit.self]
    )

    /// Usage errors exit with 2 (not ArgumentParser's 64) so scripts can tell them from
    /// "some files could not be read" (1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
