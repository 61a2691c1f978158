import ArgumentParser
import HireKitPipeline

struct ListCandidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List applications ranked by score, with stage, days in stage and the last note.")

    @OptionGroup var database: PipelineOptions

    @Option(help: "Only applications to this role.")
    var role: String?

    @Option(help: "Only applications at this stage: \(Stage.names).")
    var stage: Stage?

    @Option(help: "Output format: table, json, csv.")
    var format: ListingFormat = .table

    @Flag(help: "Hide names, e-mail addresses and phone numbers: candidates are shown as 'Candidate N'.")
    var blind = false

    func run() throws {
        let store = try database.open()
        let rows = try pipeline { try store.applications(role: role, stage: stage) }
        print(ApplicationListing.render(rows, format: format, blind: blind, now: PipelineOptions.now()), terminator: "")
    }
}
