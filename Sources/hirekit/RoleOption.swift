import ArgumentParser
import Foundation
import HireKitPipeline
import HireKitRoles

/// Loading the roles folder and the role a command names; a problem is printed and exits 2.
enum RoleOption {
    static func catalog(from folder: String) throws -> RoleCatalog {
        do {
            return try RoleLoader().load(directory: folder)
        } catch {
            printError(error)
            throw ExitCode(2)
        }
    }

    static func role(_ id: String, in catalog: RoleCatalog, folder: String) throws -> Role {
        guard let role = catalog.role(id: id) else {
            let hint = Suggestion.closest(to: id, in: catalog.ids).map { " Did you mean '\($0)'?" } ?? ""
            printError("error: no role '\(id)' in \(folder)/.\(hint) Run `hirekit roles` to list them.")
            throw ExitCode(2)
        }
        return role
    }

    /// The role, its catalog, and the SHA-256 of its file (what a pipeline records it was screened with).
    static func load(_ id: String, from folder: String) throws -> (Role, RoleCatalog, String) {
        let catalog = try catalog(from: folder)
        let role = try role(id, in: catalog, folder: folder)
        return (role, catalog, SHA256Digest.roleFile(id, in: folder) ?? "")
    }
}
