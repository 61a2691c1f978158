import ArgumentParser
import Foundation
import HireKitCV
import HireKitPipeline

struct RescreenCandidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescreen",
        abstract: "Score every open application to a role again, after its role file changed; the history keeps old and new scores.")

    @OptionGroup var database: PipelineOptions

    @Option(help: "Role id whose open applications are screened again.")
    var role: String

    @Option(help: "Folder of role definition files.")
    var roles = "Roles"

    func run() throws {
        let (role, catalog, digest) = try RoleOption.load(role, from: roles)
        let store = try database.open()
        let rescreen = PipelineRescreen(store: store, role: role, roleDigest: digest, catalog: catalog, referenceDate: PipelineOptions.now())
        let changes = try pipeline { try rescreen.run(command: "candidates rescreen") }
        for change in changes {
            print("application \(change.application): \(String(format: "%.1f", change.old)) → \(String(format: "%.1f", change.new))")
        }
        print("\(changes.count) open application\(changes.count == 1 ? "" : "s") to \(role.id) screened again.")
    }
}
