/// The `hirekit` command: argument parsing and printing only. Every step it runs lives in the
/// library modules (HireKitRoles, HireKitSite, HireKitCV, HireKitScreening), where tests reach it.
import ArgumentParser

@main
struct HireKit: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "hirekit",
        abstract: "Role definitions to a careers site, and CV screening against those roles.",
        version: version,
        subcommands: [Build.self, Check.self, ListRoles.self, Posting.self]
    )
}
