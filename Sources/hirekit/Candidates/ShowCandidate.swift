import ArgumentParser
import HireKitPipeline

struct ShowCandidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an application's candidate: every application, its evidence, notes and the full history.")

    @OptionGroup var database: PipelineOptions

    @Argument(help: "Application id (as `candidates list` prints it).")
    var id: Int64

    @Option(help: "Output format: text, json.")
    var format: CandidateFileReport.Format = .text

    @Flag(help: "Hide the name, e-mail address and phone number, in evidence lines too.")
    var blind = false

    func run() throws {
        let store = try database.open()
        let file = try pipeline { try store.candidateFile(applicationID: id) }
        print(CandidateFileReport.render(file, format: format, blind: blind, now: PipelineOptions.now()), terminator: "")
    }
}
