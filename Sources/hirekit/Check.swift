import ArgumentParser
import HireKitSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate role definitions, templates and configuration without writing anything.")

    @OptionGroup var project: ProjectOptions

    func run() throws {
        do {
            let builder = try SiteBuild.prepare(project.inputs)
            _ = builder.render()
            print("OK: \(builder.catalog.roles.count) roles and their templates are valid.")
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}
