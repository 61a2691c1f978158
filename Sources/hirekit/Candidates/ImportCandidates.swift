import ArgumentParser
import Foundation
import HireKitCV
import HireKitPipeline
import HireKitRoles

struct ImportCandidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Screen CVs against a role and add each as an application at stage 'applied'.",
        discussion: "The same CV, or a CV with the same e-mail address, applying again to the same role is reported, not added twice.")

    @OptionGroup var database: PipelineOptions

    @Option(help: "Role id the candidates apply to.")
    var role: String

    @Argument(help: "CV files or folders.")
    var paths: [String]

    @Option(help: "Folder of role definition files.")
    var roles = "Roles"

    @OptionGroup var reading: ReaderOptions

    func run() throws {
        let (role, catalog, digest) = try RoleOption.load(role, from: roles)
        let files: [URL]
        do {
            files = try CVFileCollector.collect(paths)
        } catch {
            printError(error)
            throw ExitCode(2)
        }
        let store = try database.open()
        let importer = PipelineImporter(store: store, role: role, roleDigest: digest, catalog: catalog, referenceDate: PipelineOptions.now(),
                                        limits: reading.limits, concurrency: reading.concurrency)
        let report = importer.run(files: files)
        var failed = false
        for entry in report.entries {
            switch entry {
            case .stored(let source, .added(let application, let candidate), let score):
                print("added      \(source): application \(application), candidate \(candidate), score \(String(format: "%.1f", score))")
            case .stored(let source, .duplicate(let application, _, let reason), _):
                print("duplicate  \(source): \(reason.rawValue) already applied to \(role.id) (application \(application)); not added")
            case .failed(let error):
                failed = true
                printError(error)
            case .notStored(let source, let error):
                failed = true
                printError("\(source): not stored: \(error)")
            }
        }
        print("\(report.added) added, \(report.duplicates) already applied, \(report.failures) failed.")
        if failed { throw ExitCode(1) }
    }
}
