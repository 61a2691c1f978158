import ArgumentParser
import HireKitRoles

struct ListRoles: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "roles", abstract: "List the roles defined in the roles folder.")

    @Option(help: "Folder of role definition files (.yml).")
    var roles = "Roles"

    func run() throws {
        do {
            let catalog = try RoleLoader().load(directory: roles)
            let width = catalog.ids.map(\.count).max() ?? 0
            for role in catalog.roles {
                let leads = role.advancement.isEmpty ? "" : "  → \(role.advancement.joined(separator: ", "))"
                print("\(role.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(role.title) [\(role.department)]\(leads)")
            }
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}

import Foundation
