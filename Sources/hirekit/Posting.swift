import ArgumentParser
import HireKitRoles
import HireKitSite

struct Posting: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a job posting for one role, ready to paste into a job board.",
        discussion: "Uses the same role data and site configuration as the careers site.")

    @Argument(help: "The role's id (its file name in the roles folder without .yml), e.g. receptionist.")
    var role: String

    @Option(help: "Output format: \(PostingFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PostingFormat = .markdown

    @Option(help: "Folder of role definition files (.yml).")
    var roles = "Roles"

    @Option(help: "Site configuration file; defaults apply when it is absent.")
    var config = "hirekit.yml"

    func run() throws {
        do {
            let catalog = try RoleLoader().load(directory: roles)
            let siteConfig = try SiteConfig.load(path: config)
            guard let found = catalog.role(id: role) else {
                throw UnknownRole(id: role, suggestion: Suggestion.closest(to: role, in: catalog.ids))
            }
            print(JobPostingDocument(role: found, catalog: catalog, config: siteConfig).render(format), terminator: "")
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}

extension PostingFormat: ExpressibleByArgument {}

/// A role id on the command line that names no role file.
struct UnknownRole: Error, CustomStringConvertible {
    let id: String
    let suggestion: String?
    var description: String {
        let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        return "error: no role has the id '\(id)'.\(hint) Run `hirekit roles` to list the roles."
    }
}
